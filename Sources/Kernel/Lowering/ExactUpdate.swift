import Integrators
import Symbolic

/// x ← Φ·x + Ψ·b, the exact solution over dt of dx/dt = A·x + b with b held over the step:
/// Φ = e^{A·dt} and Ψ = ∫₀^dt e^{A·s} ds are the same for every neuron and step, computed once
/// per run from `system.coefficients` (Runtime's Propagator), and read from the parameter block.
/// Each neuron computes its b (`system.constants`: inputs, variables without an equation) at the
/// start of the step.
public struct ExactUpdate: Sendable, Hashable {
    public var variables: [String]
    /// One per variable, in order: b at the start of the step.
    public var constants: [SymbolicAssignment]
    /// The driven inputs b reads, at the start of the step.
    public var drives: [StageDrive]
}
