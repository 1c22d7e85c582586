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
        let bytes = Array(text.utf8)
        var lines: [Line] = [], start = 0
        for k in 0...bytes.count where k == bytes.count || bytes[k] == UInt8(ascii: "\n") {
            lines.append(CTemplate.line(bytes[start..<k]))
            start = k + 1
        }
        self.lines = lines
    }

    private static let opening = UInt8(ascii: "{"), closing = UInt8(ascii: "}")

    private static func line(_ bytes: ArraySlice<UInt8>) -> Line {
        let indent = bytes.prefix { $0 == UInt8(ascii: " ") }.count
        let rest = bytes.dropFirst(indent)
        if rest.count >= 4, pair(of: opening, in: rest)?.lowerBound == rest.startIndex,
           pair(of: closing, in: rest)?.upperBound == rest.endIndex, pair(of: opening, in: rest.dropFirst(2)) == nil {
            return .block(name: String(decoding: rest.dropFirst(2).dropLast(2), as: UTF8.self), indent: indent)
        }
        return .pieces(pieces(of: bytes))
    }

    /// Where the first `{{` (or `}}`) in `bytes` is.
    private static func pair(of brace: UInt8, in bytes: ArraySlice<UInt8>) -> Range<Int>? {
        var k = bytes.startIndex
        while k + 1 < bytes.endIndex {
            if bytes[k] == brace, bytes[k + 1] == brace { return k..<(k + 2) }
            k += 1
        }
        return nil
    }

    /// Literal text and `{{name}}` holes.
    private static func pieces(of line: ArraySlice<UInt8>) -> [Piece] {
        var pieces: [Piece] = [], rest = line
        while let open = pair(of: opening, in: rest), let close = pair(of: closing, in: line[open.upperBound...]) {
            if open.lowerBound > rest.startIndex { pieces.append(.literal(String(decoding: rest[..<open.lowerBound], as: UTF8.self))) }
            pieces.append(.hole(String(decoding: line[open.upperBound..<close.lowerBound], as: UTF8.self)))
            rest = line[close.upperBound...]
        }
        if !rest.isEmpty || pieces.isEmpty { pieces.append(.literal(String(decoding: rest, as: UTF8.self))) }
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
