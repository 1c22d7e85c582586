import ArgumentParser
import Foundation
import Kernel
import Plot

/// `soma replay`: re-runs every cell of a session headless (DESIGN.md, "Command line").
///
/// Prints outputs like `soma run`; `--check` compares them with the recorded ones
/// and exits 1 when a cell changed; `--record` rewrites the file with fresh outputs.
/// A cell the file marks as failed (`#!` lines) is expected to fail: without
/// `--check` only a failure the file did not record sets the exit status.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay", _superCommandName: "soma",
        abstract: "Re-run every cell of a session headless.",
        discussion: "Exit status: 1 when a cell's outputs changed (with --check) or a cell not recorded as failing (#!) failed (without it), 2 when the file cannot be read."
    )

    @Argument(help: "A session file (a percent-format notebook).")
    var file: String

    @Option(name: .customLong("svg"), help: ArgumentHelp("Write each figure as DIR/cell<N>-<k>.svg.", valueName: "DIR"))
    var svgFolder: String?

    @Flag(help: "Compare each cell's outputs with the recorded ones; exit 1 if any changed.")
    var check = false

    @Flag(help: "Rewrite the file (atomically) with the fresh outputs.")
    var record = false

    @Flag(help: "Print one JSON object per result.")
    var json = false

    func run() throws {
        let document: SessionDocument
        do {
            document = try SessionDocument(contentsOfFile: file)
        } catch {
            FileHandle.standardError.write(Data("soma: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let replay = SessionReplay(document)
        let figures = FigureStyle.forStandardOutput()
        let renderer = DiagnosticRenderer(fileName: file, source: document.text)
        let lines = document.cellLines
        var failed = false
        let results = try replay.run { result in
            failed = failed || result.failedUnexpectedly
            for output in result.outputs {
                let placed = inFile(output, sourceLine: lines[result.cell - 1].source)
                print(json ? OutputFormat.json(placed, cell: result.cell) : figures.text(placed, renderer: renderer))
            }
            if let svgFolder {
                _ = try SessionReplay.writeFigures(of: result, to: URL(fileURLWithPath: svgFolder))
            }
        }
        let changes = results.compactMap(\.change)
        if check { report(changes, cells: results.count) }
        if record { try save(replay.recording(results)) }
        if check ? !changes.isEmpty : failed { throw ExitCode(1) }
    }

    /// Diagnostics count lines from the cell's first line; shift them to the file's
    /// lines, so that `file:line:col` and the caret point into the session file.
    private func inFile(_ output: Output, sourceLine: Int) -> Output {
        guard case .error(var diagnostic) = output else { return output }
        diagnostic.range.start.line += sourceLine - 1
        diagnostic.range.end.line += sourceLine - 1
        return .error(diagnostic)
    }

    private func report(_ changes: [CellChange], cells: Int) {
        for change in changes {
            if json {
                print(#"{"kind":"changed","cell":\#(change.cell),"line":\#(change.line),"change":"\#(change.kind.rawValue)","recorded":\#(quoted(change.recorded)),"now":\#(quoted(change.now))}"#)
            } else {
                print("\(file): \(change)")
            }
        }
        if !json {
            print(changes.isEmpty ? "replay --check: all \(cells) cells as recorded"
                                  : "replay --check: \(changes.count) of \(cells) cells changed")
        }
    }

    private func quoted(_ lines: [String]) -> String {
        let data = (try? JSONEncoder().encode(lines)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    private func save(_ document: SessionDocument) throws {
        do {
            try document.save(to: file)
        } catch {
            FileHandle.standardError.write(Data("soma: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
