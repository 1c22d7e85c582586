/// Breaks text into screen lines no wider than the window: at a space where there
/// is one, with each continuation indented to the column it continues (the text
/// after an entry's name, or the line's own indentation), so columns stay readable.
enum TextWrap {
    /// The fewest characters a continuation keeps; a deeper column falls back to the left edge.
    private static let narrowest = 20

    static func lines(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { wrap(Array($0), width: width) }
    }

    private static func wrap(_ line: [Character], width: Int) -> [String] {
        guard line.count > width else { return [String(line)] }
        let indent = continuationIndent(line, width: width)
        var lines: [String] = []
        var rest = line[...]
        var prefix = ""
        while prefix.count + rest.count > width {
            let room = width - prefix.count
            let contentStart = rest.firstIndex { $0 != " " } ?? rest.startIndex
            let space = rest.prefix(room + 1).lastIndex(of: " ").flatMap { $0 > contentStart ? $0 : nil }
            let end = space ?? rest.startIndex + room
            lines.append(prefix + String(rest[..<end]).trimmingTrailingSpaces)
            rest = rest[end...].drop { $0 == " " }
            prefix = String(repeating: " ", count: indent)
        }
        if !rest.isEmpty { lines.append(prefix + String(rest)) }
        return lines
    }

    /// The column after the first gap of two or more spaces (`  :open FILE     open a …`), else the line's indentation.
    private static func continuationIndent(_ line: [Character], width: Int) -> Int {
        let leading = line.prefix { $0 == " " }.count
        var column = leading
        while column + 1 < line.count, !(line[column] == " " && line[column + 1] == " ") { column += 1 }
        while column < line.count, line[column] == " " { column += 1 }
        if column < line.count, column <= width - narrowest { return column }
        return leading <= width - narrowest ? leading : 0
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        String(reversed().drop { $0 == " " }.reversed())
    }
}
