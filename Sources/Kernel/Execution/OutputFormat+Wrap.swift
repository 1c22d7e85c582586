extension OutputFormat {
    /// Splits output text into lines no wider than `width`, breaking at spaces so
    /// that a number is never cut in two (`29.7` / `4` reads as two other numbers).
    /// A word longer than the whole width is cut, since nothing else fits.
    ///
    ///     OutputFormat.wrapped("t (ms): [13.87, 29.74]", width: 16)   // ["t (ms): [13.87,", "29.74]"]
    public static func wrapped(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = Substring(line)
            while rest.count > width {
                let fits = rest.prefix(width + 1)
                guard let space = fits.lastIndex(of: " "), space > rest.startIndex else {
                    lines.append(String(rest.prefix(width)))
                    rest = rest.dropFirst(width)
                    continue
                }
                lines.append(String(rest[..<space]))
                rest = rest[rest.index(after: space)...]
            }
            lines.append(String(rest))
        }
        return lines
    }
}
