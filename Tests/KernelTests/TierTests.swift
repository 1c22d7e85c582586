import Foundation
import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import JIT
@testable import Output
@testable import Runtime

/// The optimising tier (cc) against tcc: the same seeded runs end bit for bit alike, a swap
/// mid-run changes nothing, a missing or failing compiler falls back to tcc and says so, and a
/// corrupt or stale cached library is rebuilt rather than run.
final class TierTests: XCTestCase {
    private(set) var cacheDirectory: URL!
    private(set) var toolchain: NativeToolchain!

    override func setUpWithError() throws {
        guard let system = NativeToolchain.system() else { throw XCTSkip("no C compiler on this machine") }
        cacheDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("soma-tier-\(UUID().uuidString)")
        toolchain = NativeToolchain(compiler: system.compiler, cacheDirectory: cacheDirectory)
    }

    override func tearDown() {
        if let cacheDirectory { try? FileManager.default.removeItem(at: cacheDirectory) }
    }

    /// Noise (rand, randn), resets, refractoriness, rk4 and exp_euler, f32 and f64.
    func cases() throws -> [(name: String, source: String)] {
        [
            ("noisy LIF exp_euler f64", try noisyLIF(precision: "f64")),
            ("noisy LIF exp_euler f32", try noisyLIF(precision: "f32")),
            ("HH rk4 f64", try hodgkinHuxley(method: "rk4", precision: "f64")),
            ("HH exp_euler f32", try hodgkinHuxley(method: "exp_euler", precision: "f32")),
            ("Izhikevich rk4 f64", try modelOf("izhikevich.soma", "population RS") + "population P = Izhikevich(200)\nP.I = 4 + 8 * i / N\nP.v = -70 + 10 * rand()\nrecord P.spikes\nrun 300 dt = 0.01 method = rk4 seed = 5 %JIT%\n"),
            ("COBA network f64", try cobaNetwork(precision: "f64")),
            ("COBA network f32", try cobaNetwork(precision: "f32")),
        ]
    }

    func testTheTiersAgreeBitForBit() throws {
        for c in try cases() {
            let source = c.source
            let (tcc, tccSummary) = try run(source, jit: "tcc")
            let (cc, ccSummary) = try run(source, jit: "cc")
            XCTAssertEqual(tccSummary.tier, .tcc, c.name)
            XCTAssertEqual(ccSummary.tier, .cc, c.name)
            XCTAssertGreaterThan(tcc.spikeTimes.count, 10, c.name)
            XCTAssertEqual(tcc, cc, c.name)
        }
    }

    /// Stochastic methods: multiplicative noise, two Wiener processes, Stratonovich's drift correction, f64 and f32;
    /// delay equations (history rings, interpolation between steps) with and without noise.
    func testStochasticMethodsAgreeBitForBit() throws {
        let delayed = "system D {\n var x = 1 + 0.1 * i\n dx/dt = 0.2 * x(t - 1.7) / (1 + x(t - 1.7)^10) - 0.1 * x + 0.05 * xi\n}\n"
            + "population P = D(500)\nrun 20 dt = 0.01 method = euler precision = f32 seed = 4 %JIT%\n"
        let cases = [stochastic(method: "milstein", precision: "f64"), stochastic(method: "srk2w1", precision: "f32", noises: 1),
                     stochastic(method: "heun", precision: "f64", calculus: "stratonovich"), stochastic(method: "milstein2", precision: "f32"),
                     delayed, delayed.replacingOccurrences(of: " + 0.05 * xi", with: "").replacingOccurrences(of: "euler precision = f32", with: "rk4 precision = f64")]
        for source in cases {
            let (tcc, _) = try run(source, jit: "tcc")
            let (cc, ccSummary) = try run(source, jit: "cc")
            XCTAssertEqual(ccSummary.tier, .cc)
            XCTAssertEqual(tcc.state["P.x"]?.count, 500)
            XCTAssertEqual(tcc, cc, source)
        }
    }

