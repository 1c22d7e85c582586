import Symbolic

/// A Poisson input's rate as its step reads it: each constant that C renders as the literal alone becomes a number
/// the step reads from the parameter block (`ParameterKey.poissonRate`), so that models, or a sweep's members, whose
/// rates differ only in such constants share their C (and the cached library, and a batch). Not lifted: a divisor
/// (C multiplies by its reciprocal), an exponent or a base, a function's argument, anything inside those; a rate
/// that reads t keeps its form, with its liftable constants lifted alike. A parameter read where the literal stood
/// gives the same bits: the literal is the double's shortest spelling, `(real)` of it in f32 as of the parameter.
public struct PoissonRate: Sendable, Hashable {
    /// The rate with its k-th lifted constant as the symbol `PoissonRate.constant(k)`.
    public var expression: Expr
    /// The lifted constants' values, in the order of their symbols (left to right in the expression).
    public var constants: [Double]

    /// The symbol of the k-th lifted constant: a name no model can declare.
    public static func constant(_ k: Int) -> String { "#\(k)" }

    public init(_ rate: Expr) {
        var constants: [Double] = []
        func walk(_ e: Expr, liftable: Bool) -> Expr {
            switch e {
            case .constant(let value):
                guard liftable else { return e }
                constants.append(value)
                return .symbol(Self.constant(constants.count - 1))
            case .symbol, .call:
                return e
            case .unary(let op, let a):
                return .unary(op, walk(a, liftable: liftable && op == .negate))
            case .binary(let op, let a, let b):
                let plain = op != .divide && op != .power
                return .binary(op, walk(a, liftable: liftable && op != .power), walk(b, liftable: liftable && plain))
            }
        }
        expression = walk(rate, liftable: true)
        self.constants = constants
    }
}
