/// Couplings (`couple` W·x, gap junctions) evaluated at every stage of an explicit method, so
/// that coupled populations keep their method's order: the step runs stage by stage over whole
/// populations — each stage's slopes of every neuron, then each coupling summed from the next
/// stage's states — and the last stage and the result per neuron as usual.
///
/// A population takes part when its update has more than one stage; one with a single-stage
/// method (Euler, exponential Euler) offers its state at the start of the step to every stage.
public struct StagedCoupling: Sendable, Hashable {
    /// The stages of the staged populations' method (all share the run's tableau), and where each lies in the step.
    public var stages: Int
    public var timeFractions: [Double]
    /// Each staged population and its integrated variables that couplings read, in name order.
    public var readVariables: [Int: [String]]

    init?(_ populations: [PopulationProgram], denseCouplings: [DenseCouplingPlan], projections: [ProjectionProgram]) {
        var read: [Int: Set<String>] = [:]
        // A delayed coupling reads the history, not the stage's state, but at each stage's time.
        for coupling in denseCouplings {
            read[coupling.source, default: []].formUnion(coupling.delay == nil ? [coupling.variable] : [])
        }
        for projection in projections {
            guard let coupling = projection.coupling else { continue }
            read[projection.source, default: []].formUnion(coupling.sourceVariables)
            read[projection.target, default: []].formUnion(coupling.targetVariables)
        }
        var staged: [Int: [String]] = [:], timeFractions: [Double] = [0]
        for (p, variables) in read {
            guard case .rungeKutta(let expanded, _) = populations[p].update, expanded.count > 1 else { continue }
            if expanded.count > timeFractions.count { timeFractions = expanded.map(\.timeFraction) }
            staged[p] = variables.intersection(populations[p].update.integratedVariables).sorted()
        }
        guard !staged.isEmpty else { return nil }
        stages = timeFractions.count
        self.timeFractions = timeFractions
        readVariables = staged
    }
}
