import XCTest
import Kernel
@testable import Execution

/// `record AB.w[0:4]`, `record mean(AB.w)`, `record AB.apre every 1 ms`: a projection's per-synapse
/// values over time, read between chunks, then plotted and exported like a population's state.
final class SynapseRecordingTests: XCTestCase {
    private let network = """
        neuron LIF {
          param tau = 10 ms, El = -65 mV, Vth = -50 mV, Vreset = -65 mV, R = 10 Mohm
          var V = El
          input I = 0 nA
          dV/dt = (El - V + R*I) / tau
          spike V > Vth
          reset { V = Vreset }
        }
        synapse STDP {
          param taupre = 20 ms, taupost = 20 ms, dApre = 0.01 nA, dApost = -0.0105 nA
          var apre = 0 nA per synapse
          var apost = 0 nA per synapse
          var g = 0 nA per post
          dapre/dt = -apre / taupre
          dapost/dt = -apost / taupost
          dg/dt = -g / (5 ms)
          on pre { g += w
                   apre += dApre
                   w = clip(w + apost, 0 nA, 1 nA) }
          on post { apost += dApost
                    w = clip(w + apre, 0 nA, 1 nA) }
          current = g
        }
        population E = LIF(10)
        E.I = 1.5 nA + 0.1 nA * i
        population F = LIF(5)
        F.I = 1.4 nA
        connect E -> F using STDP p = 1 w = 0.5 nA as EF
        record F.spikes

        """

    private func interpreter(_ cells: String...) -> Interpreter {
        let interpreter = Interpreter.withPrivateCache()
        for cell in cells {
            let outputs = interpreter.execute(cell)
            if let error = firstError(outputs) { XCTFail("\(error.line):\(error.column): \(error.message)") }
        }
        return interpreter
    }

    /// Chunks end at the sampled steps; the run itself is the same to the bit.
    func testRecordingDoesNotChangeTheRun() {
        let run = "run 60 ms dt = 0.1 ms seed = 4\n"
        let plain = interpreter(network + run), recorded = interpreter(network + "record EF.w, EF.apre every 0.1 ms\n" + run)
        XCTAssertEqual(recorded.state.synapseRecords[0].times.count, 600)
        XCTAssertEqual(recorded.state.spikeRecords["F"]!.times.map(\.bitPattern), plain.state.spikeRecords["F"]!.times.map(\.bitPattern))
        XCTAssertFalse(plain.state.spikeRecords["F"]!.times.isEmpty)
        XCTAssertEqual(recorded.buffer("V", of: "F")!.values.map(\.bitPattern), plain.buffer("V", of: "F")!.values.map(\.bitPattern))
    }

    /// A sample is what `print EF.w` would say at its time: the first sample of a run is the value the previous run ended with,
    /// event-driven variables advanced to it exactly.
    func testASampleIsThePrintedValueAtItsTime() throws {
        let interpreter = interpreter(network + "record EF.w, EF.apre[10:20] every 1 ms\nrun 40 ms dt = 0.1 ms seed = 4\n")
        let printed = interpreter.execute("print EF.w, EF.apre[10:20]")
        guard case .value(_, let w, _, _)? = printed.first, case .value(_, let apre, _, _)? = printed.last else { return XCTFail("\(printed)") }
        XCTAssertNil(firstError(interpreter.execute("run 5 ms")))
        let records = interpreter.state.synapseRecords
        XCTAssertEqual(records[0].times.count, 45)
        XCTAssertEqual(records[0].times[40], 0.040, accuracy: 1e-15)
        XCTAssertEqual(records[0].values[40].map { $0 / 1e-9 }, w, "printed in nA")
        XCTAssertEqual(records[1].range, 10..<20)
        XCTAssertEqual(records[1].values[40].map { $0 / 1e-9 }, apre)
        XCTAssertNotEqual(Set(records[0].values.last!).count, 1, "STDP moved the weights apart")
        XCTAssertGreaterThan(apre.max()!, 0)
    }

