/// Folding constructors: each builds one node, folding constants and
/// dropping identities (x+0, x*1, x^1, --x) so derived trees stay small.
extension Expr {
    public static func + (a: Expr, b: Expr) -> Expr { build(.add, a, b) }
    public static func - (a: Expr, b: Expr) -> Expr { build(.subtract, a, b) }
    public static func * (a: Expr, b: Expr) -> Expr { build(.multiply, a, b) }
    public static func / (a: Expr, b: Expr) -> Expr { build(.divide, a, b) }
    public static prefix func - (a: Expr) -> Expr { build(.negate, a) }
    public func pow(_ exponent: Expr) -> Expr { Expr.build(.power, self, exponent) }

    public static func build(_ op: UnaryOp, _ a: Expr) -> Expr {
        switch (op, a) {
        case (.negate, .constant(let v)): return .constant(-v)
        case (.negate, .unary(.negate, let inner)): return inner
        case (.not, .constant(let v)): return .constant(v == 0 ? 1 : 0)
        default: return .unary(op, a)
        }
    }

    public static func build(_ op: BinaryOp, _ a: Expr, _ b: Expr) -> Expr {
        if case .constant(let x) = a, case .constant(let y) = b {
            return .constant(BinaryOp.apply(op, x, y))
        }
        switch op {
        case .add: return sum(a, b)
        case .subtract: return difference(a, b)
        case .multiply: return product(a, b)
        case .divide: return quotient(a, b)
        case .power: return power(a, b)
        default: return .binary(op, a, b)
        }
    }

    public static func build(_ f: MathFunction, _ args: [Expr]) -> Expr {
        let values = args.compactMap(\.constantValue)
        if !f.isRandom, values.count == args.count {
            return .constant(f.apply(values))
        }
        return .call(f, args)
    }

    private static func sum(_ a: Expr, _ b: Expr) -> Expr {
        if a == .zero { return b }
        if b == .zero { return a }
        if case .unary(.negate, let negated) = b { return difference(a, negated) }
        if case .constant(let v) = b, v < 0 { return difference(a, .constant(-v)) }
        return .binary(.add, a, b)
    }

    private static func difference(_ a: Expr, _ b: Expr) -> Expr {
        if b == .zero { return a }
        if a == .zero { return build(.negate, b) }
        if a == b { return .zero }
        if case .unary(.negate, let negated) = b { return sum(a, negated) }
        return .binary(.subtract, a, b)
    }

    private static func product(_ a: Expr, _ b: Expr) -> Expr {
        if a == .zero || b == .zero { return .zero }
        if a == .one { return b }
        if b == .one { return a }
        if a == .constant(-1) { return build(.negate, b) }
        if b == .constant(-1) { return build(.negate, a) }
        if case .constant = b, !(a.constantValue != nil) { return product(b, a) }
        if case .constant(let x) = a, case .binary(.multiply, .constant(let y), let rest) = b {
            return product(.constant(x * y), rest)
        }
        if case .unary(.negate, let x) = a { return build(.negate, product(x, b)) }
        if case .unary(.negate, let y) = b { return build(.negate, product(a, y)) }
        return .binary(.multiply, a, b)
    }

    private static func quotient(_ a: Expr, _ b: Expr) -> Expr {
        if a == .zero { return .zero }
        if b == .one { return a }
        if a == b { return .one }
        if case .constant(let y) = b, y != 0, case .binary(.multiply, .constant(let x), let rest) = a {
            return product(.constant(x / y), rest)
        }
        if case .unary(.negate, let x) = a { return build(.negate, quotient(x, b)) }
        return .binary(.divide, a, b)
    }

    private static func power(_ a: Expr, _ b: Expr) -> Expr {
        if b == .zero { return .one }
        if b == .one { return a }
        if a == .one { return .one }
        return .binary(.power, a, b)
    }
}

