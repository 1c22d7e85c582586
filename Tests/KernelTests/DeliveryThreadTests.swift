import SomaTestSupport
import XCTest
import Kernel
@testable import Codegen
@testable import Execution

/// Spike delivery split by target range across the chunk loop's parts: every target sums its
/// arrivals in spike order with any number of threads, so spikes, state and synapse values keep
/// their bits.
final class DeliveryThreadTests: XCTestCase {
    /// COBA's form in the benchmarks (no delay, one ring slot), 1001 neurons so that parts are uneven.
    func testCOBAWithoutDelaysIsBitIdenticalWithOneTwoAndThreeThreads() throws {
        let source = try modelOf("coba.soma", "population Exc") + """
        population P = LIF(801)
        population Q = LIF(200)
        P.v = -55 mV + 5 mV * randn()
        Q.v = -55 mV + 5 mV * randn()
        connect poisson(40, rate = 20 Hz) -> P, Q using CondExp(tau = 5 ms, E = 0 mV) w = 0.5
        connect P -> P, Q using CondExp(tau = 5 ms, E = 0 mV) p = 0.05 w = 0.6
        connect Q -> P, Q using CondExp(tau = 10 ms, E = -80 mV) p = 0.05 w = 6.7
        record P.spikes, Q.spikes
        run 200 ms dt = 0.1 ms method = euler precision = f32 seed = 5 %JIT%

        """
        try assertSplitDeliveryKeepsBits(source)
    }

    /// Target indices of three bytes (Q has more than 65 536 neurons) and of two (P) in one network: the same bits with
    /// one, two and three threads (each part finds its targets by `soma_first_target3`), and cc's code as tcc's.
    func testThreeByteTargetIndicesAreBitIdenticalWithOneTwoAndThreeThreadsAndInBothTiers() throws {
        let source = try modelOf("coba.soma", "population Exc") + """
        population P = LIF(801)
        population Q = LIF(70000)
        P.v = -55 mV + 5 mV * randn()
        Q.v = -55 mV + 5 mV * randn()
        connect poisson(40, rate = 20 Hz) -> P using CondExp(tau = 5 ms, E = 0 mV) w = 0.5
        connect P -> Q using CondExp(tau = 5 ms, E = 0 mV) p = 0.01 w = 0.6
        connect Q -> P using CondExp(tau = 10 ms, E = -80 mV) p = 0.0005 w = 6.7
        record P.spikes, Q.spikes
        run 20 ms dt = 0.1 ms method = euler precision = f32 seed = 5 %JIT%

        """
        let emitted = emitted(source)
        XCTAssertTrue(emitted.contains("const unsigned char *restrict columns"), "P -> Q does not read 3-byte targets")
        XCTAssertTrue(emitted.contains("const unsigned short *restrict columns"), "Q -> P does not read 2-byte targets")
        try assertSplitDeliveryKeepsBits(source)
        try XCTSkipIf(NativeToolchain.system() == nil, "no C compiler (cc on PATH, or SOMA_CC): the cc tier is not compared")
        XCTAssertEqual(try run(source, threads: 2, tier: .cc), try run(source, threads: 1))
    }

    /// Per-synapse delays (each step's queue of synapses), Tsodyks–Markram's per-synapse u and x, and STDP whose
    /// `on pre` and `on post` both change the weights.
    func testDelaysAndPlasticityAreBitIdenticalWithOneTwoAndThreeThreads() throws {
        let source = plasticNetwork(precision: "f64").replacingOccurrences(of: "connect P -> Q using NMDA p = 0.1 w = 0.3 nS\n", with: "")
        XCTAssertFalse(source.contains("NMDA"))
        try assertSplitDeliveryKeepsBits(source)
    }

    /// A synapse with variables per source neuron (NMDA's gating) keeps every delivery on one thread, with the same bits.
    func testPerSourceVariablesKeepDeliveryOnOneThread() throws {
        let source = nmdaNetwork(precision: "f32")
        XCTAssertFalse(emitted(source).contains(Self.splitCall), "a per-source variable was delivered by parts")
        let one = try run(source, threads: 1)
        XCTAssertEqual(try run(source, threads: 2), one)
    }

