extension SessionDocument {
    /// Where a cell lies in the file, as 1-based line numbers, for messages that point into the file.
    public struct CellLines: Sendable, Equatable {
        /// The `# %%` line.
        public var marker: Int
        /// The first line of code (a cell's line 1).
        public var source: Int
        /// The first recorded output line (`#>`, else `#!`), or where it would go.
        public var outputs: Int
    }

    public var cellLines: [CellLines] {
        var line = 1 + Self.lineCount(header)
        return cells.map { cell in
            let lines = CellLines(marker: line, source: line + 1, outputs: line + 1 + Self.lineCount(cell.source))
            line = lines.outputs + cell.outputs.count + cell.errors.count + Self.lineCount(cell.spacing)
            return lines
        }
    }

    /// Lines in `text`, counting a last line without its break.
    private static func lineCount(_ text: String) -> Int {
        let breaks = text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        return breaks + (text.utf8.last.map { $0 == UInt8(ascii: "\n") ? 0 : 1 } ?? 0)
    }
}
