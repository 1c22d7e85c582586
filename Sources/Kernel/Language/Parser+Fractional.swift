/// The fractional derivative, a model item:
///
///     fractional → "d" "^" order IDENT "/" "dt" "^" order "=" expr
///     order      → NUMBER | IDENT | "(" NUMBER "/" NUMBER ")"
///
/// The order is not a full expression: after `d^0.5` the variable's name would read as a unit.
extension Parser {
    mutating func fractionalIfPresent(_ word: String) throws -> ModelItem? {
        guard word == "d", case .symbol("^") = peekNext.kind else { return nil }
        let start = advance().range
        advance()
        let order = try fractionalOrder()
        guard case .identifier(let variable) = peek.kind else {
            throw Diagnostic(.syntax(expected: "a state variable after d^\(order.text)", found: peek.description), at: peek.range,
                             hint: "a fractional equation reads d^alpha x/dt^alpha = ...")
        }
        advance()
        try expect("/", "after d^\(order.text) \(variable)")
        guard matchWord("dt") else {
            throw Diagnostic(.syntax(expected: "dt after d^\(order.text) \(variable)/", found: peek.description), at: peek.range)
        }
        try expect("^", "after d^\(order.text) \(variable)/dt")
        let again = try fractionalOrder()
        guard again.kind == order.kind else {
            throw Diagnostic(.fractionalOrdersDiffer(variable: variable, top: order.text, bottom: again.text), at: again.range)
        }
        try expect("=", "after d^\(order.text) \(variable)/dt^\(order.text)")
        let value = try expression()
        return .fractional(FractionalDerivative(binding: Binding(name: variable, value: value, range: start.union(value.range)), order: order))
    }

    private mutating func fractionalOrder() throws -> Expression {
        let token = advance()
        switch token.kind {
        case .number(let value): return Expression(.number(value), token.range)
        case .identifier(let name): return Expression(.name(name), token.range)
        case .symbol("("):
            let top = advance()
            try expect("/", "in the order (p/q)")
            let bottom = advance()
            let close = try expect(")", "to close the order")
            guard case .number(let p) = top.kind, case .number(let q) = bottom.kind, q != 0 else {
                throw Diagnostic(.syntax(expected: "an order (p/q) of two numbers", found: top.description), at: top.range.union(close.range))
            }
            return Expression(.number(p / q), token.range.union(close.range))
        default:
            throw Diagnostic(.syntax(expected: "the order of the derivative (a number or a parameter)", found: token.description), at: token.range,
                             hint: "a fractional equation reads d^alpha x/dt^alpha = ... or d^0.5 x/dt^0.5 = ...")
        }
    }
}

private extension Expression {
    /// The order as written back in messages.
    var text: String {
        switch kind {
        case .number(let value): return Parser.format(value)
        case .name(let name): return name
        default: return "alpha"
        }
    }
}
