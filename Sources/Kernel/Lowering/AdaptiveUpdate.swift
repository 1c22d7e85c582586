import Integrators

/// One sub-step of an embedded pair, as the explicit methods lower it (stages of size h instead
/// of dt, the kept solution in `results`), with each variable's local error estimate
/// h·Σ (b_j − b̂_j)·k_j in `errors`. Codegen repeats the sub-step until the neuron reaches t + dt,
/// choosing h from the error (see NeuronUpdateCode+Adaptive).
public struct AdaptiveUpdate: Sendable, Hashable {
    public var stages: [LoweredStage]
    public var results: [StepResult]
    /// One per variable with an equation, in the order of the stages' slopes.
    public var errors: [StepResult]
    /// The next step is h·0.9·err^(−stepExponent), within the factor bounds.
    public var stepExponent: Double
}
