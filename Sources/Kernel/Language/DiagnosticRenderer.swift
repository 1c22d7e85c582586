/// Turns diagnostics into the text people read: `file:line:col: error: message`,
/// the offending source line, and a caret under the column.
public struct DiagnosticRenderer: Sendable {
    public var fileName: String
    public var source: String

    public init(fileName: String, source: String) {
        self.fileName = fileName
        self.source = source
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var out = "\(fileName):\(diagnostic.line):\(diagnostic.column): error: \(diagnostic.message)"
        if let excerpt = excerpt(for: diagnostic.range) {
            out += "\n" + excerpt
        }
        if let hint = diagnostic.hint {
            out += "\n  hint: " + hint
        }
        for note in diagnostic.notes {
            out += "\n  " + note
        }
        return out
    }

    private func excerpt(for range: SourceRange) -> String? {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let index = range.start.line - 1
        guard index >= 0, index < lines.count else { return nil }
        let text = String(lines[index])
        let caretColumn = max(1, min(range.start.column, text.count + 1))
        let width = range.end.line == range.start.line
            ? max(1, min(range.end.column - range.start.column, text.count + 1 - caretColumn + 1))
            : 1
        let caret = String(repeating: " ", count: caretColumn - 1) + "^" + String(repeating: "~", count: width - 1)
        return "  " + text + "\n  " + caret
    }
}
