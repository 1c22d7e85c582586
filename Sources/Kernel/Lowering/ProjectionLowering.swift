import Model
import Network
import Symbolic

/// Lowers one projection's plan: its event blocks with the target's names they read, the exact
/// advance of its per-synapse and per-source variables, its delivery and its coupling.
struct ProjectionLowering {
    let plan: ProjectionPlan
    let source: NetworkPlan.PopulationPlan
    let target: NetworkPlan.PopulationPlan

    var program: ProjectionProgram {
        ProjectionProgram(
            source: plan.source, target: plan.target,
            onPre: plan.onPre.isEmpty && plan.onPreOnce.isEmpty ? nil : block(plan.onPre, once: plan.onPreOnce),
            onPost: plan.onPost.isEmpty ? nil : block(plan.onPost),
            perSynapseVariables: plan.perSynapseVariables, advance: plan.perSynapseEquations.map(exact),
            perSourceVariables: plan.perSourceVariables, perSourceAdvance: plan.perSourceEquations.map(exact),
            weightPerSynapse: plan.weightPerSynapse, delivery: plan.delayPerSynapse ? .perSynapseDelay : .constantDelay,
            coupling: plan.coupling.map(coupling), targetVariables: target.model.variables.map(\.name),
            targetIndexWidth: plan.targetIndexWidth, range: plan.range)
    }

    private func exact(_ equation: (variable: String, rhs: Expr)) -> ExactAdvance {
        ExactAdvance(variable: equation.variable, rate: equation.rhs.exprelSafe(), slope: equation.rhs.derivative(with: equation.variable).exprelSafe())
    }

    private func block(_ resets: [NeuronModel.Reset], once: [NeuronModel.Reset] = []) -> EventBlock {
        let read = symbols(resets + once)
        func assignments(_ resets: [NeuronModel.Reset]) -> [SymbolicAssignment] { resets.map { SymbolicAssignment($0.variable, $0.value.exprelSafe()) } }
        return EventBlock(assignments: assignments(resets), oncePerSpike: assignments(once),
                          targetVariables: target.model.variables.map(\.name).filter(read.contains),
                          targetParameters: target.model.parameters.map(\.name).filter(read.contains))
    }

    /// The names a block writes and reads, with those the per-synapse and per-source advances read.
    private func symbols(_ block: [NeuronModel.Reset]) -> Set<String> {
        var names = Set(block.map(\.variable))
        for reset in block { names.formUnion(reset.value.symbols) }
        for (_, rhs) in plan.perSynapseEquations + plan.perSourceEquations { names.formUnion(rhs.symbols) }
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
