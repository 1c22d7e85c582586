/// White noise in equations: `xi` and `xi_<suffix>` each stand for the derivative of one Wiener
/// process (the same name in two equations of a model is the same process, as in Brian2).
/// An equation is drift + Σ_k g_k·xi_k; the methods never evaluate xi, they read its factors.
extension Expr {
    public static func isNoise(_ name: String) -> Bool {
        name == "xi" || (name.hasPrefix("xi_") && name.count > 3)
    }

    /// The noises it reads, sorted by name.
    public var noises: [String] { symbols.filter(Expr.isNoise).sorted() }

    /// The expression with every noise at zero.
    public var drift: Expr {
        substituting(Dictionary(uniqueKeysWithValues: noises.map { ($0, Expr.zero) }))
    }

    /// The factor g of one noise in drift + g·xi.
    public func diffusion(_ noise: String) -> Expr { derivative(with: noise) }

    /// The first random function it calls (`rand`, `randn`), depth first.
    public var randomFunction: MathFunction? {
        switch self {
        case .constant, .symbol: return nil
        case .unary(_, let a): return a.randomFunction
        case .binary(_, let a, let b): return a.randomFunction ?? b.randomFunction
        case .call(let f, let args): return f.isRandom ? f : args.lazy.compactMap(\.randomFunction).first
        }
    }
}
