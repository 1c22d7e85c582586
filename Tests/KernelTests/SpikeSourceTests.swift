import Foundation
import SomaTestSupport
import XCTest
import Kernel
@testable import Execution

/// Built-in spike sources against their exact statistics.
final class SpikeSourceTests: XCTestCase {
    /// Each neuron fires in each step with probability rate·dt, independently of its past, so the count is
    /// binomial; at rate·dt = 0.5 a rising-edge rule would lose a third of the spikes, so this also checks none are merged.
    func testPoissonCountIsBinomialEvenWhenSpikesFallInConsecutiveSteps() {
        let outputs = runModel("""
            population P = poisson(100, rate = 5000 Hz)
            run 200 ms dt = 0.1 ms seed = 3
            print count(P)
            """)
        let n = 100.0 * 2000, p = 0.5
        XCTAssertEqual(printed(outputs, "count(P)")[0], n * p, accuracy: 4 * (n * p * (1 - p)).squareRoot())
    }

    /// rate = 40 Hz · (t > 0.5 s): no spike in the first half, then a binomial count over 500 steps of 1 ms.
    func testPoissonRateMayDependOnTime() {
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute("""
            population Q = poisson(1000, rate = 40 Hz * (t > 0.5 s))
            record Q.spikes
            run 1 s dt = 1 ms seed = 5
            print count(Q)
            """)
        XCTAssertNil(firstError(outputs))
        let times = interpreter.state.spikeRecords["Q"]!.times
        XCTAssertGreaterThan(times.min()!, 0.5)
        let n = 1000.0 * 500, p = 0.04
        XCTAssertEqual(Double(times.count), n * p, accuracy: 4 * (n * p * (1 - p)).squareRoot())
        XCTAssertEqual(printed(outputs, "count(Q)")[0], Double(times.count))
    }

    /// Spikes at the given times, rounded to the step; spikes of one neuron in one step merge; past spikes are not repeated.
    func testGeneratorEmitsItsScheduleOnce() {
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute("""
            population G = generator(3, times = "1 ms, 2.5 ms, 2.5 ms, 0.35 ms, 1.04 ms", indices = "0, 1, 2, 2, 0")
            record G.spikes
            run 5 ms dt = 0.1 ms
            run 5 ms
            print count(G)
            """)
        XCTAssertNil(firstError(outputs))
        let record = interpreter.state.spikeRecords["G"]!
        XCTAssertEqual(record.times.map { ($0 * 1e4).rounded() }, [4, 10, 25, 25])
        XCTAssertEqual(record.indices, [2, 0, 1, 2])
        XCTAssertEqual(printed(outputs, "count(G)"), [4])
    }

    /// What each target of `connect poisson(sources, rate = ...)` received, counted by a synapse that adds w = 1 per spike.
    private func poissonCounts(targets: Int, sources: Int, rate: String, run: String) -> [Double] {
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute(countingSink + """
            population B = Sink(\(targets))
            connect poisson(\(sources), rate = \(rate)) -> B using Count w = 1
            run \(run)
            """)
        XCTAssertNil(firstError(outputs))
        let c = interpreter.buffer("c_poisson", of: "B")!
        return (0..<targets).map { c[$0] }
    }

    /// Without materialised sources, each target's count is binomial(N·steps, rate·dt): 100 targets × 1000 sources at 2 Hz
    /// for 1 s of 0.1 ms steps gives a mean of 2000 per target (variance 2000·(1 − 2·10⁻⁴)), the total within 4σ of 200 000.
    func testPoissonInputCountsAreBinomialPerTarget() throws {
        let counts = poissonCounts(targets: 100, sources: 1000, rate: "2 Hz", run: "1 s dt = 0.1 ms seed = 11")
        let n = 1000.0 * 10000, p = 2e-4
        XCTAssertEqual(counts.reduce(0, +), 100 * n * p, accuracy: 4 * (100 * n * p * (1 - p)).squareRoot())
        XCTAssertTrue(counts.allSatisfy { $0 == $0.rounded() })
        let mean = counts.reduce(0, +) / 100
        let variance = counts.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 99
        XCTAssertEqual(variance, n * p * (1 - p), accuracy: 4 * (2.0 / 99).squareRoot() * n * p)
    }

    /// Above a mean of 50 per step the count is drawn from the normal approximation: 10⁶ sources at 10 Hz give
    /// 1000 per 0.1 ms step; 20 targets × 100 steps must total 2·10⁶ within 4σ (σ² = 2000·1000·(1 − 10⁻³)).
    func testPoissonInputWithManySourcesUsesTheNormalApproximation() throws {
        let total = poissonCounts(targets: 20, sources: 1_000_000, rate: "10 Hz", run: "10 ms dt = 0.1 ms seed = 2").reduce(0, +)
        XCTAssertEqual(total, 2e6, accuracy: 4 * (2000 * 1000 * (1 - 1e-3)).squareRoot())
    }
}
