import Network

/// What one step of a network does, as data every back end reads: the C templates today, a CUDA
/// kernel and the adjoint for training later. It holds symbolic expressions over model names and
/// the structure around them (stages, event blocks, delivery), never target-language text.
///
/// Expressions are exprel-safe (`Expr.exprelSafe`) where the step evaluates them per neuron or
/// per synapse; names starting with `@` are values shared within one stage (CommonSubexpressions).
public struct StepProgram: Sendable {
    public var populations: [PopulationProgram]
    public var projections: [ProjectionProgram]
    public var poissonInputs: [PoissonInputProgram]
    /// `couple` statements: each neuron's accumulator set to Σ_j W[i, j]·x_j before the updates
    /// and, where `stagedCoupling` says, at each later stage.
    public var denseCouplings: [DenseCouplingPlan]
    public var stagedCoupling: StagedCoupling?
    /// State recorded at the start of each step.
    public var recorders: [NetworkPlan.RecorderPlan]
    public var precision: Precision

    /// Whether some projection files its spikes in per-synapse queues.
    public var hasSpikeQueues: Bool { projections.contains { $0.delivery == .perSynapseDelay } }
}

/// Lowers a plan to the step program the back ends render.
public func lower(_ plan: NetworkPlan) -> StepProgram {
    let populations = plan.populations.map(PopulationLowering.init(plan:)).map(\.program)
    let projections = plan.projections.map {
        ProjectionLowering(plan: $0, source: plan.populations[$0.source], target: plan.populations[$0.target]).program
    }
    return StepProgram(
        populations: populations, projections: projections,
        poissonInputs: plan.poissonInputs.map { PoissonInputProgram(plan: $0, target: plan.populations[$0.target].model) },
        denseCouplings: plan.denseCouplings,
        stagedCoupling: StagedCoupling(populations, denseCouplings: plan.denseCouplings, projections: projections),
        recorders: plan.recorders,
        precision: plan.precision)
}
