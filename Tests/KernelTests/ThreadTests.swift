import SomaTestSupport
import XCTest
import Kernel
@testable import Codegen
@testable import Execution

/// Threads share each step's neuron updates; the results do not depend on how many.
final class ThreadTests: XCTestCase {
    /// 3001 neurons split unevenly; spikes merged from the parts come out in neuron order.
    func testResultsAreBitIdenticalWithOneTwoAndThreeThreads() throws {
        let cases = [try noisyLIF(precision: "f64", size: 3001), try hodgkinHuxley(method: "exp_euler", precision: "f32"),
                     try cobaNetwork(precision: "f64"), plasticNetwork(precision: "f64"), nmdaNetwork(precision: "f32")]
        for source in cases {
            let one = try run(source, "jit = tcc threads = 1")
            XCTAssertGreaterThan(one.spikeTimes.count, 10)
            XCTAssertEqual(try run(source, "jit = tcc threads = 2"), one)
            XCTAssertEqual(try run(source, "jit = tcc threads = 3"), one)
        }
    }

    func testTheCcTierWithTwoThreadsMatchesTccWithOne() throws {
        try XCTSkipIf(NativeToolchain.system() == nil, "no C compiler (cc on PATH, or SOMA_CC): the cc tier is not compared")
        for source in [try cobaNetwork(precision: "f64"), plasticNetwork(precision: "f64")] {
            XCTAssertEqual(try run(source, "jit = cc threads = 2", tier: .cc), try run(source, "jit = tcc threads = 1"))
        }
    }

    func testANonFiniteValueIsReportedAlikeWithTwoThreads() {
        let source = "system Blow {\n var x = 1\n dx/dt = x*x\n}\npopulation P = Blow(3)\nP.x = 1 + i\nrun 10 dt = 0.01 method = euler jit = tcc threads = "
        let one = firstError(Interpreter.withPrivateCache().execute(source + "1")), two = firstError(Interpreter.withPrivateCache().execute(source + "2"))
        XCTAssertEqual(one?.message, two?.message)
        XCTAssertTrue(two?.message.contains("P.x[2] became") ?? false, two?.message ?? "no error")
    }

    /// A chunk that ends early because the spike buffer fills records every step once, whatever the threads.
    func testAChunkEndingEarlyRecordsEachStepOnce() {
        for threads in [1, 2] {
            let interpreter = Interpreter.withPrivateCache()
            interpreter.stepsPerChunk = 10_000
            _ = interpreter.execute("neuron Tick {\n var x = 0\n dx/dt = 1\n spike x > 0.5\n reset { x = 0 }\n}\npopulation P = Tick(1)\nrecord P.spikes\nrecord P.x\nrun 10000 dt = 1 method = euler jit = tcc threads = \(threads)")
            XCTAssertEqual(interpreter.state.spikeRecords["P"]?.times.count, 10_000, "threads = \(threads)")
            XCTAssertEqual(interpreter.state.stateRecords[0].times.count, 10_000, "threads = \(threads)")
            XCTAssertEqual(interpreter.state.stateRecords[0].times.last, 9999, "threads = \(threads)")
        }
    }

    func testAutomaticThreadsAreOnePerCoreForBigNetworksOnly() {
        XCTAssertEqual(ChunkLoop.automaticParts(neurons: 19_999, cores: 2), 1)
        XCTAssertEqual(ChunkLoop.automaticParts(neurons: 20_000, cores: 2), 2)
        XCTAssertEqual(ChunkLoop.automaticParts(neurons: 1_000_000, cores: 64), ChunkLoop.maxParts)
        // A sweep: one part per core, at most one per member, whatever its size.
        XCTAssertEqual(ChunkLoop.automaticParts(neurons: 12_000, cores: 2, sweepMembers: 6), 2)
        XCTAssertEqual(ChunkLoop.automaticParts(neurons: 12_000, cores: 16, sweepMembers: 6), 6)
        XCTAssertEqual(ChunkLoop.automaticParts(neurons: 2_000, cores: 16, sweepMembers: 1), 1)
    }

    /// The results of a run, which must have ended on `tier`.
    private func run(_ source: String, _ options: String, tier: JITTier = .tcc) throws -> TierTests.Results {
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute(source.replacingOccurrences(of: "%JIT%", with: options))
        if let error = firstError(outputs) { XCTFail("\(error.line):\(error.column): \(error.message)") }
        for case .run(let summary) in outputs { XCTAssertEqual(summary.tier, tier, options) }
        return TierTests.Results(interpreter)
    }
}
