/// Evaluates expressions numerically (initial values, print statements, tests).
public protocol RandomSource {
    mutating func uniform() -> Double
    mutating func normal() -> Double
}

public struct UnboundSymbol: Error, Sendable, Hashable {
    public var name: String

    package init(name: String) {
        self.name = name
    }
}

extension Expr {
    public func evaluate<R: RandomSource>(_ lookup: (String) -> Double?, random: inout R) throws -> Double {
        switch self {
        case .constant(let value):
            return value
        case .symbol(let name):
            guard let value = lookup(name) else { throw UnboundSymbol(name: name) }
            return value
        case .unary(.negate, let a):
            return -(try a.evaluate(lookup, random: &random))
        case .unary(.not, let a):
            return try a.evaluate(lookup, random: &random) == 0 ? 1 : 0
        case .binary(let op, let a, let b):
            let x = try a.evaluate(lookup, random: &random)
            let y = try b.evaluate(lookup, random: &random)
            return BinaryOp.apply(op, x, y)
        case .call(.rand, _):
            return random.uniform()
        case .call(.randn, _):
            return random.normal()
        case .call(let f, let args):
            // Up to three arguments (clip's), evaluated without building an array: a drive is evaluated every sample.
            let a = args.count > 0 ? try args[0].evaluate(lookup, random: &random) : 0
            let b = args.count > 1 ? try args[1].evaluate(lookup, random: &random) : 0
            let c = args.count > 2 ? try args[2].evaluate(lookup, random: &random) : 0
            return f.apply(a, b, c)
        }
    }

    /// Evaluates an expression that draws no random numbers.
    public func evaluate(_ lookup: (String) -> Double?) throws -> Double {
        var none = NoRandomness()
        return try evaluate(lookup, random: &none)
    }
}

private struct NoRandomness: RandomSource {
    func uniform() -> Double { .nan }
    func normal() -> Double { .nan }
}
