/// An expression as `record`, `plot` and `export` name a reduced recording: its tokens with one
/// space around binary operators and none inside brackets, so `mean(E.V-E.El)` and
/// `mean(E.V - E.El)` name the same recording.
enum ExpressionText {
    static func canonical(_ tokens: ArraySlice<Token>) -> String {
        var text = ""
        var previous: Token.Kind?
        var afterSign = false
        for token in tokens {
            if let previous, !afterSign, spaced(after: previous, before: token.kind) { text += " " }
            text += spelling(token.kind)
            afterSign = isSign(token.kind) && (previous.map(startsOperand) ?? true)
            previous = token.kind
        }
        return text
    }

    private static func isSign(_ kind: Token.Kind) -> Bool { kind == .symbol("-") || kind == .symbol("+") }

    /// Whether an operand starts after this token, so a sign there is unary.
    private static func startsOperand(_ kind: Token.Kind) -> Bool {
        if case .symbol(let symbol) = kind { return symbol != ")" && symbol != "]" }
        return isOperator(kind)
    }

    private static func spelling(_ kind: Token.Kind) -> String {
        switch kind {
        case .identifier(let name): return name
        case .number(let value): return Parser.format(value)
        case .string(let value): return "\"\(value)\""
        case .symbol(let symbol): return symbol
        case .newline, .end: return ""
        }
    }

    private static let tight: Set<String> = ["(", ")", "[", "]", ".", ",", ":"]

    /// A space between two tokens, except next to brackets, dots and colons, before commas,
    /// and after a sign that starts an operand (`-E.V`, `(-E.V)`).
    private static func spaced(after previous: Token.Kind, before next: Token.Kind) -> Bool {
        if case .symbol(let symbol) = next, tight.contains(symbol) { return symbol == "(" && isOperator(previous) }
        if case .symbol(let symbol) = previous, tight.contains(symbol) { return symbol == "," || symbol == ")" || symbol == "]" }
        return true
    }

    private static func isOperator(_ kind: Token.Kind) -> Bool {
        if case .symbol(let symbol) = kind { return !tight.contains(symbol) }
        if case .identifier(let word) = kind { return word == "and" || word == "or" || word == "not" }
        return false
    }
}

extension Expression {
    /// `P.V` or `P.V[0:5]` as a field reference; nil for anything else.
    package var fieldReference: FieldReference? {
        switch kind {
        case .member(let base, let field):
            guard case .name(let population) = base.kind else { return nil }
            return FieldReference(population: population, field: field, slice: nil, range: range)
        case .index(let base, let slice):
            guard var reference = base.fieldReference, reference.slice == nil else { return nil }
            reference.slice = slice
            reference.range = range
            return reference
        default:
            return nil
        }
    }

    /// The population of the first `P.field` read, left to right.
    var firstPopulation: String? { fieldReads.first?.population }

    /// Every `P.field` and `P.field[slice]` the expression reads, left to right.
    package var fieldReads: [FieldReference] {
        if let reference = fieldReference { return [reference] }
        switch kind {
        case .number, .quantity, .string, .name: return []
        case .member(let a, _), .unary(_, let a): return a.fieldReads
        case .index(let a, _): return a.fieldReads
        case .call(_, let args): return args.flatMap(\.fieldReads)
        case .binary(_, let a, let b): return a.fieldReads + b.fieldReads
        }
    }
}
