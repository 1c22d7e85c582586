/// An embedded Runge–Kutta pair as data: the tableau whose weights advance the state, and the
/// weights of the pair's other solution, whose difference from the advanced one estimates the
/// local error of each step (Hairer, Nørsett and Wanner, Solving ODEs I, II.4).
///
///     rkdp: 7 stages, advances with the 5th-order weights, error of the 4th-order ones
public struct EmbeddedTableau: Sendable, Hashable {
    /// Advances the state; `tableau.order` is the order of the solution kept.
    public var tableau: ButcherTableau
    /// Weights of the embedded solution.
    public var embedded: [Double]
    public var embeddedOrder: Int

    /// The local error estimate dt·Σ (b_j − b̂_j)·k_j as terms; zero differences are left out.
    public var errorTerms: [WeightedSlope] {
        zip(tableau.b, embedded).enumerated().compactMap { stage, weights in
            weights.0 == weights.1 ? nil : WeightedSlope(stage: stage, weight: weights.0 - weights.1)
        }
    }

    /// The estimate shrinks as h^(q+1) for q the lower of the two orders, so the step that
    /// would have met the tolerance is h·err^(−1/(q+1)).
    public var stepExponent: Double { 1 / Double(min(tableau.order, embeddedOrder) + 1) }

    /// Fehlberg's 1(2) pair (NASA TR R-315, 1969): advances with the first-order weights.
    public static let rkf12 = EmbeddedTableau(
        tableau: ButcherTableau(c: [0, 0.5, 1], a: [[], [0.5], [1.0 / 256, 255.0 / 256]], b: [1.0 / 256, 255.0 / 256, 0], order: 1),
        embedded: [1.0 / 512, 255.0 / 256, 1.0 / 512], embeddedOrder: 2)

    /// Heun's method with Euler embedded: advances with Heun's second-order weights.
    public static let heunEuler = EmbeddedTableau(
        tableau: ButcherTableau(c: [0, 1], a: [[], [1]], b: [0.5, 0.5], order: 2),
        embedded: [1, 0], embeddedOrder: 1)

    /// Bogacki and Shampine's 3(2) pair (1989), MATLAB's ode23: advances with the third-order weights.
    public static let bogackiShampine = EmbeddedTableau(
        tableau: ButcherTableau(c: [0, 0.5, 0.75, 1], a: [[], [0.5], [0, 0.75], [2.0 / 9, 1.0 / 3, 4.0 / 9]],
                                b: [2.0 / 9, 1.0 / 3, 4.0 / 9, 0], order: 3),
        embedded: [7.0 / 24, 0.25, 1.0 / 3, 0.125], embeddedOrder: 2)

    /// Fehlberg's 4(5) pair (1969): advances with the fourth-order weights, as Fehlberg did.
    public static let rkf45 = EmbeddedTableau(
        tableau: ButcherTableau(
            c: [0, 0.25, 3.0 / 8, 12.0 / 13, 1, 0.5],
            a: [[], [0.25], [3.0 / 32, 9.0 / 32], [1932.0 / 2197, -7200.0 / 2197, 7296.0 / 2197],
                [439.0 / 216, -8, 3680.0 / 513, -845.0 / 4104], [-8.0 / 27, 2, -3544.0 / 2565, 1859.0 / 4104, -11.0 / 40]],
            b: [25.0 / 216, 0, 1408.0 / 2565, 2197.0 / 4104, -0.2, 0], order: 4),
        embedded: [16.0 / 135, 0, 6656.0 / 12825, 28561.0 / 56430, -9.0 / 50, 2.0 / 55], embeddedOrder: 5)

    /// Cash and Karp's 5(4) pair (1990): advances with the fifth-order weights.
    public static let cashKarp = EmbeddedTableau(
        tableau: ButcherTableau(
            c: [0, 0.2, 0.3, 0.6, 1, 7.0 / 8],
            a: [[], [0.2], [3.0 / 40, 9.0 / 40], [0.3, -0.9, 1.2], [-11.0 / 54, 2.5, -70.0 / 27, 35.0 / 27],
                [1631.0 / 55296, 175.0 / 512, 575.0 / 13824, 44275.0 / 110592, 253.0 / 4096]],
            b: [37.0 / 378, 0, 250.0 / 621, 125.0 / 594, 0, 512.0 / 1771], order: 5),
        embedded: [2825.0 / 27648, 0, 18575.0 / 48384, 13525.0 / 55296, 277.0 / 14336, 0.25], embeddedOrder: 4)

    /// Dormand and Prince's 5(4) pair (1980), MATLAB's ode45 and scipy's RK45: advances with the
    /// fifth-order weights. Its last stage is the slope at the new state (first same as last), which
    /// is computed afresh each step rather than carried over, so a rejected step needs no bookkeeping.
    public static let dormandPrince = EmbeddedTableau(
        tableau: ButcherTableau(
            c: [0, 0.2, 0.3, 0.8, 8.0 / 9, 1, 1],
            a: [[], [0.2], [3.0 / 40, 9.0 / 40], [44.0 / 45, -56.0 / 15, 32.0 / 9],
                [19372.0 / 6561, -25360.0 / 2187, 64448.0 / 6561, -212.0 / 729],
                [9017.0 / 3168, -355.0 / 33, 46732.0 / 5247, 49.0 / 176, -5103.0 / 18656],
                [35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84]],
            b: [35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84, 0], order: 5),
        embedded: [5179.0 / 57600, 0, 7571.0 / 16695, 393.0 / 640, -92097.0 / 339200, 187.0 / 2100, 1.0 / 40], embeddedOrder: 4)
}
