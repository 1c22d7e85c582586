import Glibc
import Language
import Symbolic

/// Turns syntax into a symbolic expression in SI units, checking the
/// dimension of every operation on the way.
package struct ExpressionResolver {
    var scope: Scope

    package struct Typed {
        package var expr: Expr
        package var dimension: Dimension
        /// A bare unitless 0 takes any dimension in sums and comparisons (`V > 0` is not meant).
        package var isBareZero = false
    }

    /// A constant of a given dimension (parameter values, sizes, durations, ranges of analyses).
    package static func constant(_ e: Expression, dimension: Dimension, what: String, scope: Scope = Scope()) throws -> Double {
        let typed = try ExpressionResolver(scope: scope).lower(e)
        guard typed.dimension == dimension || typed.isBareZero else {
            throw Diagnostic(.unitMismatch(subject: what, expected: dimension, found: typed.dimension), at: e.range)
        }
        guard let value = typed.expr.constantValue else {
            throw Diagnostic(.notConstant(what: what), at: e.range)
        }
        return value
    }

    package func lower(_ e: Expression) throws -> Typed {
        switch e.kind {
        case .number(let value):
            return Typed(expr: .constant(value), dimension: .one, isBareZero: value == 0)
        case .quantity(let value, let unitName, let power):
            let unit = Units.lookup(unitName)!
            return Typed(expr: .constant(value * Glibc.pow(unit.scale, Double(power))), dimension: unit.dimension.power(power))
        case .string:
            throw Diagnostic(.stringIsNotANumber, at: e.range)
        case .name(let name):
            return try resolve(name, at: e.range)
        case .member(_, let field):
            throw Diagnostic(.notAllowedHere(what: "'.\(field)'"), at: e.range,
                             hint: "inside a model, refer to its names directly; Population.field is for statements")
        case .index:
            throw Diagnostic(.notAllowedHere(what: "indexing"), at: e.range)
        case .call(let name, let args):
            return try call(name, args, at: e.range)
        case .unary(.negate, let a):
            let t = try lower(a)
            return Typed(expr: -t.expr, dimension: t.dimension, isBareZero: t.isBareZero)
        case .unary(.not, let a):
            return Typed(expr: .build(.not, try lower(a).expr), dimension: .one)
        case .binary(let op, let a, let b):
            return try binary(op, try lower(a), try lower(b), e)
        }
    }

    private func resolve(_ name: String, at range: SourceRange) throws -> Typed {
        switch try scope.meaning(of: name, at: range) {
        case .symbol(let dimension)?:
            return Typed(expr: .symbol(name), dimension: dimension)
        case .expression(let expr, let dimension)?:
            return Typed(expr: expr, dimension: dimension)
        case .unavailable(let why)?:
            throw Diagnostic(why, at: range)
        case nil:
            if let unit = Units.lookup(name) {
                return Typed(expr: .constant(unit.scale), dimension: unit.dimension)
            }
            if name == "pi" { return Typed(expr: .constant(Double.pi), dimension: .one) }
            throw Diagnostic(.unknown(kind: "name", name: name), at: range, hint: suggestion(for: name))
        }
    }

    private func suggestion(for name: String) -> String? {
        let candidates = scope.knownNames + MathFunction.callable.map(\.rawValue)
        guard let best = candidates.min(by: { editDistance($0, name) < editDistance($1, name) }),
              editDistance(best, name) <= max(1, name.count / 3) else { return nil }
        return "did you mean '\(best)'?"
    }

    private func binary(_ op: BinaryOperator, _ a: Typed, _ b: Typed, _ e: Expression) throws -> Typed {
        let dimension = try op.resultDimension(a.dimension, b.dimension, bareZero: (a.isBareZero, b.isBareZero),
                                               exponent: b.expr.constantValue, at: e.range)
        switch op {
        case .add: return Typed(expr: .build(.add, a.expr, b.expr), dimension: dimension)
        case .subtract: return Typed(expr: .build(.subtract, a.expr, b.expr), dimension: dimension)
        case .multiply: return Typed(expr: a.expr * b.expr, dimension: dimension)
        case .divide: return Typed(expr: a.expr / b.expr, dimension: dimension)
        case .power: return Typed(expr: a.expr.pow(b.expr), dimension: dimension)
        case .less, .greater, .lessEqual, .greaterEqual, .equal, .notEqual:
            return Typed(expr: .build(Expr.BinaryOp(rawValue: op.rawValue)!, a.expr, b.expr), dimension: dimension)
        case .and: return Typed(expr: .build(.and, a.expr, b.expr), dimension: dimension)
        case .or: return Typed(expr: .build(.or, a.expr, b.expr), dimension: dimension)
        }
    }

    private func call(_ name: String, _ args: [Expression], at range: SourceRange) throws -> Typed {
        switch try scope.delayedRead?(name, args, range) {
        case .expression(let read, let dimension)?: return Typed(expr: read, dimension: dimension)
        case .unavailable(let why)?: throw Diagnostic(why, at: range)
        case .symbol?, nil: break
        }
        guard let f = MathFunction.callable.first(where: { $0.rawValue == name }) else {
            throw Diagnostic(.unknown(kind: "function", name: name), at: range,
                             hint: "functions are " + MathFunction.callable.map(\.rawValue).joined(separator: ", "))
        }
        guard args.count == f.arity else {
            throw Diagnostic(.wrongArgumentCount(function: name, expected: f.arity, found: args.count), at: range)
        }
        let typed = try args.map(lower)
        let dimension = try f.resultDimension(typed.map(\.dimension), bareZero: typed.map(\.isBareZero), at: range)
        return Typed(expr: .build(f, typed.map(\.expr)), dimension: dimension)
    }

    package init(scope: Scope) {
        self.scope = scope
    }
}

/// Edit distance counting a swap of neighbours as one edit (tua → tau), for "did you mean" hints.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    var beforePrevious: [Int] = []
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
        var row = [i + 1]
        for (j, y) in b.enumerated() {
            var best = min(previous[j + 1] + 1, row[j] + 1, previous[j] + (x == y ? 0 : 1))
            if i > 0, j > 0, x == b[j - 1], a[i - 1] == y { best = min(best, beforePrevious[j - 1] + 1) }
            row.append(best)
        }
        beforePrevious = previous
        previous = row
    }
    return previous[b.count]
}
