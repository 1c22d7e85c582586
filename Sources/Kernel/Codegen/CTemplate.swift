/// A piece of C with named holes, the shape of one task's code (Brian2's templates): the
/// structure is read as text, and the back end only computes what goes into the holes.
///
/// `{{name}}` alone on a line takes a block of lines, indented to the hole (an empty block
/// leaves no line); anywhere else it takes a piece of text. The text is split into lines and
/// holes once, when the template is made (templates are `static let`), not at each fill.
///
///     CTemplate("for (i64 j = 0; j < {{n}}; ++j) {\n    {{body}}\n}")
struct CTemplate {
    enum Hole {
        case text(String)
        /// Lines with the model text each came from.
        case lines(CodeWriter)
    }

    private enum Piece {
        case literal(String)
        case hole(String)
    }

    private enum Line {
        /// A hole alone on its line, which a block of lines may fill.
        case block(name: String, indent: Int)
        case pieces([Piece])
    }

    private let lines: [Line]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let indent = line.prefix { $0 == " " }
            let rest = line.dropFirst(indent.count)
            if rest.hasPrefix("{{"), rest.hasSuffix("}}"), !rest.dropFirst(2).dropLast(2).contains("{{") {
                return .block(name: String(rest.dropFirst(2).dropLast(2)), indent: indent.count)
            }
            return .pieces(CTemplate.pieces(of: line))
        }
    }

    /// Literal text and `{{name}}` holes, scanned byte by byte (Foundation's substring search costs more than codegen).
    private static func pieces(of line: Substring) -> [Piece] {
        let bytes = Array(line.utf8), brace = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        var pieces: [Piece] = [], literalStart = 0, k = 0
        while k + 1 < bytes.count {
            guard bytes[k] == brace, bytes[k + 1] == brace,
                  let end = (k + 2..<max(k + 2, bytes.count - 1)).first(where: { bytes[$0] == close && bytes[$0 + 1] == close }) else {
                k += 1
                continue
            }
            if k > literalStart { pieces.append(.literal(String(decoding: bytes[literalStart..<k], as: UTF8.self))) }
            pieces.append(.hole(String(decoding: bytes[(k + 2)..<end], as: UTF8.self)))
            k = end + 2
            literalStart = k
        }
        if literalStart < bytes.count || pieces.isEmpty { pieces.append(.literal(String(decoding: bytes[literalStart...], as: UTF8.self))) }
        return pieces
    }

    /// Writes the template with its holes filled; every hole it names must be given.
    func fill(_ holes: [String: Hole], into w: inout CodeWriter) {
        for line in lines {
            switch line {
            case .block(let name, let indent):
                switch holes[name] {
                case .lines(let block)?: w.append(block, indent: indent)
                case .text(let value)?: w.line(String(repeating: " ", count: indent) + value)
                case nil: preconditionFailure("template hole \(name) not filled")
                }
            case .pieces(let pieces):
                var text = ""
                for piece in pieces {
                    switch piece {
                    case .literal(let literal): text += literal
                    case .hole(let name):
                        guard case .text(let value)? = holes[name] else { preconditionFailure("template hole \(name) not filled with text") }
                        text += value
                    }
                }
                w.line(text)
            }
        }
    }
}
