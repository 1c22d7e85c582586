import Foundation
import Plot
import XCTest
import Kernel
@testable import Execution
@testable import Language
@testable import Output
import SomaTestSupport

/// Every example runs, and its numbers match closed forms or reference solutions
/// (References/README.md explains each tolerance).
final class ExampleTests: XCTestCase {
    private var previousDirectory = ""

    /// Examples export figures relative to the working directory: keep them out of the tree.
    override func setUpWithError() throws {
        previousDirectory = FileManager.default.currentDirectoryPath
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("soma-examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        _ = FileManager.default.changeCurrentDirectoryPath(scratch.path)
    }

    override func tearDown() {
        _ = FileManager.default.changeCurrentDirectoryPath(previousDirectory)
    }

    func testEveryExampleRunsWithoutError() throws {
        let folder = repositoryRoot.appendingPathComponent("examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".soma") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 5)
        // Each of these runs as written in a test of its own, which checks its numbers too.
        let runByTheirOwnTests = ["lif_100k.soma", "cobahh.soma", "noisy_lif.soma", "ou.soma", "train_esn_lorenz_ridge.soma", "train_esn_lorenz_force.soma",
                                  "train_esn_lorenz_bptt.soma", "train_nvar_lorenz.soma", "train_rnn_decision.soma",
                                  "train_snn_evidence.soma", "train_force_sine.soma", "wang2002_sweep.soma", "multiarea.soma"]
        for file in files where !runByTheirOwnTests.contains(file) {
            let outputs = Interpreter.withPrivateCache().execute(try example(file))
            XCTAssertNil(firstError(outputs), file)
        }
    }

    /// `plot` draws the recorded trace and `export svg` writes a file xmllint accepts.
    func testLIFPlotsItsTraceAndExportsValidSVG() throws {
        let outputs = runModel(try example("lif.soma"))
        guard case .figure(let figure)? = outputs.first(where: { if case .figure = $0 { return true } else { return false } }) else {
            return XCTFail("no figure")
        }
        let text = TerminalRenderer(canvas: .braille, colours: .none).render(figure, width: 80, height: 20).plainText()
        XCTAssertTrue(text.contains("t (ms)"))
        XCTAssertTrue(text.unicodeScalars.contains { $0.value >= 0x2800 && $0.value <= 0x28FF })
        let svg = try String(contentsOfFile: "figures/lif.svg", encoding: .utf8)
        XCTAssertTrue(svg.hasPrefix("<?xml") || svg.hasPrefix("<svg"))
        guard FileManager.default.fileExists(atPath: "/usr/bin/xmllint") else { throw XCTSkip("xmllint is not installed") }
        let xmllint = try Command.run("/usr/bin/xmllint", ["--noout", "figures/lif.svg"])
        XCTAssertEqual(xmllint.status, 0, xmllint.output)
    }
    /// T = t_ref + tau·ln(RI/(RI − (Vth − El))). A spike is seen at the first grid
    /// point after the crossing and each reset starts on the grid, so spike k lags by at most k·dt.
    func testLIFSpikesAtTheClosedFormTimes() throws {
        let outputs = runModel(try example("lif.soma"))
        let lif = try reference("lif")
        let expected = lif["spike_times_ms"] as! [Double]
        let times = spikeTimes(outputs, "P")
        XCTAssertEqual(times.count, 6)
        for (k, t) in times.enumerated() {
            XCTAssertGreaterThanOrEqual(t, expected[k] - 1e-9)
            XCTAssertLessThanOrEqual(t, expected[k] + Double(k + 1) * 0.01 + 1e-9)
        }
        XCTAssertEqual(printed(outputs, "count(P)"), [6])
    }

    /// RK4 at dt = 0.01 ms: spike times within dt + 1e-3 ms, final V within 1e4·dt⁴ mV of DOP853 at rtol 1e-13,
    /// n within 8e-8 (8.5e-9 measured).
    func testHodgkinHuxleyMatchesTheReferenceTrajectory() throws {
        let outputs = runModel(try example("hh.soma"))
        let hh = try reference("hh")
        let expected = hh["spike_times_ms"] as! [Double]
        let times = spikeTimes(outputs, "Axon")
        XCTAssertEqual(times.count, expected.count)
        for (t, ref) in zip(times, expected) { XCTAssertEqual(t, ref, accuracy: 0.01 + 1e-3) }
        let final = hh["state_at_50ms"] as! [String: Double]
        XCTAssertEqual(printed(outputs, "Axon.V")[0], final["V_mV"]!, accuracy: 1e-4)
        XCTAssertEqual(printed(outputs, "Axon.n")[0], final["n"]!, accuracy: 8e-8)
    }

    /// RK4 at dt = 0.01: spike k within 2·k·dt of the exact hybrid solution (late resets accumulate).
    func testIzhikevichRegularSpikingMatchesTheReference() throws {
        let outputs = runModel(try example("izhikevich.soma"))
        let expected = try reference("izhikevich")["spike_times_ms"] as! [Double]
        let times = spikeTimes(outputs, "RS")
        XCTAssertEqual(times.count, expected.count)
        for (k, (t, ref)) in zip(times, expected).enumerated() { XCTAssertEqual(t, ref, accuracy: 2 * Double(k + 1) * 0.01) }
    }

    /// RK4 at dt = 0.01: the state at t = 200 within 0.1·dt⁴ of the reference.
    func testFitzHughNagumoMatchesTheReferenceState() throws {
        let outputs = runModel(try example("fhn.soma"))
        let states = try reference("fhn")["states"] as! [[String: Double]]
        let last = states.first { $0["t"] == 200 }!
        XCTAssertEqual(printed(outputs, "O.v")[0], last["v"]!, accuracy: 1e-9)
        XCTAssertEqual(printed(outputs, "O.w")[0], last["w"]!, accuracy: 1e-9)
    }

    /// rkdp at rtol = 1e-10 ends within 1e-6 of the 30-digit reference at t = 10 (measured 1.1e-7), in sub-steps
    /// it reports: more than the 1000 steps of dt (measured 2494), few of them rejected.
    func testLorenzAdaptiveMatchesTheHighPrecisionReference() throws {
        let outputs = runModel(try example("lorenz_adaptive.soma"))
        let last = (try reference("lorenz")["states"] as! [[String: Double]]).first { $0["t"] == 10 }!
        for v in ["x", "y", "z"] { XCTAssertEqual(printed(outputs, "L.\(v)")[0], last[v]!, accuracy: 1e-6, v) }
        let summary = try XCTUnwrap(runSummary(outputs))
        XCTAssertGreaterThan(summary.subStepsTaken!, 1000)
        XCTAssertLessThan(summary.subStepsRejected!, summary.subStepsTaken! / 10)
    }

    /// Each neuron's spikes follow from the closed form on the grid: the first at step k1
    /// (the first step past the crossing), then every k1 + t_ref/dt steps.
    func testHundredThousandLIFNeuronsFireAsTheClosedFormPredicts() throws {
        let outputs = runModel(try example("lif_100k.soma"))
        let n = 100_000, steps = 10_000, refractorySteps = 20
        var expected = 0
        for i in 0..<n {
            let ri = 10e6 * (1.5e-9 + 1e-9 * Double(i) / Double(n))
            guard ri > 0.015 else { continue }
            let crossing = 10e-3 * log(ri / (ri - 0.015))
            let k1 = Int((crossing / 1e-4).rounded(.down)) + 1
            if k1 <= steps { expected += (steps - k1) / (k1 + refractorySteps) + 1 }
        }
        let count = printed(outputs, "count(Many)")[0]
        XCTAssertEqual(count, Double(expected), accuracy: Double(expected) * 1e-4)
        XCTAssertEqual(printed(outputs, "rate(Many)")[0], count / Double(n), accuracy: 1e-9)
    }

    func testHodgkinHuxleyJSONHasReadableSpikeTimes() throws {
        let outputs = runModel(try example("hh.soma"))
        let line = outputs.map { OutputFormat.json($0, cell: 1) }.first { $0.contains("\"kind\":\"spikes\"") }!
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        XCTAssertEqual((object["t"] as! [Double]).count, 4)
        XCTAssertEqual(object["unit"] as? String, "ms")
    }

    /// COBA (Brette et al. 2007 benchmark 1): Brian2, BrainPy and NEST give 21.0–21.5 Hz at N = 4000, and the
    /// accuracy goal is a rate within 10% of theirs. One second of one drawn network varies a lot: seeds 1–8 gave
    /// 19.0, 22.5, 21.7, 24.9, 22.7, 20.2, 20.9 and 21.9 Hz here (mean 21.3, sd 1.9). The mean of seeds 1–4 (sd ≈ 1 Hz)
    /// must lie within 10% of 21.25 Hz.
    func testCOBAFiresAtThePeersRate() throws {
        let text = try example("coba.soma")
        let rates = (1...4).map { seed in
            let outputs = runModel(text.replacingOccurrences(of: "seed = 42", with: "seed = \(seed)"))
            return (3200 * printed(outputs, "rate(Exc)")[0] + 800 * printed(outputs, "rate(Inh)")[0]) / 4000
        }
        XCTAssertEqual(rates.reduce(0, +) / 4, 21.25, accuracy: 2.125)
    }

    /// examples/fi_curves.soma: LIFRef's rates are its closed form's, each interval rounded up to the step
    /// (f/(1 + f·dt) ≤ rate ≤ f above R·I = 20 mV, 0 at and below), and ExpIF fires from 1.7 nA, not at 1.6 nA
    /// (its rheobase: 1.62 nA).
    func testFICurvesMatchTheirClosedForms() throws {
        let tables = runModel(try example("fi_curves.soma")).compactMap { if case .table(let t) = $0 { return t } else { return nil } }
        XCTAssertEqual(tables.map(\.title), ["f–I curve of LIFRef", "f–I curve of ExpIF"])
        let points = tables.map { table in
            table.rows.map { row -> (Double, Double) in
                guard case .number(let x) = row[0], case .number(let y) = row[1] else { preconditionFailure("numbers") }
                return (x, y)
            }
        }
        XCTAssertEqual(points[0].count, 21)
        for (current, rate) in points[0] {
            guard current > 20 else { XCTAssertEqual(rate, 0, "I = \(current) nA"); continue }
            let f = 1 / (1e-3 + 10e-3 * log((current + 5) / (current - 20)))
            XCTAssertLessThanOrEqual(rate, f * (1 + 1e-12), "I = \(current) nA")
            XCTAssertGreaterThanOrEqual(rate, f / (1 + f * 1e-5), "I = \(current) nA")
        }
        for (current, rate) in points[1] {
            if current < 1.65 { XCTAssertEqual(rate, 0, "I = \(current) nA") } else { XCTAssertGreaterThan(rate, 0, "I = \(current) nA") }
        }
    }

    /// Two instances of one E/I network, A fed forward into B through a 5 ms delay: A's rates are those of a network
    /// holding A alone, bit for bit, with the coupling's weight 0 and 0.6; B's rise when A drives it.
    func testEINetworkReuseLeavesTheDrivingInstanceAsItIsAlone() throws {
        let text = try example("ei_network_reuse.soma")
        func all(_ outputs: [Output], _ expression: String) -> [Double] {
            outputs.compactMap { if case .value(expression, let values, _, _) = $0 { return values[0] } else { return nil } }
        }
        let outputs = runModel(text)
        let alone = runModel(text.components(separatedBy: "network B = ")[0] + "run 500 ms dt = 0.1 ms method = euler seed = 42\nprint rate(A.E), rate(A.I)\n")
        for rate in ["rate(A.E)", "rate(A.I)"] {
            XCTAssertGreaterThan(printed(alone, rate)[0], 5, rate)
            XCTAssertEqual(all(outputs, rate).map(\.bitPattern), Array(repeating: printed(alone, rate)[0].bitPattern, count: 2), rate)
        }
        let driven = all(outputs, "rate(B.E)")
        XCTAssertEqual(driven.count, 2)
        XCTAssertGreaterThan(driven[1], 1.5 * driven[0], "A drives B")
    }

    /// COBAHH (Brette et al. 2007 benchmark 3) as written (1 s, f64) and in f32: the run stops with an error if any
    /// value becomes NaN, so both finishing means zero NaN neurons (BrainPy had 2 in f32 before exprel). The network
    /// is chaotic, so the spike trains part ways, but the mean rates must agree within 10%.
    func testCOBAHHStaysFiniteInSinglePrecisionAndKeepsItsRate() throws {
        let text = try example("cobahh.soma")
        func rate(_ outputs: [Output]) -> Double {
            (3200 * printed(outputs, "rate(Exc)")[0] + 800 * printed(outputs, "rate(Inh)")[0]) / 4000
        }
        let f64 = rate(runModel(text)), f32 = rate(runModel(text.replacingOccurrences(of: "seed = 42", with: "seed = 42 precision = f32")))
        XCTAssertGreaterThan(f64, 5)
        XCTAssertEqual(f32, f64, accuracy: 0.1 * f64)
    }

    /// The ventral stream as written (MultiAreaTests checks its numbers at a reduced size): its prints and raster
    /// run, and every area fires.
    func testMultiAreaRunsAsWritten() throws {
        let text = try example("multiarea.soma")
        let outputs = runModel(text)
        for area in ["V1", "V2", "V4", "TEO", "TEpd"] {
            XCTAssertGreaterThan(printed(outputs, "rate(Stream.\(area).E)")[0], 5, area)
        }
        XCTAssertTrue(outputs.contains { if case .figure = $0 { return true } else { return false } })
    }
}