    /// Fractional memories (L1 and GL, full and short), a reset that writes into them, f64 and f32.
    func testFractionalMethodsAgreeBitForBit() throws {
        for (method, precision, memory) in [("caputo_l1", "f64", ""), ("gl", "f32", ""), ("caputo_l1", "f32", "memory = 20"), ("gl", "f64", "memory = 20")] {
            let source = fractionalIzhikevichNetwork(method: method, precision: precision, memory: memory)
            let (tcc, _) = try run(source, jit: "tcc", chunk: 300)
            let (cc, ccSummary) = try run(source, jit: "cc")
            XCTAssertEqual(ccSummary.tier, .cc)
            XCTAssertGreaterThan(tcc.spikeTimes.count, 10, method)
            XCTAssertEqual(tcc, cc, "\(method) \(precision) \(memory)")
        }
    }

    /// The adaptive methods (sub-steps, their counts, spikes reset within the step) and exact (its propagators
    /// in the parameter block), f64 and f32.
    func testAdaptiveAndExactMethodsAgreeBitForBit() throws {
        let cases = [
            try hodgkinHuxley(method: "rkdp", precision: "f64"),
            try modelOf("izhikevich.soma", "population RS") + "population P = Izhikevich(200)\nP.I = 4 + 8 * i / N\nP.v = -70 + 10 * rand()\nrecord P.spikes\nrun 300 dt = 0.1 method = bs precision = f32 seed = 5 %JIT%\n",
            try modelOf("lif.soma", "population P") + "population P = LIF(100)\nP.I = 1.5 nA + 1 nA * i / N\nrecord P.spikes\nrun 200 ms dt = 0.1 ms method = exact %JIT%\n",
        ]
        for source in cases {
            let (tcc, tccSummary) = try run(source, jit: "tcc")
            let (cc, ccSummary) = try run(source, jit: "cc")
            XCTAssertEqual(ccSummary.tier, .cc)
            XCTAssertGreaterThan(tcc.spikeTimes.count, 10, source)
            XCTAssertEqual(tcc, cc, source)
            XCTAssertEqual(tccSummary.subStepsTaken, ccSummary.subStepsTaken)
            XCTAssertEqual(tccSummary.subStepsRejected, ccSummary.subStepsRejected)
        }
    }

    /// STDP (`on post`, weights changed per synapse), Tsodyks–Markram (per-synapse u and x) with delays, gap
    /// junctions, NMDA (per-synapse s) and a spike generator, f64 and f32.
    func testPlasticSynapsesGapJunctionsAndGeneratorsAgreeBitForBit() throws {
        for precision in ["f64", "f32"] {
            let source = plasticNetwork(precision: precision)
            let (tcc, _) = try run(source, jit: "tcc")
            let (cc, ccSummary) = try run(source, jit: "cc")
            XCTAssertEqual(ccSummary.tier, .cc)
            XCTAssertGreaterThan(tcc.spikeTimes.count, 10, precision)
            for perSynapse in [".w", ".apre", ".apost", ".u", ".x", ".s"] {
                XCTAssertTrue(tcc.synapses.keys.contains { $0.hasSuffix(perSynapse) }, "\(perSynapse) is compared")
            }
            XCTAssertEqual(tcc, cc, precision)
        }
    }

    /// NMDA with its gating kept per source neuron (`per pre`), with and without a delay, f64 and f32.
    func testPerSourceSynapsesAgreeBitForBit() throws {
        for precision in ["f64", "f32"] {
            let (tcc, _) = try run(nmdaNetwork(precision: precision), jit: "tcc")
            let (cc, ccSummary) = try run(nmdaNetwork(precision: precision), jit: "cc")
            XCTAssertEqual(ccSummary.tier, .cc)
            XCTAssertGreaterThan(tcc.spikeTimes.count, 100, precision)
            XCTAssertTrue(tcc.synapses.keys.contains { $0.hasSuffix(".pre.s") }, "per-source s is compared")
            XCTAssertEqual(tcc, cc, precision)
        }
    }

