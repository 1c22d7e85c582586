/// A stochastic method's update for one population, as a straight-line program: its Wiener
/// increments (drawn first, in noise order, so every back end draws the same numbers), the
/// drift and diffusion at each point the method visits, then each variable's new state.
///
/// Names of `locals` start with `@`; in them, a variable names the state at the start of the
/// step, `t` the step's start, and a driven input its value there.
public struct StochasticUpdate: Sendable, Hashable {
    public var drives: [StageDrive]
    public var locals: [SymbolicAssignment]
    /// One per model variable, in declaration order: its new state.
    public var results: [SymbolicAssignment]
}
