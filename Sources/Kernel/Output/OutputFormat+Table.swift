import Support

/// Tables as aligned text (numbers right-aligned, words left-aligned) and as JSON.
extension OutputFormat {
    static func text(_ table: Table) -> String {
        let headers = table.columns.map { $0.unit.isEmpty ? $0.name : "\($0.name) (\($0.unit))" }
        let cells = table.rows.map { $0.map(text) }
        let widths = headers.indices.map { c in cells.reduce(headers[c].count) { max($0, $1[c].count) } }
        func line(_ values: [String], _ row: [Table.Entry]?) -> String {
            values.indices.map { c in
                let pad = String(repeating: " ", count: widths[c] - values[c].count)
                if case .text? = row?[c] { return values[c] + pad }
                return row == nil ? values[c] + pad : pad + values[c]
            }.joined(separator: "  ").trailingSpacesRemoved
        }
        let body = zip(cells, table.rows).map { line($0, $1) }
        let empty = table.rows.isEmpty ? ["  (none)"] : []
        return ([table.title, line(headers, nil)] + body + empty).joined(separator: "\n")
    }

    static func text(_ entry: Table.Entry) -> String {
        switch entry {
        case .number(let value): return NumberText.readable(value)
        case .text(let word): return word
        case .complex(let re, let im):
            if im == 0 { return NumberText.readable(re) }
            return NumberText.readable(re) + (im < 0 ? " - " : " + ") + NumberText.readable(abs(im)) + "i"
        }
    }

    static func jsonFields(_ table: Table) -> [(String, String)] {
        let columns = table.columns.map { "{\"name\":\(quote($0.name)),\"unit\":\(quote($0.unit))}" }
        let rows = table.rows.map { "[" + $0.map(json).joined(separator: ",") + "]" }
        return [("kind", quote("table")), ("title", quote(table.title)),
                ("columns", "[" + columns.joined(separator: ",") + "]"), ("rows", "[" + rows.joined(separator: ",") + "]")]
    }

    private static func json(_ entry: Table.Entry) -> String {
        switch entry {
        case .number(let value): return number(value)
        case .text(let word): return quote(word)
        case .complex(let re, let im): return "{\"re\":\(number(re)),\"im\":\(number(im))}"
        }
    }
}

private extension String {
    var trailingSpacesRemoved: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