    func testReductionsAndSlices() {
        let interpreter = interpreter(network + "record EF.w, mean(EF.w), max(EF.w[5:25]) every 2 ms\nrun 40 ms dt = 0.1 ms seed = 4\n")
        let records = interpreter.state.synapseRecords
        XCTAssertEqual(records[0].range, 0..<50)
        XCTAssertEqual(records[1].values, records[0].values.map { [$0.reduce(0, +) / 50] })
        XCTAssertEqual(records[2].values, records[0].values.map { [$0[5..<25].max()!] })
    }

    func testPlotAndExport() throws {
        let interpreter = interpreter(network + "record EF.w[0:2], mean(EF.w) every 1 ms\nrun 20 ms dt = 0.1 ms seed = 4\n")
        guard case .figure(let figure)? = interpreter.execute("plot EF.w[0:2], mean(EF.w)").first else { return XCTFail("no figure") }
        XCTAssertEqual(figure.panels.map(\.yAxis.label), ["w", "mean(w)"])
        XCTAssertEqual(figure.panels.map(\.yAxis.unit), ["nA", "nA"])
        let names = figure.panels.flatMap { panel in panel.series.map { series -> String? in
            if case .line(let name, _, let y, _) = series, y.count == 20 { return name } else { return nil }
        } }
        XCTAssertEqual(names, ["EF.w[0]", "EF.w[1]", "mean(EF.w[0:50])"])

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("soma-w-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertNil(firstError(interpreter.execute("export csv \"\(path)\" EF.w[1]")))
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.first, "t (ms),EF.w[1] (nA)")
        XCTAssertEqual(lines.count, 21)
        XCTAssertEqual(lines[1], "0,0.5")
    }

    /// A synapse record follows the session as other records do: store and restore take it back,
    /// reset starts it again at t = 0, deleting the target takes it away.
    func testStoreResetAndDelete() {
        let interpreter = interpreter(network + "record EF.w every 1 ms\nrun 10 ms dt = 0.1 ms seed = 4\nstore a\nrun 10 ms\n")
        XCTAssertEqual(interpreter.state.synapseRecords[0].times.count, 20)
        _ = interpreter.execute("restore a")
        XCTAssertEqual(interpreter.state.synapseRecords[0].times.count, 10)
        _ = interpreter.execute("reset\nrun 5 ms")
        XCTAssertEqual(interpreter.state.synapseRecords[0].times.map { ($0 * 1e3).rounded() }, [0, 1, 2, 3, 4])
        XCTAssertNil(firstError(interpreter.execute("delete F")))
        XCTAssertTrue(interpreter.state.synapseRecords.isEmpty)
        XCTAssertTrue(interpreter.network.synapseRecordings.isEmpty)
    }

    /// Each bad reference is reported where it is written: a per-post variable at `record`, a slice
    /// beyond the drawn synapses at the run (only then are they known), an unrecorded value at `plot`.
    func testBadReferences() throws {
        let lines = network.split(separator: "\n", omittingEmptySubsequences: false).count
        let perPost = try XCTUnwrap(firstError(Interpreter.withPrivateCache().execute(network + "record EF.w, EF.g")))
        XCTAssertEqual(perPost.message, "projection EF has no per-synapse value 'g'")
        XCTAssertEqual([perPost.line, perPost.column], [lines, 14])

        let interpreter = Interpreter.withPrivateCache()
        let beyond = try XCTUnwrap(firstError(interpreter.execute(network + "record EF.w[40:60]\nrun 1 ms dt = 0.1 ms\n")))
        XCTAssertEqual([beyond.line, beyond.column], [lines, 8], beyond.message)
        XCTAssertEqual(beyond.message, "index out of range: EF has synapses 0 to 49")

        let unrecorded = try XCTUnwrap(firstError(interpreter.execute("plot EF.apre")))
        XCTAssertEqual(unrecorded.message, "EF.apre is not recorded")
        XCTAssertEqual(unrecorded.hint, "add `record EF.apre` before the run, or plot hist EF.apre for its values now")
    }
}
