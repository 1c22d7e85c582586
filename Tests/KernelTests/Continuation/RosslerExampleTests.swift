import XCTest

/// examples/rossler_period_doubling.soma: the PD rows and labels, of the cycle born at the fold
/// and of the doubled cycle switched onto at its PD; their values are those PeriodDoublingTests
/// checks against shooting (2.8324450278728 and 3.8373581684490, periods 5.769820016507 and
/// 11.572688804466).
final class RosslerExampleTests: XCTestCase {
    func testTheExampleReportsTheFirstTwoPeriodDoublings() throws {
        let run = try BifurcationExampleRun("rossler_period_doubling.soma")
        let kinds = run.kinds()
        let rows = kinds.indices.filter { kinds[$0] == "PD" }
        XCTAssertEqual(rows.count, 2)
        // Measured: 6.4e-12 and 4.1e-11 from the shooting values, periods 4e-13 and 5e-13.
        XCTAssertEqual(run.numbers("c")[rows[0]], 2.8324450278728, accuracy: 6e-11)
        XCTAssertEqual(run.numbers("period")[rows[0]], 5.769820016507, accuracy: 4e-12)
        XCTAssertEqual(run.numbers("c")[rows[1]], 3.8373581684490, accuracy: 4e-10)
        XCTAssertEqual(run.numbers("period")[rows[1]], 11.5726888044664, accuracy: 5e-12)
        XCTAssertEqual(run.labels().filter { $0 == "PD" }.count, 2)
        // The cycle table: branches 2 and 3 (after the equilibria's) with periods near T and 2T.
        XCTAssertEqual(run.tables[1].title, "cycles of Rossler")
        let branch = run.numbers("branch", table: 1)
        let period = run.numbers("period", table: 1)
        XCTAssertEqual(Set(branch), [2, 3])
        for (k, low, high) in [(2.0, 4.0, 6.0), (3.0, 11.0, 12.0)] {
            XCTAssertTrue(zip(branch, period).filter { $0.0 == k }.allSatisfy { $0.1 > low && $0.1 < high })
        }
    }
}
