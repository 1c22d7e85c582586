import XCTest
import Kernel
@testable import Session

/// Text → document → text is the identity for every file the format writes.
final class RoundTripTests: XCTestCase {
    private func assertRoundTrip(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        do {
            let document = try SessionDocument(parsing: text)
            XCTAssertEqual(Array(document.text.utf8), Array(text.utf8), file: file, line: line)
            XCTAssertEqual(try SessionDocument(parsing: document.text), document, file: file, line: line)
        } catch {
            XCTFail("\(error)", file: file, line: line)
        }
    }

    func testCellsTitlesOutputsAndSpacing() throws {
        let text = """
        # a header comment

        # %% first
        print 1 + 1
        #> 1 + 1 = 2
        #>

        # %%
        print 2

        """
        let document = try SessionDocument(parsing: text)
        XCTAssertEqual(document.header, "# a header comment\n\n")
        XCTAssertEqual(document.cells.map(\.title), ["first", nil])
        XCTAssertEqual(document.cells[0].source, "print 1 + 1\n")
        XCTAssertEqual(document.cells[0].outputs, ["1 + 1 = 2", ""])
        XCTAssertEqual(document.cells[0].spacing, "\n")
        XCTAssertEqual(document.cells[1].outputs, [])
        XCTAssertEqual(document.cellLines.map(\.marker), [3, 8])
        XCTAssertEqual(document.cellLines[0].outputs, 5)
        assertRoundTrip(text)
    }

    func testAFailedCellKeepsItsErrorAsMarkedLinesAfterItsOutputs() throws {
        let text = """
        # %% a typo
        print 1
        print rate(Ex)
        #> 1 = 1
        #! error at cell line 2, column 12: unknown population 'Ex'
        #!   hint: populations are E
        # the next cell

        # %%
        print 2

        """
        let document = try SessionDocument(parsing: text)
        XCTAssertEqual(document.cells[0].source, "print 1\nprint rate(Ex)\n")
        XCTAssertEqual(document.cells[0].outputs, ["1 = 1"])
        XCTAssertEqual(document.cells[0].errors, ["error at cell line 2, column 12: unknown population 'Ex'", "  hint: populations are E"])
        XCTAssertTrue(document.cells[0].recorded.failed)
        XCTAssertEqual(document.cells[0].spacing, "# the next cell\n\n")
        XCTAssertFalse(document.cells[1].recorded.failed)
        XCTAssertEqual(document.cellLines.map(\.marker), [1, 9])
        XCTAssertEqual(document.cellLines[0].outputs, 4)
        assertRoundTrip(text)
    }

    func testErrorMarksOnlyAtTheEndOfACell() throws {
        let shebang = try SessionDocument(parsing: "#!/usr/bin/env soma\n# %%\nprint 1\n")
        XCTAssertEqual(shebang.header, "#!/usr/bin/env soma\n")
        let comment = try SessionDocument(parsing: "# %%\n#! a comment in code\nprint 1\n#> 1 = 1\n")
        XCTAssertEqual(comment.cells[0].source, "#! a comment in code\nprint 1\n")
        XCTAssertEqual(comment.cells[0].errors, [])
        let cases = [
            "#!/usr/bin/env soma\n# %%\nprint 1\n",
            "# %%\nprint x\n#!\n#! e\n",                   // a bare error line
            "# %%\nprint x\n#! e\n#> after an error: code\n",
            "# %%\r\nprint x\r\n#! e\r\n\r\n",
            "# %%\nprint x\n#! e",                          // last error line without a line break
        ]
        for text in cases { assertRoundTrip(text) }
    }

    func testOddContent() {
        let cases = [
            "",                                            // empty file
            "\n\n",                                        // only blank lines
            "# no cells at all\nprint 1\n",                // a model file: all header
            "# %%",                                        // a bare marker without a line break
            "# %%\n# %%\n# %%\n",                          // blank cells
            "# %% \n",                                     // an empty title differs from none
            "# %%  two spaces, trailing  \t\n",            // whitespace in titles
            "# %%\nx = 1   \n\t\n  \n",                    // trailing whitespace and whitespace-only lines
            "# %%\nexport svg \"# %% not a marker\"\n",    // marker-like text inside a string
            "# %%\n  # %% indented: a comment, not a marker\n",
            "# %%\nprint 1\n#> 1 = 1",                     // last output line without a line break
            "# %%\n\n\n#> after blank code lines\n\n\n",
            "# %% é ́combining\n#>x is code, not an output\n",
            "# %%\r\nprint 1\r\n#> 1 = 1\r\n\r\n# %% b\r\n", // CRLF throughout
            "# %%\r\nlast line without a break",
            "# %%\nμ = 1 # ünïcode ✓\n",
        ]
        for text in cases { assertRoundTrip(text) }
    }

