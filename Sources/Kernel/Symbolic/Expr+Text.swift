import Support

/// An expression written back in the model language's infix syntax, with the
/// fewest parentheses that keep its meaning. Constants are in SI units, as the
/// tree holds them: `soma check` and generated-code comments print these.
///
///     (Expr.symbol("El") - .symbol("V")) / .symbol("tau")   // "(El - V) / tau"
extension Expr {
    public var text: String { written(above: 0) }

    private var precedence: Int {
        switch self {
        case .constant(let value): return value < 0 ? Expr.negationPrecedence : Expr.atomPrecedence
        case .symbol, .call: return Expr.atomPrecedence
        case .unary: return Expr.negationPrecedence
        case .binary(let op, _, _): return Expr.precedence(of: op)
        }
    }

    private static let negationPrecedence = 6
    private static let atomPrecedence = 8

    private static func precedence(of op: BinaryOp) -> Int {
        switch op {
        case .or: return 1
        case .and: return 2
        case .less, .greater, .lessEqual, .greaterEqual, .equal, .notEqual: return 3
        case .add, .subtract: return 4
        case .multiply, .divide: return 5
        case .power: return 7
        }
    }

    /// The text, parenthesised when its operator binds less tightly than the context needs.
    private func written(above context: Int) -> String {
        let body: String
        switch self {
        case .constant(let value):
            body = NumberText.shortest(value)
        case .symbol(let name):
            body = name
        case .unary(let op, let a):
            body = op.rawValue + a.written(above: Expr.negationPrecedence)
        case .binary(let op, let a, let b):
            let p = Expr.precedence(of: op)
            // Left-associative operators need parentheses on a right operand of equal rank; ^ is the other way round.
            let left = a.written(above: op == .power ? p + 1 : p)
            let right = b.written(above: op == .power ? p : p + 1)
            body = "\(left) \(op.rawValue) \(right)"
        case .call(let f, let args):
            body = f.rawValue + "(" + args.map { $0.written(above: 0) }.joined(separator: ", ") + ")"
        }
        return precedence < context ? "(\(body))" : body
    }
}
