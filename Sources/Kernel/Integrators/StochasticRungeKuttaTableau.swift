/// Rößler's stochastic Runge–Kutta method for Itô equations with one Wiener process (SRI,
/// Rößler 2010, SIAM J. Numer. Anal. 48:922): strong order 1.5. Stage i has a drift point
/// H0_i and a diffusion point H1_i,
///
///     H0_i = x + Σ_j A0_ij f(H0_j) h + Σ_j B0_ij g(H1_j) I10/h
///     H1_i = x + Σ_j A1_ij f(H0_j) h + Σ_j B1_ij g(H1_j) √h
///     x'   = x + Σ α_i f(H0_i) h + Σ (β1_i I1 + β2_i I11/√h + β3_i I10/h + β4_i I111/h) g(H1_i)
///
/// with f read at t + c0_i h and g at t + c1_i h.
public struct StochasticRungeKuttaTableau: Sendable, Hashable {
    public var c0: [Double], c1: [Double]
    public var a0: [[Double]], b0: [[Double]], a1: [[Double]], b1: [[Double]]
    public var alpha: [Double]
    public var beta1: [Double], beta2: [Double], beta3: [Double], beta4: [Double]

    public var stages: Int { alpha.count }

    /// The deterministic method inside it (c0, A0, α): what it integrates without noise.
    public var driftTableau: ButcherTableau {
        let used = (alpha.lastIndex { $0 != 0 } ?? 0) + 1
        return ButcherTableau(c: Array(c0.prefix(used)), a: a0.prefix(used).map { Array($0.prefix(used)) },
                              b: Array(alpha.prefix(used)), order: used == 2 ? 2 : 3)
    }

    /// SRI1W1 (weak order 2, strong order 1.5).
    public static let sri1w1 = StochasticRungeKuttaTableau(
        c0: [0, 0.75, 0, 0], c1: [0, 0.25, 1, 0.25],
        a0: [[], [0.75], [0, 0], [0, 0, 0]], b0: [[], [1.5], [0, 0], [0, 0, 0]],
        a1: [[], [0.25], [1, 0], [0, 0, 0.25]], b1: [[], [0.5], [-1, 0], [-5, 3, 0.5]],
        alpha: [1.0 / 3, 2.0 / 3, 0, 0],
        beta1: [-1, 4.0 / 3, 2.0 / 3, 0], beta2: [-1, 4.0 / 3, -1.0 / 3, 0],
        beta3: [2, -4.0 / 3, -2.0 / 3, 0], beta4: [-2, 5.0 / 3, -2.0 / 3, 1])

    /// SRI2W1 (weak order 3 for the drift, strong order 1.5). β2_1 is +1: the
    /// condition Σ β2_i = 0 fixes its sign.
    public static let sri2w1 = StochasticRungeKuttaTableau(
        c0: [0, 1, 0.5, 0], c1: [0, 0.25, 1, 0.25],
        a0: [[], [1], [0.25, 0.25], [0, 0, 0]], b0: [[], [0], [1, 0.5], [0, 0, 0]],
        a1: [[], [0.25], [1, 0], [0, 0, 0.25]], b1: [[], [-0.5], [1, 0], [2, -1, 0.5]],
        alpha: [1.0 / 6, 1.0 / 6, 2.0 / 3, 0],
        beta1: [-1, 4.0 / 3, 2.0 / 3, 0], beta2: [1, -4.0 / 3, 1.0 / 3, 0],
        beta3: [2, -4.0 / 3, -2.0 / 3, 0], beta4: [-2, 5.0 / 3, -2.0 / 3, 1])
}
