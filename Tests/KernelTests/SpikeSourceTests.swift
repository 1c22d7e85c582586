import Foundation
import XCTest
@testable import Kernel

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
        let interpreter = Interpreter()
        let outputs = interpreter.execute("""
            population Q = poisson(1000, rate = 40 Hz * (t > 0.5 s))
            record Q.spikes
            run 1 s dt = 1 ms seed = 5
            print count(Q)
            """)
        XCTAssertNil(firstError(outputs))
        let times = interpreter.spikeRecords["Q"]!.times
        XCTAssertGreaterThan(times.min()!, 0.5)
        let n = 1000.0 * 500, p = 0.04
        XCTAssertEqual(Double(times.count), n * p, accuracy: 4 * (n * p * (1 - p)).squareRoot())
        XCTAssertEqual(printed(outputs, "count(Q)")[0], Double(times.count))
    }
}
