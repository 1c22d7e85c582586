import Language

/// Accumulates C lines, remembering which model text each came from so that a
/// compiler message about generated line n can point at the model.
struct CodeWriter {
    private(set) var lines: [String] = []
    private(set) var origins: [Int: SourceRange] = [:]
    private var indent = 0
    var origin: SourceRange?

    mutating func line(_ text: String) {
        if let origin { origins[lines.count + 1] = origin }
        lines.append(String(repeating: "    ", count: indent) + text)
    }

    /// `opener {`, the body one level in, `}`: for C written line by line outside the templates.
    mutating func block(_ opener: String, _ body: (inout CodeWriter) -> Void) {
        line(opener + " {")
        indent += 1
        body(&self)
        indent -= 1
        line("}")
    }

    mutating func raw(_ text: String) {
        for piece in text.split(separator: "\n", omittingEmptySubsequences: false) { line(String(piece)) }
    }

    /// Another writer's lines, each indented by `extra`; a line without an origin of its own takes this writer's.
    mutating func append(_ other: CodeWriter, indent extra: String) {
        let prefix = String(repeating: "    ", count: indent) + extra
        for (k, text) in other.lines.enumerated() {
            if let origin = other.origins[k + 1] ?? origin { origins[lines.count + 1] = origin }
            lines.append(prefix + text)
        }
    }

    /// Lines without origins of their own, for a template's hole.
    static func lines(_ texts: [String]) -> CodeWriter {
        var w = CodeWriter()
        for text in texts { w.line(text) }
        return w
    }

    var text: String { lines.joined(separator: "\n") + "\n" }
}
