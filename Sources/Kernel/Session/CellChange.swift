/// A cell whose outputs differ from the recorded ones, and how: a cell recorded
/// as failing (`#!` lines) that now runs, or fails with another error, is told
/// apart from one whose printed values changed.
public struct CellChange: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        /// Same outcome, different lines.
        case outputs
        /// Recorded as failing; now every statement succeeds.
        case nowSucceeds = "now_succeeds"
        /// Recorded as succeeding; now a statement fails.
        case nowFails = "now_fails"
        /// Recorded as failing; now it fails with another error.
        case failsDifferently = "fails_differently"
    }

    public var cell: Int
    public var title: String?
    public var kind: Kind
    /// The file line of the first recorded line that differs (or where the outputs start).
    public var line: Int
    /// Outputs then errors, as the file holds them.
    public var recorded: [String]
    public var now: [String]

    /// Nil when `recorded` and `now` agree.
    init?(cell: Int, title: String?, lines: SessionDocument.CellLines, recorded: RecordedLines, now: RecordedLines) {
        guard recorded != now else { return nil }
        self.cell = cell
        self.title = title
        kind = switch (recorded.failed, now.failed) {
        case (true, false): .nowSucceeds
        case (false, true): .nowFails
        case (true, true) where recorded.errors != now.errors: .failsDifferently
        default: .outputs
        }
        self.recorded = recorded.all
        self.now = now.all
        let firstDifference = zip(self.recorded, self.now).prefix { $0 == $1 }.count
        line = lines.outputs + min(firstDifference, self.recorded.count)
    }

    /// Only the lines that differ: a session's cells print many lines, and one changed number should stand out.
    public var description: String {
        let prefix = zip(recorded, now).prefix { $0 == $1 }.count
        let suffix = zip(recorded.reversed(), now.reversed()).prefix { $0 == $1 }.count
        let kept = min(suffix, min(recorded.count, now.count) - prefix)
        let was = recorded[prefix..<(recorded.count - kept)], isNow = now[prefix..<(now.count - kept)]
        return "cell \(cell)\(title.map { " (\($0))" } ?? ""), line \(line): \(summary)"
            + "\n  recorded:" + Self.block(was) + "\n  now:     " + Self.block(isNow)
    }

    private var summary: String {
        switch kind {
        case .outputs: "outputs changed"
        case .nowSucceeds: "recorded as failing, now runs without an error"
        case .nowFails: "now fails"
        case .failsDifferently: "fails with another error than recorded"
        }
    }

    private static func block(_ lines: ArraySlice<String>) -> String {
        switch lines.count {
        case 0: return " (nothing)"
        case 1: return " " + lines[lines.startIndex]
        default: return lines.map { "\n    " + $0 }.joined()
        }
    }
}