    func testTheCcTierDeliveringByTwoThreadsMatchesTccWithOne() throws {
        try XCTSkipIf(NativeToolchain.system() == nil, "no C compiler (cc on PATH, or SOMA_CC): the cc tier is not compared")
        let source = plasticNetwork(precision: "f32").replacingOccurrences(of: "connect P -> Q using NMDA p = 0.1 w = 0.3 nS\n", with: "")
        XCTAssertEqual(try run(source, threads: 2, tier: .cc), try run(source, threads: 1))
    }

    /// A sixth of P and Q start above threshold, so the first step's ring slot holds hundreds of spikes and cc's loop
    /// fetches the row start of the spike eight ahead (ProjectionStep.ringArrivals): cc with one and three threads
    /// gives tcc's bits, which fetch nothing ahead.
    func testTheCcTierFetchingRowStartsAheadMatchesTccWithOneAndThreeThreads() throws {
        let source = try modelOf("coba.soma", "population Exc") + """
        population P = LIF(3000)
        population Q = LIF(1000)
        P.v = -55 mV + 5 mV * randn()
        Q.v = -55 mV + 5 mV * randn()
        connect P -> P, Q using CondExp(tau = 5 ms, E = 0 mV) p = 0.02 w = 0.6
        connect Q -> P, Q using CondExp(tau = 10 ms, E = -80 mV) p = 0.02 w = 6.7
        record P.spikes, Q.spikes
        run 20 ms dt = 0.1 ms method = euler precision = f32 seed = 5 %JIT%

        """
        XCTAssertTrue(emitted(source).contains("soma_prefetch(rows + arrived[e + 8])"))
        let one = try run(source, threads: 1)
        let mostInOneStep = Dictionary(grouping: one.spikeTimes, by: { $0 }).values.map(\.count).max() ?? 0
        XCTAssertGreaterThan(mostInOneStep, 16, "no step had more than 8 spikes of one population")
        try XCTSkipIf(NativeToolchain.system() == nil, "no C compiler (cc on PATH, or SOMA_CC): the cc tier is not compared")
        XCTAssertEqual(try run(source, threads: 1, tier: .cc), one)
        XCTAssertEqual(try run(source, threads: 3, tier: .cc), one)
    }

    /// Four barriers a step: threads from 200 000 neurons when spikes are delivered (measured, BENCHMARKS.md).
    func testAutomaticThreadsWaitForBiggerNetworksWhenSpikesAreDelivered() {
        XCTAssertEqual(ChunkLoop.automaticParts(neurons: 100_000, cores: 2, deliversSpikes: true), 1)
        XCTAssertEqual(ChunkLoop.automaticParts(neurons: 200_000, cores: 2, deliversSpikes: true), 2)
        XCTAssertEqual(ChunkLoop.automaticParts(neurons: 100_000, cores: 2), 2)
    }

    private static let splitCall = "(slot, P, s, dt, seed, part, parts);"

    private func assertSplitDeliveryKeepsBits(_ source: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertTrue(emitted(source).contains(Self.splitCall), "delivery is not split by parts", file: file, line: line)
        let one = try run(source, threads: 1)
        XCTAssertGreaterThan(one.spikeTimes.count, 50, file: file, line: line)
        XCTAssertEqual(try run(source, threads: 2), one, "2 threads", file: file, line: line)
        XCTAssertEqual(try run(source, threads: 3), one, "3 threads", file: file, line: line)
    }

    private func emitted(_ source: String) -> String {
        NetworkCheck.emit(source.replacingOccurrences(of: "%JIT%", with: "")).units.map(\.source).joined()
    }

    private func run(_ source: String, threads: Int, tier: JITTier = .tcc) throws -> TierTests.Results {
        let interpreter = Interpreter.withPrivateCache()
        let jit = tier == .cc ? "cc" : "tcc"
        let outputs = interpreter.execute(source.replacingOccurrences(of: "%JIT%", with: "jit = \(jit) threads = \(threads)"))
        if let error = firstError(outputs) { XCTFail("\(error.line):\(error.column): \(error.message)") }
        for case .run(let summary) in outputs { XCTAssertEqual(summary.tier, tier, "threads = \(threads)") }
        return TierTests.Results(interpreter)
    }
}
