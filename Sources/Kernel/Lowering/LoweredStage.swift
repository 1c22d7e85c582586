/// One stage of an explicit method for one population: the stage's state, its driven inputs,
/// the values its right-hand sides share, and its slopes k = f(stage state, stage time).
///
/// In `shared` and `slopes`, a variable with an equation names the stage state, `t` the stage
/// time and a driven input the stage's value of it.
public struct LoweredStage: Sendable, Hashable {
    public var index: Int
    /// The stage's time is t + timeFraction·dt.
    public var timeFraction: Double
    /// Each variable with an equation at x + dt·Σ terms; empty in the first stage, which reads x.
    public var states: [StageState]
    public var drives: [StageDrive]
    public var shared: [SymbolicAssignment]
    /// One per equation: the variable and its slope.
    public var slopes: [SymbolicAssignment]
}

/// A variable's state in one stage: x + dt·Σ terms.
public struct StageState: Sendable, Hashable {
    public var variable: String
    public var terms: [WeightedSlope]
}

/// A driven input's value in one stage; nil when the drive does not read t and keeps the first stage's value.
public struct StageDrive: Sendable, Hashable {
    public var input: String
    public var value: Expr?
}

/// A variable's new state after an explicit step: x + dt·Σ terms, or x when it has no equation.
public struct StepResult: Sendable, Hashable {
    public var variable: String
    public var terms: [WeightedSlope]?
}