    func testCRLFSourcesReachTheInterpreterWithoutCarriageReturns() throws {
        let document = try SessionDocument(parsing: "# %%\r\nprint 1\r\nprint 2\r\n")
        XCTAssertEqual(document.lineEnding, .crlf)
        XCTAssertEqual(document.cells[0].source, "print 1\nprint 2\n")
    }

    func testOneMegabyteCell() throws {
        let line = "# " + String(repeating: "x", count: 98) + "\n"
        let text = "# %% big\n" + String(repeating: line, count: 10_500) + "#> done\n"
        XCTAssertGreaterThan(text.utf8.count, 1_000_000)
        assertRoundTrip(text)
        assertRoundTrip("# %%\n" + String(repeating: "y", count: 1_100_000))  // one 1 MB line
    }

    func testCellsBuiltInCodeGetTheirLineBreaks() throws {
        let document = SessionDocument(header: "# h", cells: [SessionCell(source: "print 1", outputs: ["1 = 1"])])
        XCTAssertEqual(document.text, "# h\n# %%\nprint 1\n#> 1 = 1\n")
        assertRoundTrip(document.text)
        let broken = SessionDocument(cells: [SessionCell(title: "two\nlines", source: "x\n", outputs: ["a\nb", "c\r\nd"])])
        XCTAssertEqual(broken.text, "# %% two lines\nx\n#> a\n#> b\n#> c\n#> d\n")
    }

    func testErrorsNameTheLine() {
        let cases: [(String, SessionParseError)] = [
            ("# %%\nok\n#%% squashed\n", SessionParseError(line: 3, reason: .malformedMarker("#%% squashed"))),
            ("# %%title\n", SessionParseError(line: 1, reason: .malformedMarker("# %%title"))),
            ("#> orphan\n# %%\n", SessionParseError(line: 1, reason: .outputBeforeFirstCell)),
            ("# %%\na\n#> out\nb\n", SessionParseError(line: 3, reason: .outputInsideCode)),
            ("# %%\na\n#> out\n\n#> more\n", SessionParseError(line: 3, reason: .outputInsideCode)),
            ("# %%\r\na\nb\r\n", SessionParseError(line: 2, reason: .mixedLineEndings(expected: .crlf))),
            ("# %%\na\r\nb\n", SessionParseError(line: 2, reason: .mixedLineEndings(expected: .lf))),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try SessionDocument(parsing: text), text) { error in
                XCTAssertEqual(error as? SessionParseError, expected, text)
                XCTAssertTrue("\(error)".hasPrefix("line \(expected.line):"), "\(error)")
            }
        }
    }

    func testSessionDetection() {
        XCTAssertTrue(SessionDocument.isSession("# header\n# %% a\nprint 1\n"))
        XCTAssertTrue(SessionDocument.isSession("# %%"))
        XCTAssertTrue(SessionDocument.isSession("x\r\n#%% malformed, still a session\r\n"))
        XCTAssertFalse(SessionDocument.isSession("neuron LIF {}\n  # %% indented\n"))
    }

    func testReadingReportsThePathAndPosition() throws {
        let folder = try temporaryFolder()
        let bad = folder.appendingPathComponent("bad.soma").path
        try Data("# %%\n#%%\n".utf8).write(to: URL(fileURLWithPath: bad))
        XCTAssertThrowsError(try SessionDocument(contentsOfFile: bad)) { error in
            XCTAssertEqual(error as? SessionFileError, .parse(path: bad, SessionParseError(line: 2, reason: .malformedMarker("#%%"))))
        }
        let binary = folder.appendingPathComponent("binary.soma").path
        try Data([0x23, 0x20, 0xC3, 0x28]).write(to: URL(fileURLWithPath: binary))
        XCTAssertThrowsError(try SessionDocument(contentsOfFile: binary)) { error in
            XCTAssertEqual(error as? SessionFileError, .invalidUTF8(path: binary, offset: 2))
        }
        XCTAssertThrowsError(try SessionDocument(contentsOfFile: folder.appendingPathComponent("missing").path))
    }
}

func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("soma-session-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
