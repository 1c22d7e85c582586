import XCTest
import Kernel

/// Issue 11, bug 3: a session opened and saved with no edits is written back byte
/// for byte (titles, comments between cells, blank lines, recorded outputs and
/// the error lines of a failed cell), and an edited cell keeps its title.
final class SaveUnchangedTests: XCTestCase {
    static let handWritten = """
    # A hand-written session: a header comment,

    # blank lines, and comments between cells.

    # %% The model, with a title
    system D {
      var x = 1
      dx/dt = -x
    }
    population P = D(1)

    # %% run it
    run 1 dt = 0.01
    print P.x
    #> ran 1 in 100 steps of 0.01
    #> P.x = [0.3678794412]

    # The next cell plots what was recorded.
    # It has two comment lines, then a blank line.

    # %%
    print 1 + 1
    print rate(Q)
    #> 1 + 1 = 2
    #! error at cell line 2, column 12: unknown population 'Q'
    #!   hint: create one first: population Q = Model(N)
    \t

    """

    /// What the workbench does: each cell's code and recorded outputs, saved through `updating`.
    private func openedAndSaved(_ text: String) throws -> String {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("s.soma").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let opened = try SessionDocument(contentsOfFile: path)
        let notebook = opened.cells.map { SessionCell(source: $0.source, recorded: $0.recorded) }
        try opened.updating(notebook).save(to: path)
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    func testEverySessionFileSavesBackByteForByte() throws {
        let files = try ReplayTests.sessionFiles()
        XCTAssertGreaterThanOrEqual(files.count, 3)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            XCTAssertEqual(Array(try openedAndSaved(text).utf8), Array(text.utf8), file.lastPathComponent)
        }
    }

    func testHandWrittenSessionSavesBackByteForByte() throws {
        let document = try SessionDocument(parsing: Self.handWritten)
        XCTAssertEqual(document.cells.map(\.title), ["The model, with a title", "run it", nil])
        XCTAssertEqual(document.cells[1].outputs, ["ran 1 in 100 steps of 0.01", "P.x = [0.3678794412]"])
        XCTAssertEqual(document.cells[1].spacing, "\n# The next cell plots what was recorded.\n# It has two comment lines, then a blank line.\n\n")
        XCTAssertEqual(try openedAndSaved(Self.handWritten), Self.handWritten)
        let crlf = Self.handWritten.replacingOccurrences(of: "\n", with: "\r\n")
        XCTAssertEqual(Array(try openedAndSaved(crlf).utf8), Array(crlf.utf8))
    }

    func testAnEditedCellKeepsItsTitleAndItsNeighboursTheirLines() throws {
        let opened = try SessionDocument(parsing: Self.handWritten)
        var cells = opened.cells.map { SessionCell(source: $0.source, recorded: $0.recorded) }
        cells[1] = SessionCell(source: "run 2 dt = 0.01\n", outputs: ["ran 2 in 200 steps of 0.01"])
        cells.append(SessionCell(source: "print 3", outputs: ["3 = 3"]))
        let expected = Self.handWritten
            .replacingOccurrences(of: "run 1 dt = 0.01\nprint P.x\n#> ran 1 in 100 steps of 0.01\n#> P.x = [0.3678794412]\n",
                                  with: "run 2 dt = 0.01\n#> ran 2 in 200 steps of 0.01\n")
            + "# %%\nprint 3\n#> 3 = 3\n\n"
        XCTAssertEqual(opened.updating(cells).text, expected)
    }

    /// A comment after a cell's code with no outputs stays code; after outputs it introduces the next cell.
    func testCommentsAfterOutputsAreNotCode() throws {
        let withoutOutputs = try SessionDocument(parsing: "# %%\nprint 1\n# about cell 2\n\n# %%\nprint 2\n")
        XCTAssertEqual(withoutOutputs.cells[0].source, "print 1\n# about cell 2\n")
        XCTAssertEqual(withoutOutputs.cells[0].spacing, "\n")
        let withOutputs = try SessionDocument(parsing: "# %%\nprint 1\n#> 1 = 1\n# about cell 2\n\n# %%\nprint 2\n")
        XCTAssertEqual(withOutputs.cells[0].source, "print 1\n")
        XCTAssertEqual(withOutputs.cells[0].outputs, ["1 = 1"])
        XCTAssertEqual(withOutputs.cells[0].spacing, "# about cell 2\n\n")
    }
}
