/// Exact symbolic differentiation (used for Jacobians, linearity tests and exponential Euler).
extension Expr {
    public func derivative(with variable: String) -> Expr {
        switch self {
        case .constant:
            return .zero
        case .symbol(let name):
            return name == variable ? .one : .zero
        case .unary(.negate, let a):
            return -a.derivative(with: variable)
        case .unary(.not, _):
            return .zero
        case .binary(let op, let a, let b):
            return Expr.binaryDerivative(op, a, b, variable)
        case .call(let f, let args):
            return Expr.callDerivative(f, args, variable)
        }
    }

    private static func binaryDerivative(_ op: BinaryOp, _ a: Expr, _ b: Expr, _ x: String) -> Expr {
        let da = a.derivative(with: x)
        let db = b.derivative(with: x)
        switch op {
        case .add: return da + db
        case .subtract: return da - db
        case .multiply: return da * b + a * db
        case .divide:
            if db == .zero { return da / b }
            return (da * b - a * db) / b.pow(.constant(2))
        case .power:
            if case .constant(let c) = b { return .constant(c) * a.pow(.constant(c - 1)) * da }
            return a.pow(b) * (db * .call(.log, [a]) + b * da / a)
        default:
            return .zero
        }
    }

    private static func callDerivative(_ f: MathFunction, _ args: [Expr], _ x: String) -> Expr {
        let a = args.first ?? .zero
        let da = a.derivative(with: x)
        switch f {
        case .exp: return build(.exp, [a]) * da
        case .log: return da / a
        case .sqrt: return da / (.constant(2) * build(.sqrt, [a]))
        case .sin: return build(.cos, [a]) * da
        case .cos: return -(build(.sin, [a]) * da)
        case .tan: return da / build(.cos, [a]).pow(.constant(2))
        case .tanh: return (.one - build(.tanh, [a]).pow(.constant(2))) * da
        case .abs: return build(.sign, [a]) * da
        case .exprel: return build(.exprelDerivative, [a]) * da
        case .min, .max:
            let b = args[1]
            let firstWins = build(f == .min ? .less : .greater, a, b)
            return firstWins * da + (.one - firstWins) * b.derivative(with: x)
        case .clip:
            let (lo, hi) = (args[1], args[2])
            let inside = build(.and, build(.greater, a, lo), build(.less, a, hi))
            return inside * da + build(.lessEqual, a, lo) * lo.derivative(with: x) + build(.greaterEqual, a, hi) * hi.derivative(with: x)
        case .sinh: return build(.cosh, [a]) * da
        case .cosh: return build(.sinh, [a]) * da
        case .asinh: return da / build(.sqrt, [a.pow(.constant(2)) + .one])
        case .acosh: return da / build(.sqrt, [a.pow(.constant(2)) - .one])
        case .atanh: return da / (.one - a.pow(.constant(2)))
        case .asin: return da / build(.sqrt, [.one - a.pow(.constant(2))])
        case .acos: return -(da / build(.sqrt, [.one - a.pow(.constant(2))]))
        case .atan: return da / (.one + a.pow(.constant(2)))
        case .atan2:
            let b = args[1]
            return (b * da - a * b.derivative(with: x)) / (a.pow(.constant(2)) + b.pow(.constant(2)))
        case .log10: return da / (a * .constant(2.302585092994046))   // ln 10
        case .log2: return da / (a * .constant(0.6931471805599453))   // ln 2
        case .log1p: return da / (.one + a)
        case .expm1: return build(.exp, [a]) * da
        case .pow: return (a.pow(args[1])).derivative(with: x)
        case .fmod:
            // fmod(a, b) = a − trunc(a/b)·b, and trunc(a/b) = (a − fmod(a, b))/b is constant between its jumps.
            let b = args[1]
            return da - (a - build(.fmod, [a, b])) / b * b.derivative(with: x)
        case .erf: return .constant(2 / Double.pi.squareRoot()) * build(.exp, [-(a.pow(.constant(2)))]) * da
        case .erfc: return -(.constant(2 / Double.pi.squareRoot()) * build(.exp, [-(a.pow(.constant(2)))]) * da)
        case .sigmoid:
            let s = build(.sigmoid, [a])
            return s * (.one - s) * da
        case .floor, .ceil, .round, .heaviside, .sign, .rand, .randn, .exprelDerivative:
            // Jacobians and linearity tests take one derivative, so dexprel is never differentiated.
            return .zero
        }
    }

    /// Whether the expression is affine in `variable`: its derivative no longer reads it.
    public func isLinear(in variable: String) -> Bool {
        !derivative(with: variable).symbols.contains(variable)
    }
}
