import Foundation
import SomaTestSupport
import XCTest
import Kernel
@testable import Execution

/// examples/wang2002.soma behaves as Wang (2002) reports: a low-rate spontaneous state, then, under a strongly
/// coherent stimulus, the favoured group wins and the other falls back.
final class Wang2002Tests: XCTestCase {
    /// Spikes per neuron per second of `population` in [from, to) seconds.
    private func rate(_ interpreter: Interpreter, _ population: String, _ size: Int, from: Double, to: Double) -> Double {
        let times = interpreter.state.spikeRecords[population]!.times
        return Double(times.filter { $0 >= from && $0 < to }.count) / (Double(size) * (to - from))
    }

    /// The example at c = 51.2% with the stimulus from 400 ms (seed 1).
    /// Spontaneous state, 200–400 ms: Brunel & Wang (2001) and Wang (2002) report pyramidal cells at a few Hz and
    /// interneurons near 10 Hz; here E 1–4 Hz and I 4–12 Hz. Decision, 800–1000 ms: the winner A above 15 Hz (Wang's
    /// winners reach 20–40 Hz), the loser B below 5 Hz, A at least 4 times B.
    func testTheFavouredGroupWinsAfterASpontaneousState() throws {
        let text = try example("wang2002.soma")
            .replacingOccurrences(of: "25.6", with: "51.2")
            .replacingOccurrences(of: "t >= 100 ms", with: "t >= 400 ms")
        XCTAssertTrue(text.contains("51.2 / 100"), "the example states its coherence as c / 100")
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute(text)
        XCTAssertNil(firstError(outputs).map { "\($0.line):\($0.column) \($0.message)" })

        let excitatory = [("A", 240), ("B", 240), ("Rest", 1120)].map { rate(interpreter, $0.0, $0.1, from: 0.2, to: 0.4) }
        for r in excitatory { XCTAssertTrue((1...4).contains(r), "spontaneous E rate \(r) Hz") }
        let inhibitory = rate(interpreter, "Inh", 400, from: 0.2, to: 0.4)
        XCTAssertTrue((4...12).contains(inhibitory), "spontaneous I rate \(inhibitory) Hz")

        let winner = rate(interpreter, "A", 240, from: 0.8, to: 1.0), loser = rate(interpreter, "B", 240, from: 0.8, to: 1.0)
        XCTAssertGreaterThan(winner, 15)
        XCTAssertLessThan(loser, 5)
        XCTAssertGreaterThan(winner, 4 * loser)
    }

    /// examples/wang2002_sweep.soma (400 neurons, c in [0, 25.6, 51.2] × seeds 1, 2, 1 s): one row per member and the
    /// mean over seeds, and the rates of A and B a panel per coherence; every seed chooses A at c = 51.2%, and over the seeds A's rate rises and B's falls with c.
    func testTheSweepChoosesAMoreAsCoherenceGrows() throws {
        let outputs = Interpreter.withPrivateCache().execute(try example("wang2002_sweep.soma"))
        XCTAssertNil(firstError(outputs).map { "\($0.line):\($0.column) \($0.message)" })
        let tables = outputs.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
        XCTAssertEqual(tables.count, 2)
        func numbers(_ table: Table) -> [[Double]] {
            table.rows.map { $0.map { entry in if case .number(let v) = entry { return v } else { return .nan } } }
        }
        let members = numbers(tables[0]), means = numbers(tables[1])
        XCTAssertEqual(members.map { [$0[0], $0[1]] }, [[0, 1], [0, 2], [25.6, 1], [25.6, 2], [51.2, 1], [51.2, 2]])
        for row in members where row[0] == 51.2 { XCTAssertEqual(row[4], 1, "seed \(row[1]) chooses A") }
        XCTAssertEqual(means.map { $0[0] }, [0, 25.6, 51.2])
        for k in 1..<means.count {
            XCTAssertGreaterThan(means[k][1], means[k - 1][1], "A's rate rises with c")
            XCTAssertLessThan(means[k][2], means[k - 1][2], "B's rate falls with c")
        }
        let figures = outputs.compactMap { if case .figure(let f) = $0 { return f } else { return nil } }
        XCTAssertEqual(figures.count, 2)
        XCTAssertEqual(figures[0].panels.map(\.title), ["c = 0", "c = 25.6", "c = 51.2"], "a panel per coherence")
        XCTAssertEqual(figures[0].panels.map(\.series.count), [2, 2, 2], "a line per seed")
    }
}
