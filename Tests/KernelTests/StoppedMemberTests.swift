import SomaTestSupport
import XCTest
import Kernel
@testable import Execution

/// A sweep member that went non-finite stopped at that step; its values are no continuation. A later `run` leaves it
/// there with an error at that run's statement (as a single network's next run stops at once on its non-finite values)
/// and runs the other members on, each bit for bit its run alone; `reset` starts it again.
final class StoppedMemberTests: XCTestCase {
    private let definition = BlowingUpSweep.definition, runLine = BlowingUpSweep.runLine

    private func bits(_ interpreter: Interpreter, _ population: String) -> [UInt64] {
        let buffer = interpreter.buffer("x", of: population)!
        return (0..<buffer.count).map { buffer[$0].bitPattern }
    }

    private func summaries(_ outputs: [Output]) -> [RunSummary] {
        outputs.compactMap { if case .run(let summary) = $0 { summary } else { nil } }
    }

    private func errors(_ outputs: [Output]) -> [Diagnostic] {
        outputs.compactMap { if case .error(let diagnostic) = $0 { diagnostic } else { nil } }
    }

    func testALaterRunLeavesAStoppedMemberWhereItStoppedAndRunsTheOthersOn() throws {
        let batch = Interpreter.withPrivateCache()
        let first = batch.execute(definition + BlowingUpSweep.sweep + runLine)
        XCTAssertEqual(errors(first).map(\.message), [])
        XCTAssertEqual(summaries(first).first?.stoppedMembers.map(\.time), ["0.8 ms"])
        let stoppedValues = bits(batch, "W2.P")

        let second = batch.execute("\n" + runLine)
        XCTAssertEqual(summaries(second).count, 1, "the others ran")
        XCTAssertEqual(summaries(second).first?.stoppedMembers, [])
        let refusal = try XCTUnwrap(errors(second).first)
        XCTAssertEqual(errors(second).count, 1)
        XCTAssertEqual([refusal.line, refusal.column], [2, 1])
        XCTAssertEqual(refusal.message, "member W2 stopped at t = 0.8 ms (step 8), where W2.P.x[0] became +Inf; its values are no continuation, so it does not run on")
        XCTAssertEqual(refusal.hint, "reset starts every member again from its initial values; the others ran on")
        XCTAssertEqual(bits(batch, "W2.P"), stoppedValues, "left where it stopped")
        XCTAssertTrue(OutputFormat.json(.error(refusal), cell: 2).contains(#""member":"W2""#))

        for (k, value) in [(1, "0.001"), (3, "0.002")] {
            let alone = Interpreter.withPrivateCache()
            XCTAssertNil(firstError(alone.execute(definition + "network W = G(k = \(value))\n" + runLine + runLine)))
            XCTAssertGreaterThan(alone.buffer("x", of: "W.P")![0], 1.2)
            XCTAssertEqual(bits(batch, "W\(k).P"), bits(alone, "W.P"), "member \(k)")
            XCTAssertEqual(batch.state.time.bitPattern, alone.state.time.bitPattern)
        }

        let again = batch.execute("reset\n" + runLine)
        XCTAssertEqual(errors(again).map(\.message), [])
        XCTAssertEqual(summaries(again).first?.stoppedMembers.map(\.time), ["0.8 ms"], "reset starts it again")
        XCTAssertEqual(bits(batch, "W2.P"), stoppedValues)
    }

    /// With every member stopped, the later run runs nothing and the clock stays: an error for each member.
    func testARunOfOnlyStoppedMembersIsRefused() throws {
        let batch = Interpreter.withPrivateCache()
        XCTAssertEqual(summaries(batch.execute(definition + "sweep W = G(k in [1000, 500])\n" + runLine)).first?.stoppedMembers.map(\.member),
                       ["W1", "W2"])
        let time = batch.state.time
        let second = batch.execute(runLine)
        XCTAssertEqual(summaries(second).count, 0)
        XCTAssertEqual(errors(second).map(\.message), ["W1", "W2"].map {
            "member \($0) stopped at t = 0.8 ms (step 8), where \($0).P.x[0] became +Inf; its values are no continuation, so it does not run on"
        })
        XCTAssertEqual(errors(second).map(\.line), [1, 1])
        XCTAssertEqual(batch.state.time, time)
    }

    /// A run of the whole network as one (here: a population beside the sweep's members makes it run side by side)
    /// cannot leave a stopped member out: the run is refused and the clock stays.
    func testARunSideBySideWithAStoppedMemberIsRefused() throws {
        let batch = Interpreter.withPrivateCache()
        XCTAssertEqual(errors(batch.execute(definition + "sweep W = G(k in [0.001, 1000])\n" + runLine)).map(\.message), [])
        let time = batch.state.time
        let second = batch.execute("population Q = Blow(1, k = 0.001)\n" + runLine)
        XCTAssertEqual(summaries(second).count, 0)
        XCTAssertEqual(errors(second).map(\.line), [2])
        XCTAssertEqual(errors(second).first?.hint,
                       "reset starts every member again from its initial values; a run of the whole network cannot leave one out")
        XCTAssertEqual(batch.state.time, time)
    }
}
