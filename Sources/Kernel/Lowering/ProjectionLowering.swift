import Model
import Network

/// Lowers one projection's plan: its event blocks with the target's names they read, the exact
/// advance of its per-synapse variables, its delivery and its coupling.
struct ProjectionLowering {
    let plan: ProjectionPlan
    let source: NetworkPlan.PopulationPlan
    let target: NetworkPlan.PopulationPlan

    var program: ProjectionProgram {
        ProjectionProgram(
            source: plan.source, target: plan.target,
            onPre: plan.onPre.isEmpty ? nil : block(plan.onPre), onPost: plan.onPost.isEmpty ? nil : block(plan.onPost),
            perSynapseVariables: plan.perSynapseVariables,
            advance: plan.perSynapseEquations.map {
                ExactAdvance(variable: $0.variable, rate: $0.rhs.exprelSafe(), slope: $0.rhs.derivative(with: $0.variable).exprelSafe())
            },
            weightPerSynapse: plan.weightPerSynapse, delivery: plan.delayPerSynapse ? .perSynapseDelay : .constantDelay,
            coupling: plan.coupling.map(coupling), targetVariables: target.model.variables.map(\.name), range: plan.range)
    }

    private func block(_ resets: [NeuronModel.Reset]) -> EventBlock {
        let read = symbols(resets)
        return EventBlock(assignments: resets.map { SymbolicAssignment($0.variable, $0.value.exprelSafe()) },
                          targetVariables: target.model.variables.map(\.name).filter(read.contains),
                          targetParameters: target.model.parameters.map(\.name).filter(read.contains))
    }

    /// The names a block writes and reads, with those the per-synapse advance reads.
    private func symbols(_ block: [NeuronModel.Reset]) -> Set<String> {
        var names = Set(block.map(\.variable))
        for reset in block { names.formUnion(reset.value.symbols) }
        for (_, rhs) in plan.perSynapseEquations { names.formUnion(rhs.symbols) }
        return names
    }

    private func coupling(_ coupling: Coupling) -> CouplingProgram {
        let read = coupling.forward.symbols.union(coupling.reverse.symbols)
        let advanceReads = block([])
        return CouplingProgram(
            forward: coupling.forward.exprelSafe(), reverse: coupling.reverse.exprelSafe(),
            targetAccumulator: coupling.targetAccumulator, sourceAccumulator: coupling.sourceAccumulator,
            advanceReads: advanceReads,
            sourceVariables: source.model.variables.map(\.name).filter { read.contains("\($0)_pre") },
            targetVariables: target.model.variables.map(\.name).filter { read.contains("\($0)_post") },
            targetParameters: target.model.parameters.map(\.name).filter {
                read.contains($0) && !symbols([]).contains($0)
            })
    }
}
