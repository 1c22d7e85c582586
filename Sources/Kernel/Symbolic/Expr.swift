/// A resolved mathematical expression over named symbols (state variables,
/// parameters, inputs, `t`, `i`, `N`), with every constant in SI units.
///
/// Build nodes through the folding constructors in `Expr+Build.swift`, so that
/// trees stay small as they are differentiated and substituted.
public indirect enum Expr: Sendable, Hashable {
    case constant(Double)
    case symbol(String)
    case unary(UnaryOp, Expr)
    case binary(BinaryOp, Expr, Expr)
    case call(MathFunction, [Expr])

    public enum UnaryOp: String, Sendable, Hashable { case negate = "-", not = "!" }

    public enum BinaryOp: String, Sendable, Hashable {
        case add = "+", subtract = "-", multiply = "*", divide = "/", power = "^"
        case less = "<", greater = ">", lessEqual = "<=", greaterEqual = ">=", equal = "==", notEqual = "!="
        case and = "&&", or = "||"

        package var isComparison: Bool {
            switch self {
            case .less, .greater, .lessEqual, .greaterEqual, .equal, .notEqual: return true
            default: return false
            }
        }
    }

    public static let zero = Expr.constant(0)
    public static let one = Expr.constant(1)

    public var constantValue: Double? {
        if case .constant(let value) = self { return value }
        return nil
    }

    /// Every symbol the expression reads.
    public var symbols: Set<String> {
        switch self {
        case .constant: return []
        case .symbol(let name): return [name]
        case .unary(_, let a): return a.symbols
        case .binary(_, let a, let b): return a.symbols.union(b.symbols)
        case .call(_, let args): return args.reduce(into: Set()) { $0.formUnion($1.symbols) }
        }
    }

    /// Whether evaluating it draws random numbers.
    public var isRandom: Bool {
        switch self {
        case .constant, .symbol: return false
        case .unary(_, let a): return a.isRandom
        case .binary(_, let a, let b): return a.isRandom || b.isRandom
        case .call(let f, let args): return f.isRandom || args.contains { $0.isRandom }
        }
    }

    /// Replaces symbols by expressions, rebuilding through the folding constructors.
    public func substituting(_ replacements: [String: Expr]) -> Expr {
        switch self {
        case .constant: return self
        case .symbol(let name): return replacements[name] ?? self
        case .unary(let op, let a): return Expr.build(op, a.substituting(replacements))
        case .binary(let op, let a, let b):
            return Expr.build(op, a.substituting(replacements), b.substituting(replacements))
        case .call(let f, let args): return Expr.build(f, args.map { $0.substituting(replacements) })
        }
    }
}

/// The functions of the model language.
public enum MathFunction: String, Sendable, Hashable, CaseIterable {
    case exp, log, sqrt, sin, cos, tan, tanh, abs, min, max, clip, exprel, heaviside, sign, rand, randn
    case sinh, cosh, asinh, acosh, atanh, asin, acos, atan, atan2, log10, log2, log1p, expm1, pow
    case floor, ceil, round, fmod, erf, erfc
    /// 1 / (1 + e^(−x)).
    case sigmoid
    /// The derivative of exprel; made by differentiation, not written by users.
    case exprelDerivative = "dexprel"

    /// The functions a model may call by name.
    public static let callable: [MathFunction] = allCases.filter { $0 != .exprelDerivative }

    public var arity: Int {
        switch self {
        case .rand, .randn: return 0
        case .min, .max, .atan2, .pow, .fmod: return 2
        case .clip: return 3
        default: return 1
        }
    }

    public var isRandom: Bool { self == .rand || self == .randn }

    /// Whether the result carries the dimension of the first argument (else it is dimensionless).
    public var keepsDimension: Bool {
        switch self {
        case .abs, .min, .max, .clip, .fmod: return true
        default: return false
        }
    }
}
