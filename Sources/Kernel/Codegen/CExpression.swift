import Network
import Symbolic

/// Renders a symbolic expression as C, for one precision.
package struct CExpression {
    var precision: Precision
    /// The C spelling of each symbol (state, parameters, inputs, stage values, t).
    var name: (String) -> String
    /// C for the k-th random draw of the expression (uniform or normal).
    var random: (MathFunction, Int) -> String = { f, _ in "\(f.rawValue)()" }

    private var suffix: String { precision == .f32 ? "f" : "" }

    /// The seed a draw uses: the run's (`seed`, a parameter of every step function), or a sweep member's own.
    static func seed(_ seed: DrawSeed) -> String {
        if let own = seed.own { return "(u64)\(own ^ seed.mask)ULL" }
        return seed.mask == 0 ? "seed" : "(seed ^ (u64)\(seed.mask)ULL)"
    }

    /// Renders `e`, numbering random draws from `firstDraw` in left-to-right order.
    func render(_ e: Expr, firstDraw: inout Int) -> String {
        switch e {
        case .constant(let value):
            return literal(value)
        case .symbol(let symbol):
            return name(symbol)
        case .unary(.negate, let a):
            return "(-\(render(a, firstDraw: &firstDraw)))"
        case .unary(.not, let a):
            return "(real)(!(\(render(a, firstDraw: &firstDraw))))"
        case .binary(.power, let base, let exponent):
            return power(base, exponent, &firstDraw)
        case .binary(.divide, let a, .constant(let c)) where Self.hasReciprocal(c):
            // A product costs a fraction of a division (tcc does not make this change, cc may not
            // without fast-math); x·(1/c) is within an ulp of x/c.
            return "(\(render(a, firstDraw: &firstDraw)) * \(literal(1 / c)))"
        case .binary(let op, let a, let b):
            let x = render(a, firstDraw: &firstDraw), y = render(b, firstDraw: &firstDraw)
            if op.isComparison || op == .and || op == .or { return "(real)((\(x)) \(op.rawValue) (\(y)))" }
            return "(\(x) \(op.rawValue) \(y))"
        case .call(let f, let args):
            return call(f, args, &firstDraw)
        }
    }

    /// A condition as a C truth value: a top-level comparison stays a comparison instead of a real compared with 0.
    func renderCondition(_ e: Expr, firstDraw: inout Int) -> String {
        if case .binary(let op, let a, let b) = e, op.isComparison || op == .and || op == .or {
            let x = op.isComparison ? render(a, firstDraw: &firstDraw) : renderCondition(a, firstDraw: &firstDraw)
            let y = op.isComparison ? render(b, firstDraw: &firstDraw) : renderCondition(b, firstDraw: &firstDraw)
            return "(\(x) \(op.rawValue) \(y))"
        }
        return "(\(render(e, firstDraw: &firstDraw)) != 0)"
    }

    package func render(_ e: Expr) -> String {
        var draw = 0
        return render(e, firstDraw: &draw)
    }

    private static func hasReciprocal(_ c: Double) -> Bool {
        c.isFinite && c != 0 && (1 / c).isNormal
    }

    func literal(_ value: Double) -> String {
        if value.isNaN { return "(0.0/0.0)" }
        if value.isInfinite { return value > 0 ? "(1.0/0.0)" : "(-1.0/0.0)" }
        var text = "\(value)"
        if !text.contains(".") && !text.contains("e") { text += ".0" }
        if precision == .f32 { return "((real)\(text))" }
        return text
    }

    private func power(_ base: Expr, _ exponent: Expr, _ draw: inout Int) -> String {
        let b = render(base, firstDraw: &draw)
        if let n = exponent.constantValue, n == n.rounded(), abs(n) <= 8, n != 0 {
            let product = "(" + Array(repeating: b, count: Int(abs(n))).joined(separator: " * ") + ")"
            return n > 0 ? product : "((real)1 / \(product))"
        }
        if exponent.constantValue == 0.5 { return "sqrt\(suffix)(\(b))" }
        return "pow\(suffix)(\(b), \(render(exponent, firstDraw: &draw)))"
    }

    private func call(_ f: MathFunction, _ args: [Expr], _ draw: inout Int) -> String {
        if f.isRandom {
            defer { draw += 1 }
            return random(f, draw)
        }
        let rendered = args.map { render($0, firstDraw: &draw) }.joined(separator: ", ")
        switch f {
        case .abs: return "fabs\(suffix)(\(rendered))"
        case .min: return "fmin\(suffix)(\(rendered))"
        case .max: return "fmax\(suffix)(\(rendered))"
        // Soma's own, the same bits from tcc and cc, and vectorised by cc (CPrelude+Exponential).
        case .exp, .expm1: return "soma_\(f.rawValue)(\(rendered))"
        case .exprel: return "soma_exprel(\(rendered))"
        case .exprelDerivative: return "soma_dexprel(\(rendered))"
        case .heaviside, .sign, .clip: return "soma_\(f.rawValue)(\(rendered))"
        case .sigmoid: return "((real)1 / ((real)1 + soma_exp(-(\(rendered)))))"
        default: return "\(f.rawValue)\(suffix)(\(rendered))"
        }
    }

    package init(precision: Precision, name: @escaping (String) -> String,
                 random: @escaping (MathFunction, Int) -> String = { f, _ in "\(f.rawValue)()" }) {
        self.precision = precision
        self.name = name
        self.random = random
    }
}
