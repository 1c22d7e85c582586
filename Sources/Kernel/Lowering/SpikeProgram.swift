import Symbolic

/// A population's spikes: on each rising edge of the condition (or each step it holds, when it
/// draws random numbers) the reset runs, in neuron order, after every neuron has been updated.
public struct SpikeProgram: Sendable, Hashable {
    /// Over the updated state (time t + dt).
    public var condition: Expr
    public var reset: [SymbolicAssignment]
    /// Whether the condition or the reset reads a driven input, which the reset then recomputes.
    public var readsDrivenInputs: Bool

    /// A random condition is an event of its own each step, not an edge.
    public var isRandom: Bool { condition.isRandom }
}
