import Foundation
import XCTest
import SomaTestSupport
import Kernel

/// `soma replay` as a user runs it: exit statuses, the report, --record and --svg.
/// Uses the `soma` built beside the test bundle (`swift test` builds it).
final class ReplayCommandTests: XCTestCase {
    private func soma(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try XCTSkipUnless(SomaBinary.isBuilt, "build soma first: swift build")
        return try SomaBinary.run(arguments)
    }

    func testCheckRecordAndSVG() throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("fhn.soma").path
        let recorded = try String(contentsOf: ReplayTests.repository.appendingPathComponent("sessions/fhn.soma"), encoding: .utf8)
        try recorded.replacingOccurrences(of: "#> O.w = [", with: "#> O.w = [1").write(toFile: path, atomically: true, encoding: .utf8)

        let check = try soma(["replay", path, "--check", "--svg", folder.appendingPathComponent("figures").path])
        XCTAssertEqual(check.status, 1, check.output)
        XCTAssertTrue(check.output.contains("cell 2 (200 time units with RK4), line "), check.output)
        XCTAssertTrue(check.output.contains("replay --check: 1 of 3 cells changed"), check.output)
        let svg = try String(contentsOfFile: folder.appendingPathComponent("figures/cell3-1.svg").path, encoding: .utf8)
        XCTAssertTrue(svg.hasPrefix("<svg") || svg.hasPrefix("<?xml"), String(svg.prefix(80)))

        XCTAssertEqual(try soma(["replay", path, "--record"]).status, 0)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), recorded)
        XCTAssertEqual(try soma(["replay", path, "--check", "--json"]).status, 0)
    }

    /// A failure the file records (`#!`) is expected: it sets no exit status; one it does not record does.
    func testARecordedFailureIsExpectedAndItsSuccessIsAChange() throws {
        let path = try temporaryFolder().appendingPathComponent("s.soma").path
        let failing = "# %%\nprint rate(Q)\n#! error at cell line 1, column 12: unknown population 'Q'\n#!   hint: create one first: population Q = Model(N)\n"
        try failing.write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try soma(["replay", path]).status, 0)
        XCTAssertEqual(try soma(["replay", path, "--check"]).status, 0)

        try failing.replacingOccurrences(of: "rate(Q)", with: "2").write(toFile: path, atomically: true, encoding: .utf8)
        let check = try soma(["replay", path, "--check", "--json"])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.output.contains(#""kind":"changed","cell":1,"line":3,"change":"now_succeeds""#), check.output)

        try "# %%\nprint rate(Q)\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try soma(["replay", path]).status, 1, "a failure the file does not record")
        XCTAssertEqual(try soma(["replay", path, "--record"]).status, 1)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), failing, "--record marks the failed cell")
        XCTAssertEqual(try soma(["replay", path]).status, 0)
    }

    func testSessionFilesRunCellByCell() throws {
        let path = try temporaryFolder().appendingPathComponent("s.soma").path
        try "# %%\nprint 1 + 1\n# %%\nprint rate(Q)\n# %%\nprint 2\n".write(toFile: path, atomically: true, encoding: .utf8)
        let run = try soma([path, "--json"])
        XCTAssertEqual(run.status, 1)
        let cells = run.output.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["cell"] as? Int
        }
        XCTAssertEqual(cells, [1, 2, 3], run.output)
        XCTAssertTrue(run.output.contains(#""line":4"#), "errors point at the file's line: \(run.output)")
    }
}
