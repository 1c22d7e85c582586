/// One term `weight · k_stage` of an explicit method's sums: a stage's slope scaled by the
/// method's coefficient. Stage states and the step's result are x + dt·Σ terms.
public struct WeightedSlope: Sendable, Hashable {
    public var stage: Int
    public var weight: Double

    public init(stage: Int, weight: Double) {
        self.stage = stage
        self.weight = weight
    }
}
