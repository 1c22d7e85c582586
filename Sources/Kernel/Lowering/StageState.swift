import Integrators

/// A variable's state in one stage: x + dt·Σ terms.
public struct StageState: Sendable, Hashable {
    public var variable: String
    public var terms: [WeightedSlope]
}
