import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SomaTestSupport
import XCTest
import Plot
import Kernel
@testable import Language
@testable import Runtime
@testable import Session

/// `soma replay`: sessions replay as recorded, and a changed output is reported.
final class ReplayTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func sessionFiles() throws -> [URL] {
        let folder = repository.appendingPathComponent("sessions")
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "soma" }.sorted { $0.path < $1.path }
    }

    func testEverySessionReplaysAsRecorded() throws {
        let files = try Self.sessionFiles()
        XCTAssertGreaterThanOrEqual(files.count, 3)
        for file in files {
            let document = try SessionDocument(contentsOfFile: file.path)
            let replay = SessionReplay(document, interpreter: .withPrivateCache())
            let results = replay.run()
            XCTAssertEqual(results.compactMap(\.change), [], file.lastPathComponent)
            XCTAssertFalse(results.isEmpty, file.lastPathComponent)
            XCTAssertEqual(replay.recording(results).text, document.text, "re-recording \(file.lastPathComponent) changes nothing")
        }
    }

    func testCheckReportsTheEditedCell() throws {
        let path = Self.repository.appendingPathComponent("sessions/network-raster.soma").path
        let original = try SessionDocument(contentsOfFile: path)
        let text = original.text.replacingOccurrences(of: "#> count(Net) = ", with: "#> count(Net) = 9")
        let edited = try SessionDocument(parsing: text)
        let changes = SessionReplay(edited, interpreter: .withPrivateCache()).run().compactMap(\.change)
        XCTAssertEqual(changes.count, 1)
        let change = try XCTUnwrap(changes.first)
        XCTAssertEqual(change.cell, 3)
        let lines = text.components(separatedBy: "\n")
        XCTAssertTrue(lines[change.line - 1].hasPrefix("#> count(Net) = 9"), "line \(change.line) is the edited one")
        XCTAssertEqual(change.recorded.count, change.now.count)
        XCTAssertTrue("\(change)".contains("cell 3 (200 ms), line \(change.line)"), "\(change)")
    }

    func testCellsWithoutRecordsAndFailingCellsAreReportedAndLaterCellsStillRun() throws {
        let document = try SessionDocument(parsing: """
        # %% a
        print 1 + 1
        #> 1 + 1 = 2

        # %% b
        print rate(Nobody)
        # %% c
        print 2 * 3
        #> 2 * 3 = 7
        """)
        let results = SessionReplay(document, interpreter: .withPrivateCache()).run()
        XCTAssertNil(results[0].change)
        XCTAssertEqual(results[1].recorded.errors.first, "error at cell line 1, column 12: unknown population 'Nobody'")
        XCTAssertEqual(results[1].change?.line, 7, "where the outputs would go")
        let change = try XCTUnwrap(results[2].change)
        XCTAssertEqual([change.cell, change.line], [3, 9])
        XCTAssertEqual(change.recorded, ["2 * 3 = 7"])
        XCTAssertEqual(change.now, ["2 * 3 = 6"])
        let recorded = try SessionDocument(parsing: SessionReplay(document, interpreter: .withPrivateCache()).recording(results).text)
        XCTAssertEqual(SessionReplay(recorded, interpreter: .withPrivateCache()).run().compactMap(\.change), [])
    }

    /// A cell recorded with `#!` lines is expected to fail again, with the same error.
    func testAFailedCellIsExpectedToFailAgainAndAnyOtherOutcomeIsAChange() throws {
        func replayed(_ code: String, _ recorded: String) throws -> SessionReplay.CellResult {
            let document = try SessionDocument(parsing: "# %% t\n" + code + "\n" + recorded + "\n")
            return SessionReplay(document, interpreter: .withPrivateCache()).run()[0]
        }
        let typo = "#! error at cell line 1, column 12: unknown population 'Ex'\n#!   hint: create one first: population Ex = Model(N)"
        let same = try replayed("print rate(Ex)", typo)
        XCTAssertNil(same.change, "\(same.recorded)")
        XCTAssertFalse(same.failedUnexpectedly)
        XCTAssertTrue(same.recorded.failed)

        let succeeds = try XCTUnwrap(try replayed("print 1 + 1", typo).change)
        XCTAssertEqual(succeeds.kind, .nowSucceeds)
        XCTAssertEqual(succeeds.now, ["1 + 1 = 2"])
        XCTAssertEqual(succeeds.line, 3)
        XCTAssertTrue("\(succeeds)".hasPrefix("cell 1 (t), line 3: recorded as failing, now runs without an error"), "\(succeeds)")

        let other = try replayed("print rate(Ex)", typo.replacingOccurrences(of: "column 12", with: "column 7"))
        XCTAssertEqual(other.change?.kind, .failsDifferently)
        XCTAssertFalse(other.failedUnexpectedly, "recorded as failing: expected, though the error changed")

        let fails = try replayed("print 1\nprint rate(Ex)", "#> 1 = 1")
        XCTAssertEqual(fails.change?.kind, .nowFails)
        XCTAssertEqual(fails.change?.line, 5, "the first line that differs: after the output kept")
        XCTAssertTrue(fails.failedUnexpectedly)

        XCTAssertEqual(try replayed("print 1", "#> 1 = 2").change?.kind, .outputs)
    }

    func testRunLinesLeaveOutTimes() {
        let summary = RunSummary(duration: 0.1, timeUnit: DisplayUnit(name: "ms", scale: 1e-3), steps: 1000, dt: 1e-4,
                                 compileSeconds: 0.0021, simulateSeconds: 0.013, compiledFromCache: false)
        XCTAssertEqual(OutputRecord.lines(for: [.run(summary)]).outputs, ["ran 100 ms in 1000 steps of 0.1 ms"])
    }

    func testFigureDigestIgnoresBitNoiseButNotChanges() {
        let x = (0..<500).map { Double($0) * 0.1 }
        let y = x.map { sin($0) * 70 - 65 }
        func digest(_ y: [Double]) -> String {
            FigureDigest(.single([.line(name: "P.V[0]", x: x, y: y)], xAxis: Axis(), yAxis: Axis(), title: nil, legend: false)).line
        }
        XCTAssertTrue(digest(y).hasPrefix("figure line: 1 panel, 1 series, data "))
        XCTAssertEqual(digest(y), digest(y.map { $0.nextUp }))
        XCTAssertEqual(digest(y), digest(y.map { $0 * (1 + 1e-12) }))
        XCTAssertNotEqual(digest(y), digest(y.map { $0 + 1e-3 }))
    }

    func testFiguresAreWrittenAsSVG() throws {
        let document = try SessionDocument(contentsOfFile: Self.repository.appendingPathComponent("sessions/fhn.soma").path)
        let folder = try temporaryFolder().appendingPathComponent("svg")
        var written: [URL] = []
        try SessionReplay(document, interpreter: .withPrivateCache()).run { written += try SessionReplay.writeFigures(of: $0, to: folder) }
        XCTAssertEqual(written.map(\.lastPathComponent), ["cell3-1.svg"])
        for url in written {
            let parser = XMLParser(contentsOf: url)!
            let root = RootElement()
            parser.delegate = root
            XCTAssertTrue(parser.parse(), "\(url.lastPathComponent) is well-formed XML")
            XCTAssertEqual(root.name, "svg")
        }
    }
}

private final class RootElement: NSObject, XMLParserDelegate {
    var name: String?
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        if self.name == nil { self.name = name }
    }
}
