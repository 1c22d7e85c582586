import Network
import Symbolic

/// The step program written out for people: one section per population, projection, input,
/// coupling and recorder, each update as its straight-line assignments (`NeuronUpdate.assignments`).
///
///     population 0 P (exp_euler)
///       once per step
///         @h0 = dt * exprel(-1 / tau * dt)
///         @h1 = 1 / tau
///       per neuron
///         f_v = (El - v) * @h1
///         n_v = v + f_v * @h0
///
/// A Poisson rate's lifted constants are parameters of the step, not part of the program (`PoissonRate`), so the
/// text is of the program and the network it was lowered from, whose rates give their values.
extension StepProgram {
    public func text(of network: Network) -> String {
        var lines: [String] = []
        for (k, population) in populations.enumerated() { lines += Self.text(population, k) }
        for (k, projection) in projections.enumerated() { lines += Self.text(projection, k) }
        for (k, input) in poissonInputs.enumerated() {
            let constants = PoissonRate(network.poissonInputs[k].rate).constants.enumerated().map { (PoissonRate.constant($0), Expr.constant($1)) }
            let rate = input.rate.substituting(Dictionary(uniqueKeysWithValues: constants))
            lines.append("poisson \(k) -> population \(input.target): rate \(rate.text)")
            lines += input.increments.map { "  \($0.name) += k * (\($0.value.text))" }
        }
        for (k, coupling) in denseCouplings.enumerated() {
            let read = coupling.source == coupling.population ? coupling.variable : "population \(coupling.source) \(coupling.variable)"
            lines.append("dense \(k): population \(coupling.population) \(coupling.accumulator) = W\(coupling.index) · \(read)")
        }
        lines += recorders.map { recorder in
            "record population \(recorder.population) " + (recorder.reduction.map { "\($0.rawValue)(\(recorder.value.text))" } ?? recorder.variable)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func text(_ population: PopulationProgram, _ k: Int) -> [String] {
        var lines = ["population \(k) \(population.name) (\(population.method.name))"]
        lines.append("  variables " + list(population.variables))
        if !population.parameters.isEmpty { lines.append("  parameters " + list(population.parameters)) }
        if !population.constantInputs.isEmpty { lines.append("  constant inputs " + list(population.constantInputs)) }
        lines += population.drivenInputs.map { "  drive \($0.name) = \($0.value.text)" }
        if population.isScheduled { return lines + ["  spikes from a schedule"] + spikeUse(population) }
        if !population.invariants.isEmpty {
            lines.append("  once per step")
            lines += population.invariants.map { "    \($0.name) = \($0.value.text)" }
        }
        lines.append("  per neuron")
        lines += population.update.assignments.map { "    \($0.name) = \($0.value.text)" }
        switch population.refractoriness {
        case .forSteps?: lines.append("  refractory for steps after each spike, holding " + list(population.frozenWhileRefractory))
        case .whileTrue(let condition)?: lines.append("  refractory while \(condition.text)")
        case nil: break
        }
        if let spike = population.spike {
            lines.append("  spike \(spike.isRandom ? "each step" : "on the rising edge") of \(spike.condition.text)")
            lines += spike.reset.map { "    \($0.name) = \($0.value.text)" }
        }
        return lines + spikeUse(population)
    }

    private static func spikeUse(_ population: PopulationProgram) -> [String] {
        let uses = [population.listsSpikes ? "listed for projections" : nil, population.recordsSpikes ? "recorded" : nil].compactMap { $0 }
        return uses.isEmpty ? [] : ["  spikes " + uses.joined(separator: ", ")]
    }

    private static func text(_ projection: ProjectionProgram, _ k: Int) -> [String] {
        let delivery = projection.delivery == .constantDelay ? "one delay (ring)" : "delay per synapse (queues)"
        var lines = ["projection \(k): population \(projection.source) -> population \(projection.target), \(delivery), "
            + (projection.weightPerSynapse ? "weight per synapse" : "one weight")]
        if !projection.perSynapseVariables.isEmpty { lines.append("  per synapse " + list(projection.perSynapseVariables)) }
        if !projection.perSourceVariables.isEmpty { lines.append("  per source " + list(projection.perSourceVariables)) }
        lines += (projection.advance + projection.perSourceAdvance).map { "  advance \($0.variable) exactly: rate \($0.rate.text), slope \($0.slope.text)" }
        for (name, block) in [("on pre", projection.onPre), ("on post", projection.onPost)] {
            guard let block else { continue }
            lines.append("  \(name)")
            lines += block.assignments.map { "    \($0.name) = \($0.value.text)" }
            lines += block.oncePerSpike.map { "    once per spike: \($0.name) = \($0.value.text)" }
        }
        if let coupling = projection.coupling {
            lines.append("  coupling \(coupling.targetAccumulator)_post += \(coupling.forward.text)")
            lines.append("  coupling \(coupling.sourceAccumulator)_pre += \(coupling.reverse.text)")
        }
        return lines
    }

    private static func list(_ names: [String]) -> String {
        names.isEmpty ? "none" : names.joined(separator: ", ")
    }
}
