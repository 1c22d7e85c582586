import Execution
import Foundation
import Output
import Plot

/// Runs a session's cells in order in one interpreter, as a user would have, and
/// compares each cell's outputs with the ones recorded in the file.
///
/// A cell that fails does not stop the replay: later cells run (and likely fail
/// too), so that `--check` reports every changed cell at once. A cell recorded
/// with its error (`#!` lines) is expected to fail again with the same error.
public struct SessionReplay {
    /// One cell's fresh outputs and how they compare with the recorded ones.
    public struct CellResult: Sendable {
        /// 1-based, as in the JSON output's "cell".
        public var cell: Int
        public var outputs: [Output]
        /// The outputs as they would be recorded now.
        public var recorded: RecordedLines
        /// Set when the recorded outputs differ from these.
        public var change: CellChange?
        /// Failed now, though the file did not record it as failing: a failure nobody expected.
        public var failedUnexpectedly: Bool
    }

    public let document: SessionDocument
    let interpreter: Interpreter

    public init(_ document: SessionDocument, interpreter: Interpreter = Interpreter()) {
        self.document = document
        self.interpreter = interpreter
    }

    /// Runs every cell.
    public func run() -> [CellResult] {
        run { _ in }
    }

    /// Runs every cell, handing each result to `handle` as soon as it is ready.
    @discardableResult
    public func run(_ handle: (CellResult) throws -> Void) rethrows -> [CellResult] {
        var results: [CellResult] = []
        for (index, (cell, lines)) in zip(document.cells, document.cellLines).enumerated() {
            let outputs = interpreter.execute(cell.source)
            let recorded = OutputRecord.lines(for: outputs)
            let change = CellChange(cell: index + 1, title: cell.title, lines: lines, recorded: cell.recorded, now: recorded)
            let result = CellResult(cell: index + 1, outputs: outputs, recorded: recorded, change: change,
                                    failedUnexpectedly: recorded.failed && !cell.recorded.failed)
            try handle(result)
            results.append(result)
        }
        return results
    }

    /// The document with each cell's recorded outputs replaced by fresh ones.
    public func recording(_ results: [CellResult]) -> SessionDocument {
        var document = self.document
        for result in results { document.cells[result.cell - 1].recorded = result.recorded }
        return document
    }

    /// Writes a cell's figures as `cell<N>-<k>.svg` in `folder` (k counts from 1 within the cell).
    public static func writeFigures(of result: CellResult, to folder: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let figures = result.outputs.compactMap { output -> Figure? in
            if case .figure(let figure) = output { return figure }
            return nil
        }
        return try figures.enumerated().map { k, figure in
            let url = folder.appendingPathComponent("cell\(result.cell)-\(k + 1).svg")
            try Data(SVGRenderer().render(figure).utf8).write(to: url, options: .atomic)
            return url
        }
    }
}
