import Integrators

/// A variable's new state after an explicit step: x + dt·Σ terms, or x when it has no equation.
public struct StepResult: Sendable, Hashable {
    public var variable: String
    public var terms: [WeightedSlope]?
}
