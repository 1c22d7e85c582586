/// One stage of an explicit method as symbolic terms: its slopes are the right-hand sides read
/// at time t + timeFraction·dt and at state x + dt·Σ increments (stage 0: x itself at t).
public struct RungeKuttaStage: Sendable, Hashable {
    public var index: Int
    public var timeFraction: Double
    public var increments: [WeightedSlope]

    public init(index: Int, timeFraction: Double, increments: [WeightedSlope]) {
        self.index = index
        self.timeFraction = timeFraction
        self.increments = increments
    }
}

extension ButcherTableau {
    /// The stages the tableau expands to; zero coefficients are left out, so no term multiplies by 0.
    public var expandedStages: [RungeKuttaStage] {
        (0..<stages).map { stage in
            RungeKuttaStage(index: stage, timeFraction: c[stage], increments: Self.terms(a[stage]))
        }
    }

    /// The step's result: x + dt·Σ these terms.
    public var resultTerms: [WeightedSlope] { Self.terms(b) }

    private static func terms(_ weights: [Double]) -> [WeightedSlope] {
        weights.enumerated().filter { $0.element != 0 }.map { WeightedSlope(stage: $0.offset, weight: $0.element) }
    }
}
