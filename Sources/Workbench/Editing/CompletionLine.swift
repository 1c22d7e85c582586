/// The candidates an ambiguous Tab shows, on one line: as many as fit, then how many did not,
/// so a long list is never cut off without saying so.
enum CompletionLine {
    static let separator = "  "

    static func text(_ candidates: [String], width: Int) -> String {
        var shown = ""
        for (index, candidate) in candidates.enumerated() {
            let extended = shown.isEmpty ? candidate : shown + separator + candidate
            let left = candidates.count - index - 1
            if (left > 0 ? more(left, after: extended) : extended).count > width {
                return more(candidates.count - index, after: shown)
            }
            shown = extended
        }
        return shown
    }

    private static func more(_ count: Int, after shown: String) -> String {
        (shown.isEmpty ? "" : shown + separator) + "… \(count) more"
    }
}
