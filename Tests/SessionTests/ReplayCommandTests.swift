import Foundation
import XCTest
import Kernel

/// `soma replay` as a user runs it: exit statuses, the report, --record and --svg.
/// Uses the `soma` built beside the test bundle (`swift test` builds it).
final class ReplayCommandTests: XCTestCase {
    private func soma(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let folder = Bundle.main.executableURL?.deletingLastPathComponent() ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let executable = [folder, folder.deletingLastPathComponent()].map { $0.appendingPathComponent("soma") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        let binary = try XCTUnwrap(executable, "soma is not built beside the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
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
