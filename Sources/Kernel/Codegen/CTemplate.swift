/// A piece of C with named holes, the shape of one task's code (Brian2's templates): the
/// structure is read as text, and the back end only computes what goes into the holes.
///
/// `{{name}}` alone on a line takes a block of lines, indented to the hole (an empty block
/// leaves no line); anywhere else it takes a piece of text.
///
///     CTemplate("for (i64 j = 0; j < {{n}}; ++j) {\n    {{body}}\n}")
struct CTemplate {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    enum Hole {
        case text(String)
        /// Lines with the model text each came from.
        case lines(CodeWriter)
    }

    /// Writes the template with its holes filled; every hole it names must be given.
    func fill(_ holes: [String: Hole], into w: inout CodeWriter) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = line.prefix { $0 == " " }
            let rest = line.dropFirst(indent.count)
            if rest.hasPrefix("{{"), rest.hasSuffix("}}"), case .lines(let block)? = holes[String(rest.dropFirst(2).dropLast(2))] {
                w.append(block, indent: String(indent))
            } else {
                w.line(filled(String(line), holes))
            }
        }
    }

    private func filled(_ line: String, _ holes: [String: Hole]) -> String {
        var result = "", rest = Substring(line)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            let name = String(rest[open.upperBound..<close.lowerBound])
            guard case .text(let value)? = holes[name] else { preconditionFailure("template hole \(name) not filled with text") }
            result += rest[..<open.lowerBound] + value
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