    /// A ring of rate neurons with dense coupling (`couple`, W·r summed in column order each step), f64 and f32.
    func testDenseCouplingAgreesBitForBit() throws {
        let network = try example("ring_attractor.soma").components(separatedBy: "\nfixedpoints")[0]
            .replacingOccurrences(of: "population R", with: "population P").replacingOccurrences(of: "R.r -> R.I", with: "P.r -> P.I")
        for precision in ["f64", "f32"] {
            let source = network + "\nP.r = 0.5 + 0.3 * cos(2 * pi * (i - 40) / N) + 0.01 * rand()\nrun 50 ms dt = 0.1 ms method = rk4 precision = \(precision) seed = 3 %JIT%\n"
            let (tcc, _) = try run(source, jit: "tcc")
            let (cc, ccSummary) = try run(source, jit: "cc")
            XCTAssertEqual(ccSummary.tier, .cc)
            XCTAssertEqual(tcc, cc, precision)
            XCTAssertNotEqual(tcc.state["coupled_I"]?.first, 0, "the coupling input is computed")
        }
    }

    /// A run long enough for auto to build cc's code switches to it between chunks, ending where tcc alone ends.
    func testASwapMidRunGivesTheResultOfEitherTierAlone() throws {
        let source = try noisyLIF(precision: "f64", size: 2000, duration: "1000 ms")
        let (tcc, _) = try run(source, jit: "tcc")
        let cache = cacheDirectory!
        let (auto, summary) = try run(source, jit: "auto", chunk: 200) { done, _ in
            // Hold the first chunk until the library is on disk, so that the swap lands mid-run.
            if done == 200 { Self.waitForLibrary(in: cache) }
            return true
        }
        let switched = try XCTUnwrap(summary.switchedAtStep)
        XCTAssertGreaterThanOrEqual(switched, 200)
        XCTAssertLessThan(switched, summary.steps)
        XCTAssertEqual(summary.tier, .cc)
        XCTAssertEqual(auto, tcc)
    }

    /// While cc's build runs (here a compiler held until the run has ended), a run long by its size goes on with
    /// tcc's code in chunks of 4·10⁵ neuron-steps (200 steps of 2000 neurons), so that cc's code could take over
    /// soon after it is ready; the results are tcc's alone.
    func testWhileCcBuildsTccRunsInShortChunks() throws {
        try FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
        let gate = cacheDirectory.appendingPathComponent("gate").path
        XCTAssertEqual(mkfifo(gate, 0o600), 0)
        let compiler = cacheDirectory.appendingPathComponent("held-cc").path
        try "#!/bin/sh\nread line < \(gate)\nexit 1\n".write(toFile: compiler, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(compiler, 0o755), 0)
        let source = try modelOf("lif_100k.soma", "population Many") + """
        population P = LIF(2000)
        P.I = 1.4 nA + 0.4 nA * i / N
        record P.spikes
        run 1 s dt = 0.1 ms seed = 3 %JIT%

        """
        let (tcc, _) = try run(source, jit: "tcc")

        let done = Done()
        let interpreter = Interpreter()
        interpreter.nativeToolchain = NativeToolchain(compiler: compiler, cacheDirectory: cacheDirectory)
        interpreter.progress = { steps, _ in done.append(steps); return true }
        let outputs = interpreter.execute(source.replacingOccurrences(of: "%JIT%", with: "jit = auto"))
        let handle = open(gate, O_WRONLY | O_NONBLOCK)
        XCTAssertGreaterThanOrEqual(handle, 0)
        _ = write(handle, "\n", 1)
        close(handle)

        XCTAssertNil(firstError(outputs))
        XCTAssertEqual(runSummary(outputs)?.tier, .tcc)
        XCTAssertEqual(Results(interpreter), tcc)
        let chunks = zip(done.steps, [0] + done.steps).map { $0 - $1 }
        XCTAssertEqual(done.steps.last, 10_000)
        XCTAssertGreaterThanOrEqual(chunks.count, 50)
        XCTAssertTrue(chunks.allSatisfy { $0 > 0 && $0 <= 200 }, "\(chunks)")
    }

