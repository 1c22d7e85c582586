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