extension Expr.BinaryOp {
    package static func apply(_ op: Expr.BinaryOp, _ x: Double, _ y: Double) -> Double {
        switch op {
        case .add: return x + y
        case .subtract: return x - y
        case .multiply: return x * y
        case .divide: return x / y
        case .power: return Foundation.pow(x, y)
        case .less: return x < y ? 1 : 0
        case .greater: return x > y ? 1 : 0
        case .lessEqual: return x <= y ? 1 : 0
        case .greaterEqual: return x >= y ? 1 : 0
        case .equal: return x == y ? 1 : 0
        case .notEqual: return x != y ? 1 : 0
        case .and: return x != 0 && y != 0 ? 1 : 0
        case .or: return x != 0 || y != 0 ? 1 : 0
        }
    }
}

import Foundation

extension MathFunction {
    /// The value for given arguments (not for rand and randn, which need a random source).
    public func apply(_ x: [Double]) -> Double {
        apply(x.first ?? 0, x.count > 1 ? x[1] : 0, x.count > 2 ? x[2] : 0)
    }

    /// The value for up to three arguments, unused ones ignored: evaluation without building an array.
    func apply(_ a: Double, _ b: Double, _ c: Double) -> Double {
        switch self {
        // Soma's own exp and expm1: the bits of the generated code.
        case .exp: return Exponential.exp(a)
        case .log: return Foundation.log(a)
        case .sqrt: return a.squareRoot()
        case .sin: return Foundation.sin(a)
        case .cos: return Foundation.cos(a)
        case .tan: return Foundation.tan(a)
        case .tanh: return Foundation.tanh(a)
        case .abs: return Swift.abs(a)
        // min, max and clip as the generated C computes them, so that NaN arguments, signed zeros and
        // lo > hi give the same value in both: glibc's fmin and fmax ignore a NaN and of two equal
        // values (−0 and +0) return the second (Swift's fmin and fmax are not libm's); CPrelude's soma_clip.
        case .min: return a < b || b.isNaN ? a : b
        case .max: return a > b || b.isNaN ? a : b
        case .clip: return a < b ? b : (a > c ? c : a)
        // Above the clamp e^a − 1 is +∞ already and is returned, so exprel(+∞) = +∞ (∞/∞ would be NaN); CPrelude's soma_exprel.
        case .exprel: return Exponential.exprel(a)
        case .heaviside: return a > 0 ? 1 : (a < 0 ? 0 : 0.5)
        case .sign: return a > 0 ? 1 : (a < 0 ? -1 : 0)
        case .exprelDerivative: return MathFunction.exprelSlope(a)
        case .sinh: return Foundation.sinh(a)
        case .cosh: return Foundation.cosh(a)
        case .asinh: return Foundation.asinh(a)
        case .acosh: return Foundation.acosh(a)
        case .atanh: return Foundation.atanh(a)
        case .asin: return Foundation.asin(a)
        case .acos: return Foundation.acos(a)
        case .atan: return Foundation.atan(a)
        case .atan2: return Foundation.atan2(a, b)
        case .log10: return Foundation.log10(a)
        case .log2: return Foundation.log2(a)
        case .log1p: return Foundation.log1p(a)
        case .expm1: return Exponential.expm1(a)
        case .pow: return Foundation.pow(a, b)
        // C's floor, ceil, round (halves away from zero) and fmod, as libm computes them.
        case .floor: return Foundation.floor(a)
        case .ceil: return Foundation.ceil(a)
        case .round: return Foundation.round(a)
        case .fmod: return Foundation.fmod(a, b)
        case .erf: return Foundation.erf(a)
        case .erfc: return Foundation.erfc(a)
        // The order of operations the generated C uses, so both give the same bits.
        case .sigmoid: return 1 / (1 + Exponential.exp(-a))
        case .rand, .randn: preconditionFailure("random functions are evaluated with a random source")
        }
    }
}

extension MathFunction {
    /// d/dz (e^z − 1)/z = ((z − 1)e^z + 1)/z², by its series near 0 where that form cancels.
    static func exprelSlope(_ z: Double) -> Double {
        if Swift.abs(z) < 1e-4 { return 0.5 + z / 3 + z * z / 8 }
        return ((z - 1) * Exponential.exp(z) + 1) / (z * z)
    }
}
