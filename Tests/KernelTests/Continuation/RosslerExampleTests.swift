import XCTest

/// examples/rossler_period_doubling.soma: the PD row and label; its value is the one
/// PeriodDoublingTests checks against shooting (2.8324450278728, to 1e-11).
final class RosslerExampleTests: XCTestCase {
    func testTheExampleReportsTheFirstPeriodDoubling() throws {
        let run = try BifurcationExampleRun("rossler_period_doubling.soma")
        let kinds = run.kinds()
        let row = try XCTUnwrap(kinds.firstIndex(of: "PD"))
        XCTAssertEqual(kinds.filter { $0 == "PD" }.count, 1)
        // Measured: 1.6e-11 from the shooting value (the model's compiled field rounds differently).
        XCTAssertEqual(run.numbers("c")[row], 2.8324450278728, accuracy: 1e-10)
        XCTAssertEqual(run.numbers("period")[row], 5.769820016507, accuracy: 1e-10)
        XCTAssertTrue(run.labels().contains("PD"))
        // The cycle table: a period on every row.
        XCTAssertEqual(run.tables[1].title, "cycles of Rossler")
        XCTAssertTrue(run.numbers("period", table: 1).allSatisfy { $0 > 4 && $0 < 6 })
    }
}
