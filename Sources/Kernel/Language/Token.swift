/// The smallest pieces of model text.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case identifier(String)
        case number(Double)
        case string(String)
        case symbol(String)      // operators and punctuation: + - * / ^ ( ) { } [ ] , . : = += -> ...
        case newline
        case end
    }

    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// How the token reads in an error message.
    public var description: String {
        switch kind {
        case .identifier(let name): return "'\(name)'"
        case .number(let value): return "number \(Parser.format(value))"
        case .string(let text): return "string \"\(text)\""
        case .symbol(let text): return "'\(text)'"
        case .newline: return "end of line"
        case .end: return "end of input"
        }
    }
}
