import Foundation

/// A session file: a percent-format notebook (DESIGN.md, "Sessions").
///
/// A line `# %%` (or `# %% title`) opens a cell; text before the first marker is
/// the header. Each cell's recorded outputs follow its code as `#> ` lines, and the
/// error of a cell that failed as `#! ` lines after them, so a session stays plain,
/// diffable text that `soma replay --check` can compare:
///
///     # LIF f–I curve
///
///     # %% one second
///     run 1 s dt = 0.1 ms
///     print rate(P)
///     plot P.V[0:3]
///     #> ran 1000 ms in 10000 steps of 0.1 ms
///     #> rate(P) = 37.2 Hz
///     #> figure line: 1 panel, 3 series, data 392e37c1b2bb
///
/// `SessionDocument(parsing: text).text == text` for every file this type writes.
public struct SessionDocument: Sendable, Equatable {
    /// Everything before the first cell marker, as complete lines.
    public var header: String
    public var cells: [SessionCell]
    /// The line break written between lines; read from the first line break of a parsed file.
    public var lineEnding: LineEnding
    /// False when the parsed file's last line had no line break (printing keeps it that way).
    public var endsWithNewline: Bool

    public init(header: String = "", cells: [SessionCell] = [], lineEnding: LineEnding = .lf, endsWithNewline: Bool = true) {
        self.header = header
        self.cells = cells
        self.lineEnding = lineEnding
        self.endsWithNewline = endsWithNewline
    }

    /// Parses session text; the error says on which line the text is not a session.
    public init(parsing text: String) throws(SessionParseError) {
        self = try SessionParser.parse(text)
    }

    /// Whether `text` is a session rather than a plain model file: a line starts
    /// with `# %%` or `#%%` (malformed markers included, so that parsing reports them).
    public static func isSession(_ text: String) -> Bool {
        text.utf8.split(separator: UInt8(ascii: "\n")).contains { $0.starts(with: "# %%".utf8) || $0.starts(with: "#%%".utf8) }
    }

    /// The file text.
    public var text: String {
        var out = ""
        append(header, to: &out)
        for cell in cells {
            // A title or output built in code may hold line breaks: they would read back as code.
            let title = cell.title.map { $0.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ") }
            out += SessionParser.marker + (title.map { " " + $0 } ?? "") + "\n"
            append(cell.source, to: &out)
            for (prefix, lines) in [(SessionParser.outputPrefix, cell.outputs), (SessionParser.errorPrefix, cell.errors)] {
                for line in lines.flatMap({ $0.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) }) {
                    out += line.isEmpty ? prefix + "\n" : prefix + " " + line + "\n"
                }
            }
            append(cell.spacing, to: &out)
        }
        if !endsWithNewline, out.utf8.last == UInt8(ascii: "\n") { out.removeLast() }
        return lineEnding == .crlf ? out.replacingOccurrences(of: "\n", with: "\r\n") : out
    }

    /// Appends lines, completing a last line that lacks its line break (a cell built in code may).
    private func append(_ lines: String, to out: inout String) {
        out += lines
        if let last = lines.utf8.last, last != UInt8(ascii: "\n") { out += "\n" }
    }
}

/// The line break of a session file. Files keep theirs: one saved on Windows stays CRLF.
public enum LineEnding: String, Sendable, Equatable {
    case lf = "\n"
    case crlf = "\r\n"
}
