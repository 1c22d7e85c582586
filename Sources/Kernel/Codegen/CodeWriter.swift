import Language

/// Accumulates C lines, remembering which model text each came from so that a
/// compiler message about generated line n can point at the model. Indentation is
/// kept as a count and written out once, in `text`: templates nest blocks several
/// levels deep, and re-prefixing every line at every level cost more than the rest of codegen.
struct CodeWriter {
    private var lines: [(indent: Int, text: String)] = []
    private(set) var origins: [Int: SourceRange] = [:]
    private var indent = 0
    var origin: SourceRange?

    mutating func line(_ text: String) {
        if let origin { origins[lines.count + 1] = origin }
        lines.append((indent * 4, text))
    }

    /// `opener {`, the body one level in, `}`: for C written line by line outside the templates.
    /// An empty opener makes a bare block, whose declarations end with it.
    mutating func block(_ opener: String, _ body: (inout CodeWriter) -> Void) {
        line(opener.isEmpty ? "{" : opener + " {")
        indent += 1
        body(&self)
        indent -= 1
        line("}")
    }

    mutating func raw(_ text: String) {
        for piece in text.split(separator: "\n", omittingEmptySubsequences: false) { line(String(piece)) }
    }

    /// Another writer's lines, each indented by `extra` spaces more; a line without an origin of its own takes this writer's.
    mutating func append(_ other: CodeWriter, indent extra: Int) {
        let shift = indent * 4 + extra
        for (k, entry) in other.lines.enumerated() {
            if let origin = other.origins[k + 1] ?? origin { origins[lines.count + 1] = origin }
            lines.append((entry.indent + shift, entry.text))
        }
    }

    /// These lines, then `other`'s.
    func appending(_ other: CodeWriter) -> CodeWriter {
        var w = self
        w.append(other, indent: 0)
        return w
    }

    /// The same lines and origins, each line's text transformed.
    func mapped(_ transform: (String) -> String) -> CodeWriter {
        var w = self
        w.lines = lines.map { ($0.indent, transform($0.text)) }
        return w
    }

    /// Lines without origins of their own, for a template's hole.
    static func lines(_ texts: [String]) -> CodeWriter {
        var w = CodeWriter()
        for text in texts { w.line(text) }
        return w
    }

    var text: String {
        var out = ""
        out.reserveCapacity(lines.reduce(0) { $0 + $1.indent + $1.text.utf8.count + 1 })
        for entry in lines {
            out += CodeWriter.spaces(entry.indent)
            out += entry.text
            out += "\n"
        }
        return out
    }

    private static let indents = (0...32).map { String(repeating: " ", count: $0) }

    private static func spaces(_ count: Int) -> String {
        count < indents.count ? indents[count] : String(repeating: " ", count: count)
    }
}
