/// Rewrites k·u/(exp(u) − 1) and k·u/(1 − exp(u)) as ±k/exprel(u), so that
/// rate functions like the Hodgkin–Huxley alpha_m never evaluate 0/0 at
/// u = 0 (in float32 the singular point is hit in practice).
extension Expr {
    public func exprelSafe() -> Expr {
        switch self {
        case .constant, .symbol:
            return self
        case .unary(let op, let a):
            return .build(op, a.exprelSafe())
        case .call(let f, let args):
            return .build(f, args.map { $0.exprelSafe() })
        case .binary(.divide, let numerator, let denominator):
            let n = numerator.exprelSafe(), d = denominator.exprelSafe()
            guard let (u, sign) = d.expMinusOne(), let k = n.constantRatio(to: u) else { return n / d }
            return .constant(sign * k) / .build(.exprel, [u])
        case .binary(let op, let a, let b):
            return .build(op, a.exprelSafe(), b.exprelSafe())
        }
    }

    /// `exp(u) − 1` gives (u, +1); `1 − exp(u)` gives (u, −1).
    private func expMinusOne() -> (Expr, Double)? {
        switch self {
        case .binary(.subtract, .call(.exp, let args), .one): return (args[0], 1)
        case .binary(.subtract, .one, .call(.exp, let args)): return (args[0], -1)
        default: return nil
        }
    }

    /// The constant k with self = k·u, found by evaluating both at sample points
    /// (symbolic cancellation of k·u/u is not worth a general simplifier).
    private func constantRatio(to u: Expr) -> Double? {
        let names = symbols.union(u.symbols).sorted()
        guard !names.isEmpty, !isRandom, !u.isRandom else { return nil }
        var ratio: Double?
        for sample in 0..<4 {
            let values = Dictionary(uniqueKeysWithValues: names.enumerated().map { index, name in
                (name, Double((index * 7 + sample * 13) % 17) * 0.173 - 1.31 + Double(sample) * 0.37)
            })
            guard let top = try? evaluate({ values[$0] }), let bottom = try? u.evaluate({ values[$0] }),
                  bottom != 0, top.isFinite else { return nil }
            let r = top / bottom
            if let known = ratio, abs(known - r) > 1e-9 * max(abs(known), 1e-300) { return nil }
            ratio = ratio ?? r
        }
        return ratio
    }
}
