/// Reads session text into a `SessionDocument`.
///
///     file    = header cell*
///     header  = line*                      (no marker or output line)
///     cell    = marker code output* error* trailer
///     marker  = "# %%" | "# %% " title
///     output  = "#>" | "#> " text
///     error   = "#!" | "#! " text         (the mark of a cell that failed)
///     trailer = blank*, or (blank | comment)* after an output or error
///     blank   = a line of spaces and tabs
///     comment = a line starting with "#" (not a marker, output or error)
///
/// A comment after a cell's outputs usually introduces the next cell; reading it
/// as code would put recorded outputs inside code, so it belongs to the trailer.
/// Error lines are recognised only at the end of a cell, where the workbench
/// writes them: a `#!` comment inside code (or a shebang in the header) stays code.
/// Line breaks are all LF or all CRLF: a file that mixes them is rejected at the
/// first line that differs, because writing it back would silently change it.
enum SessionParser {
    static let marker = "# %%"
    static let outputPrefix = "#>"
    static let errorPrefix = "#!"

    static func parse(_ text: String) throws(SessionParseError) -> SessionDocument {
        let (lines, lineEnding, endsWithNewline) = try split(text)
        var document = SessionDocument(lineEnding: lineEnding, endsWithNewline: endsWithNewline)
        var markers: [Int] = []
        for index in lines.indices where try isMarker(lines[index], line: index + 1) { markers.append(index) }
        let headerEnd = markers.first ?? lines.count
        if let stray = lines[..<headerEnd].firstIndex(where: isOutput) {
            throw SessionParseError(line: stray + 1, reason: .outputBeforeFirstCell)
        }
        document.header = joined(lines[..<headerEnd])
        for (k, start) in markers.enumerated() {
            let end = k + 1 < markers.count ? markers[k + 1] : lines.count
            document.cells.append(try cell(lines, marker: start, end: end))
        }
        return document
    }

    /// A cell from its marker line up to (not including) `end`: code, then the
    /// recorded outputs and errors, then the trailer.
    private static func cell(_ lines: [String], marker: Int, end: Int) throws(SessionParseError) -> SessionCell {
        var spacingStart = end
        while spacingStart > marker + 1, isBlank(lines[spacingStart - 1]) || isComment(lines[spacingStart - 1]) { spacingStart -= 1 }
        if spacingStart == marker + 1 || !isRecord(lines[spacingStart - 1]) {
            spacingStart = end
            while spacingStart > marker + 1, isBlank(lines[spacingStart - 1]) { spacingStart -= 1 }
        }
        var errorStart = spacingStart
        while errorStart > marker + 1, isError(lines[errorStart - 1]) { errorStart -= 1 }
        var outputStart = errorStart
        while outputStart > marker + 1, isOutput(lines[outputStart - 1]) { outputStart -= 1 }
        if let stray = lines[(marker + 1)..<outputStart].firstIndex(where: isOutput) {
            throw SessionParseError(line: stray + 1, reason: .outputInsideCode)
        }
        let title = lines[marker] == Self.marker ? nil : dropping(Self.marker + " ", from: lines[marker])
        return SessionCell(title: title, source: joined(lines[(marker + 1)..<outputStart]),
                           outputs: lines[outputStart..<errorStart].map { text(of: $0, after: outputPrefix) },
                           errors: lines[errorStart..<spacingStart].map { text(of: $0, after: errorPrefix) },
                           spacing: joined(lines[spacingStart..<end]))
    }

    /// The text of an output or error line: after `#> ` or `#! `, empty for a bare `#>` or `#!`.
    private static func text(of line: String, after prefix: String) -> String {
        line == prefix ? "" : dropping(prefix + " ", from: line)
    }

    /// `# %%` and `# %% title` open a cell; near misses such as `#%%` or `# %%title`
    /// are errors, since a cell silently merged into the previous one is worse.
    private static func isMarker(_ line: String, line number: Int) throws(SessionParseError) -> Bool {
        if line == marker || starts(line, with: marker + " ") { return true }
        if starts(line, with: marker) || starts(line, with: "#%%") {
            throw SessionParseError(line: number, reason: .malformedMarker(line))
        }
        return false
    }

    private static func isOutput(_ line: String) -> Bool {
        line == outputPrefix || starts(line, with: outputPrefix + " ")
    }

    private static func isError(_ line: String) -> Bool {
        line == errorPrefix || starts(line, with: errorPrefix + " ")
    }

    private static func isRecord(_ line: String) -> Bool {
        isOutput(line) || isError(line)
    }

    /// Markers end the cell before this test is made, so only code comments are left.
    private static func isComment(_ line: String) -> Bool {
        starts(line, with: "#") && !isRecord(line)
    }

    /// Prefixes compare bytes, not characters: "# %% " followed by a combining
    /// accent is one `Character` short of the prefix, yet still a marker.
    private static func starts(_ line: String, with prefix: String) -> Bool {
        line.utf8.starts(with: prefix.utf8)
    }

    private static func dropping(_ prefix: String, from line: String) -> String {
        String(decoding: line.utf8.dropFirst(prefix.utf8.count), as: UTF8.self)
    }

    private static func isBlank(_ line: String) -> Bool {
        line.utf8.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    private static func joined(_ lines: ArraySlice<String>) -> String {
        var out = ""
        for line in lines { out += line + "\n" }
        return out
    }

    /// The lines without their breaks. Works on UTF-8 bytes: Swift's `Character`
    /// treats "\r\n" as one character, which would hide a mix of line breaks.
    private static func split(_ text: String) throws(SessionParseError) -> (lines: [String], ending: LineEnding, endsWithNewline: Bool) {
        let bytes = Array(text.utf8)
        let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        let first = bytes.firstIndex(of: newline)
        let ending: LineEnding = first.map { $0 > 0 && bytes[$0 - 1] == carriageReturn } == true ? .crlf : .lf
        var lines: [String] = []
        var start = 0
        for index in bytes.indices where bytes[index] == newline {
            let hasCR = index > start && bytes[index - 1] == carriageReturn
            guard hasCR == (ending == .crlf) else {
                throw SessionParseError(line: lines.count + 1, reason: .mixedLineEndings(expected: ending))
            }
            lines.append(String(decoding: bytes[start..<(hasCR ? index - 1 : index)], as: UTF8.self))
            start = index + 1
        }
        let endsWithNewline = start == bytes.count
        if !endsWithNewline { lines.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return (lines, ending, endsWithNewline)
    }
}

/// Why session text could not be read, and on which line (1-based).
public struct SessionParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// The line's break differs from the file's first one.
        case mixedLineEndings(expected: LineEnding)
        /// A line that looks like a cell marker but is not `# %%` or `# %% title`.
        case malformedMarker(String)
        /// A `#>` line in the header, where no cell owns it.
        case outputBeforeFirstCell
        /// A `#>` line followed by code: recorded outputs must end their cell.
        case outputInsideCode
    }

    public var line: Int
    public var reason: Reason

    public init(line: Int, reason: Reason) {
        self.line = line
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .mixedLineEndings(let expected):
            return "line \(line): line break differs from the file's first one (\(expected == .crlf ? "CRLF" : "LF")); use one kind throughout"
        case .malformedMarker(let text):
            return "line \(line): '\(text)' looks like a cell marker; write '# %%' or '# %% title'"
        case .outputBeforeFirstCell:
            return "line \(line): recorded output (#>) before the first cell marker"
        case .outputInsideCode:
            return "line \(line): recorded output (#>) followed by code; outputs must come after all of a cell's code"
        }
    }
}