    private final class Done: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int64] = []
        func append(_ steps: Int64) { lock.withLock { values.append(steps) } }
        var steps: [Int64] { lock.withLock { values } }
    }

    func testAutoStartsWithCachedCodeAndShortRunsStayOnTcc() throws {
        let source = try hodgkinHuxley(method: "rk4", precision: "f64")
        XCTAssertEqual(try run(source, jit: "auto").summary.tier, .tcc)
        XCTAssertEqual(try run(source, jit: "cc").summary.tier, .cc)
        let (_, cached) = try run(source, jit: "auto")
        XCTAssertEqual(cached.tier, .cc)
        XCTAssertTrue(cached.compiledFromCache)
        XCTAssertNil(cached.switchedAtStep)
    }

    func testWithoutACompilerCcFallsBackToTccAndSaysSo() throws {
        let source = try hodgkinHuxley(method: "rk4", precision: "f64")
        XCTAssertNil(NativeToolchain.system(environment: ["PATH": "/nonexistent", "HOME": "/tmp"]))
        XCTAssertNil(NativeToolchain.system(environment: ["PATH": "/usr/bin", "SOMA_CC": "/nonexistent/cc"]))
        let (expected, _) = try run(source, jit: "tcc")
        let missing = Interpreter()
        missing.nativeToolchain = nil
        let outputs = missing.execute(source.replacingOccurrences(of: "%JIT%", with: "jit = cc"))
        XCTAssertTrue(infos(outputs).contains("jit = cc: no C compiler found (cc on PATH, or SOMA_CC); running with tcc"), "\(infos(outputs))")
        XCTAssertEqual(runSummary(outputs)?.tier, .tcc)
        XCTAssertEqual(Results(missing), expected)
    }

    /// `soma run` as a user runs it: SOMA_CC names the compiler; the JSON run line names the tier.
    func testTheCommandLineFallsBackWhenSomaCCNamesNoCompiler() throws {
        try XCTSkipUnless(SomaBinary.isBuilt, "build soma first: swift build")
        try FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
        let file = cacheDirectory.appendingPathComponent("hh.soma")
        try hodgkinHuxley(method: "rk4", precision: "f64").replacingOccurrences(of: "%JIT%", with: "jit = cc")
            .write(to: file, atomically: true, encoding: .utf8)
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = cacheDirectory.path
        environment["SOMA_CC"] = "/nonexistent/cc"
        let missing = try SomaBinary.run(["run", file.path, "--json"], environment: environment)
        XCTAssertEqual(missing.status, 0)
        XCTAssertTrue(missing.output.contains(#""message":"jit = cc: no C compiler found (cc on PATH, or SOMA_CC); running with tcc""#), missing.output)
        XCTAssertTrue(missing.output.contains(#""jit":"tcc","jit_switch_step":null"#), missing.output)
        environment["SOMA_CC"] = toolchain.compiler
        let present = try SomaBinary.run(["run", file.path, "--json"], environment: environment)
        XCTAssertTrue(present.output.contains(#""jit":"cc","jit_switch_step":null"#), present.output)
    }

    func testAFailingCompilerFallsBackToTccAndSaysSo() throws {
        let source = try hodgkinHuxley(method: "rk4", precision: "f64")
        let interpreter = Interpreter()
        interpreter.nativeToolchain = NativeToolchain(compiler: "/bin/false", cacheDirectory: cacheDirectory)
        let outputs = interpreter.execute(source.replacingOccurrences(of: "%JIT%", with: "jit = cc"))
        XCTAssertTrue(infos(outputs).contains("jit = cc: /bin/false failed: exit status 1; running with tcc"), "\(infos(outputs))")
        XCTAssertEqual(runSummary(outputs)?.tier, .tcc)
        XCTAssertNil(firstError(outputs))
    }

    /// A flipped byte fails the checksum; a sound library under another unit's name fails the key check.
    func testACorruptOrStaleCachedLibraryIsRebuilt() throws {
        let hh = try hodgkinHuxley(method: "rk4", precision: "f64"), lif = try noisyLIF(precision: "f64")
        let (expected, first) = try run(hh, jit: "cc")
        XCTAssertFalse(first.compiledFromCache)
        let files = try libraries()
        XCTAssertEqual(files.count, 1)
        var bytes = try Data(contentsOf: files[0])
        bytes[bytes.count / 2] ^= 0x5a
        try bytes.write(to: files[0])

        let (rebuilt, second) = try run(hh, jit: "cc")
        XCTAssertFalse(second.compiledFromCache)
        XCTAssertEqual(rebuilt, expected)
        XCTAssertTrue(try run(hh, jit: "cc").summary.compiledFromCache)

        _ = try run(lif, jit: "cc")
        let other = try libraries().first { $0 != files[0] }!
        try FileManager.default.removeItem(at: files[0])
        try FileManager.default.copyItem(at: other, to: files[0])
        let (again, third) = try run(hh, jit: "cc")
        XCTAssertFalse(third.compiledFromCache)
        XCTAssertEqual(again, expected)
    }

    // MARK: - Runs

    /// State and spikes of population P (and Q where there is one), and each projection's weights and per-synapse
    /// and per-target variables, as bit patterns: equal means bit for bit.
    struct Results: Equatable {
        var state: [String: [UInt64]] = [:]
        var spikeTimes: [UInt64] = []
        var spikeIndices: [Int32] = []
        var synapses: [String: [UInt64]] = [:]

        init(_ interpreter: Interpreter) {
            for name in ["P", "Q"] {
                guard let p = interpreter.network.populationIndex(named: name) else { continue }
                for (variable, buffer) in interpreter.state.populations[p].state { state["\(name).\(variable)"] = buffer.values.map(\.bitPattern) }
                spikeTimes += interpreter.state.spikeRecords[name]?.times.map(\.bitPattern) ?? []
                spikeIndices += interpreter.state.spikeRecords[name]?.indices ?? []
            }
            for (k, projection) in interpreter.state.projections.enumerated() {
                if let weights = projection.weights { synapses["\(k).w"] = weights.values.map(\.bitPattern) }
                for (variable, buffer) in projection.state { synapses["\(k).\(variable)"] = buffer.values.map(\.bitPattern) }
                for (variable, buffer) in projection.sourceState { synapses["\(k).pre.\(variable)"] = buffer.values.map(\.bitPattern) }
            }
        }
    }

    func run(_ source: String, jit: String, chunk: Int64 = 2000, progress: (@Sendable (Int64, Int64) -> Bool)? = nil,
             toolchain: NativeToolchain? = nil) throws -> (Results, summary: RunSummary) {
        let interpreter = Interpreter()
        interpreter.nativeToolchain = toolchain ?? self.toolchain
        interpreter.stepsPerChunk = chunk
        interpreter.progress = progress
        let outputs = interpreter.execute(source.replacingOccurrences(of: "%JIT%", with: "jit = \(jit)"))
        if let error = firstError(outputs) { XCTFail("\(error.line):\(error.column): \(error.message)") }
        return (Results(interpreter), try XCTUnwrap(runSummary(outputs)))
    }

    private func libraries() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: cacheDirectory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "so" }
    }

    private static func waitForLibrary(in directory: URL) {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            if names.contains(where: { $0.hasSuffix(".so") }) { return }
            usleep(10_000)
        }
    }
}

// MARK: - Models (with %JIT% where the run options go)

/// The conductance LIF the network fixtures here and in CUDATestSupport are made of.
let conductanceCell = """
    neuron Cell {
      param C = 0.2 nF, gL = 10 nS, El = -60 mV, Vt = -50 mV, Vr = -60 mV
      var v = El
      var I = 0 nA
      input Isyn = 0 nA
      dv/dt = (-gL * (v - El) + I + Isyn) / C
      spike v > Vt
      reset { v = Vr }
      refractory 2 ms
    }
    """

/// A conductance LIF driven by a generator and Poisson input, with STDP from P onto Q (weights that move with
/// `on pre` and `on post`), Tsodyks–Markram within P (per-synapse u and x, drawn delays), gap junctions within Q and
/// NMDA from P onto Q (per-synapse saturation s, the magnesium block of Q's potential).
func plasticNetwork(precision: String) -> String {
    """
    \(conductanceCell)
    population G = generator(3, times = "5 ms, 20 ms, 20 ms, 60 ms, 61 ms", indices = "0, 1, 2, 0, 2")
    population P = Cell(200)
    population Q = Cell(50)
    P.I = 0.09 nA + 0.04 nA * i / N
    P.v = -60 mV + 10 mV * rand()
    Q.I = 0.05 nA
    Q.v = -60 mV + 10 mV * rand()
    connect poisson(20, rate = 20 Hz) -> P using ExpCond w = 1 nS
    connect G -> P using ExpCond p = 0.5 w = 5 nS
    connect P -> P using TsodyksMarkram(U = 0.2, tau_rec = 100 ms, tau_facil = 50 ms) p = 0.1 w = 0.02 nA delay = 1 ms + 1 ms * rand()
    connect P -> Q using STDP(A_plus = 0.02 nS, A_minus = 0.021 nS, wmax = 1 nS) p = 0.3 w = 0.5 nS * rand()
    connect Q -> Q using Gap(g_gap = 2 nS) p = 0.2
    connect P -> Q using NMDA p = 0.1 w = 0.3 nS
    record P.spikes, Q.spikes
    run 200 ms dt = 0.1 ms method = euler precision = \(precision) seed = 13 %JIT%

    """
}

/// Conductance LIFs driven by Poisson input through AMPA, coupled by the library's NMDA (gating per source
/// neuron) within P with a delay, and from P onto Q without one.
func nmdaNetwork(precision: String) -> String {
    """
    \(conductanceCell)
    population P = Cell(200)
    population Q = Cell(50)
    P.I = 0.06 nA + 0.04 nA * i / N
    P.v = -60 mV + 10 mV * rand()
    Q.v = -60 mV + 10 mV * rand()
    connect poisson(20, rate = 20 Hz) -> P using AMPA w = 1 nS
    connect P -> P using NMDA p = 0.2 w = 0.05 nS delay = 1 ms
    connect P -> Q using NMDA(tau_decay = 50 ms) p = 0.3 w = 0.3 nS
    record P.spikes, Q.spikes
    run 200 ms dt = 0.1 ms method = euler precision = \(precision) seed = 17 %JIT%

    """
}

/// Multiplicative noise on a coupled pair: every term of a stochastic method's formula is present.
func stochastic(method: String, precision: String, noises: Int = 2, calculus: String = "ito") -> String {
    """
    system Pair {
      var x = 1
      var y = 0.5
      dx/dt = -x + sin(y) + 0.3 * x * xi_1\(noises == 2 ? " + 0.2 * y * xi_2" : "")
      dy/dt = x - y - y^3 / 3 + 0.5 * cos(x) * xi_1
    }
    population P = Pair(500)
    record P.x[0:3]
    run 20 dt = 0.01 method = \(method) noise = \(calculus) precision = \(precision) seed = 4 %JIT%

    """
}

func modelOf(_ file: String, _ before: String) throws -> String {
    try example(file).components(separatedBy: before)[0]
}

func noisyLIF(precision: String, size: Int = 300, duration: String = "200 ms") throws -> String {
    let model = try modelOf("lif_100k.soma", "population Many")
        .replacingOccurrences(of: "dV/dt = (El - V + R*I) / tau", with: "dV/dt = (El - V + R*I) / tau + 3 mV * sqrt(2 / tau) * xi")
    return model + """
    population P = LIF(\(size))
    P.I = 1.4 nA + 0.4 nA * i / N
    P.V = -65 mV + 10 mV * rand()
    record P.spikes
    run \(duration) dt = 0.1 ms precision = \(precision) seed = 3 %JIT%

    """
}

func hodgkinHuxley(method: String, precision: String) throws -> String {
    try modelOf("hh.soma", "population Axon") + """
    population P = HH(50)
    P.V = -70 mV + 20 mV * rand()
    P.I = 6 uA/cm^2 + 6 uA/cm^2 * i / N
    record P.spikes
    run 50 ms dt = 0.01 ms method = \(method) precision = \(precision) seed = 11 %JIT%

    """
}

/// COBA (examples/coba.soma) at 500 neurons with Poisson drive and per-synapse delays, which
/// exercise the input step, the delay ring and delivery into conductances shared per target.
func cobaNetwork(precision: String) throws -> String {
    try modelOf("coba.soma", "population Exc") + """
    population P = LIF(400)
    population Q = LIF(100)
    P.v = -55 mV + 5 mV * randn()
    Q.v = -55 mV + 5 mV * randn()
    connect poisson(40, rate = 20 Hz) -> P, Q using CondExp(tau = 5 ms, E = 0 mV) w = 0.5
    connect P -> P, Q using CondExp(tau = 5 ms, E = 0 mV) p = 0.08 w = 0.6 delay = 0.5 ms + 1.5 ms * rand()
    connect Q -> P, Q using CondExp(tau = 10 ms, E = -80 mV) p = 0.08 w = 6.7 delay = 1 ms
    record P.spikes, Q.spikes
    run 200 ms dt = 0.1 ms method = euler precision = \(precision) seed = 7 %JIT%

    """
}
