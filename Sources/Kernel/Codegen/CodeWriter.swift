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

    var text: String { lines.joined(separator: "\n") + "\n" }
}
