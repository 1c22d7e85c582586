import Language
import Library
import Model
import Symbolic

/// Merging a synapse into its target: its parameters, per-post variables and their
/// equations join the target's model under names suffixed by the source (`g_Exc`),
/// and its current is added to an input wherever the model reads it.
extension NetworkBuilder {
    /// The names the synapse's per-post variables and parameters take in the target, and the coupling it becomes, if any.
    struct Merged {
        var names: [String: String]
        var coupling: Coupling?
    }

    /// Where a synapse's current goes, checked before a connect changes anything.
    struct Destination {
        var population: Int
        var input: NeuronModel.Input
        var current: ExpressionResolver.Typed?
        /// For a coupling current (it reads `V_pre`), the source's input it flows back into,
        /// and the current resolved the other way (the source as target), since the two may name their potentials differently.
        var sourceInput: NeuronModel.Input?
        var reverse: Expr?
    }

    func destination(of synapse: SynapseModel, in t: Int, _ written: ConnectTarget, from s: Int?) throws -> Destination {
        let target = network.populations[t]
        guard let inputName = written.input ?? target.model.inputs.first?.name, let input = target.model.input(inputName) else {
            throw Diagnostic(written.input.map { .noSuchMember(owner: target.model.name, kind: "input", name: $0) } ?? .noInput(population: target.name),
                             at: written.range, hint: "declare one in \(target.model.name): input I = 0 nA, or name one: \(target.name).I")
        }
        let source = s.map { network.populations[$0] }
        let current = try SynapseLibrary.placing(synapse, at: written.range) {
            try SynapseResolver.current(of: synapse, into: target.model, from: source?.model)
        }
        if let current, current.dimension != input.dimension, !current.isBareZero {
            throw Diagnostic(.currentUnitMismatch(synapse: synapse.name, current: current.dimension, input: "\(target.name).\(input.name)", inputDimension: input.dimension),
                             at: written.range, hint: "write current = ... in the unit of the input it adds into")
        }
        guard let current, SynapseResolver.isCoupling(current.expr), let source else {
            return Destination(population: t, input: input, current: current)
        }
        guard let sourceInput = (s == t ? input : source.model.inputs.first), sourceInput.dimension == input.dimension else {
            throw Diagnostic(.noReturnInput(population: source.name, dimension: input.dimension), at: written.range,
                             hint: "declare one in \(source.model.name): input I = 0 nA")
        }
        let reverse = try SynapseLibrary.placing(synapse, at: written.range) {
            try SynapseResolver.current(of: synapse, into: source.model, from: target.model)
        }
        return Destination(population: t, input: input, current: current, sourceInput: sourceInput, reverse: reverse?.expr)
    }

    /// Adds the synapse's parameters, per-post variables (with their initial values), their equations and its current
    /// to the target's model.
    mutating func merge(_ synapse: SynapseModel, _ values: [String: Double], into destination: Destination,
                        from source: Int?, named sourceName: String) -> Merged {
        let t = destination.population
        let names = targetNames(for: synapse, source: sourceName, target: network.populations[t])
        let rename = names.mapValues(Expr.symbol)
        for p in synapse.dynamics.parameters {
            var renamed = p
            renamed.name = names[p.name]!
            network.populations[t].model.parameters.append(renamed)
            network.populations[t].parameters[renamed.name] = values[p.name]
        }
        for v in synapse.perPostVariables {
            var renamed = v
            renamed.name = names[v.name]!
            renamed.initial = v.initial.substituting(rename)
            network.populations[t].model.variables.append(renamed)
            queueInitialValue(t, renamed.name, renamed.initial)
        }
        for (variable, rhs) in synapse.dynamics.equations where !synapse.keptByProjection(variable) {
            network.populations[t].model.equations.append((names[variable]!, rhs.substituting(rename)))
            network.populations[t].model.sourceRanges["d/dt \(names[variable]!)"] = synapse.dynamics.sourceRanges["d/dt \(variable)"]
        }
        guard let current = destination.current else { return Merged(names: names) }
        if let sourceInput = destination.sourceInput, let reverse = destination.reverse, let source {
            let coupling = couple(current.expr.substituting(rename), reverse.substituting(rename), source, t, destination.input, sourceInput)
            return Merged(names: names, coupling: coupling)
        }
        var post: [String: Expr] = rename
        for name in current.expr.symbols where name.hasSuffix("_post") { post[name] = .symbol(String(name.dropLast(5))) }
        network.populations[t].model.addCurrent(current.expr.substituting(post), into: destination.input.name)
        return Merged(names: names)
    }

    /// A continuous coupling sums into an accumulator per neuron on each side (`current_A` in the target, `current_B` in the
    /// source; one when they are the same population), which the neurons' inputs read.
    private mutating func couple(_ forward: Expr, _ reverse: Expr, _ source: Int, _ target: Int, _ input: NeuronModel.Input,
                                 _ sourceInput: NeuronModel.Input) -> Coupling {
        func accumulator(in p: Int, for other: Int) -> String {
            let name = network.populations[p].model.uniqueName("current_\(network.populations[other].name)")
            network.populations[p].model.variables.append(.init(name: name, initial: .zero, dimension: input.dimension, unit: input.unit))
            network.populations[p].model.addCurrent(.symbol(name), into: p == target ? input.name : sourceInput.name)
            return name
        }
        let targetAccumulator = accumulator(in: target, for: source)
        let sourceAccumulator = source == target ? targetAccumulator : accumulator(in: source, for: target)
        // `reverse` was resolved with the source as target; each step reads both sides in the forward's terms (_pre the source).
        var swap: [String: Expr] = [:]
        for name in reverse.symbols where name.hasSuffix("_pre") { swap[name] = .symbol(String(name.dropLast(4)) + "_post") }
        for name in reverse.symbols where name.hasSuffix("_post") { swap[name] = .symbol(String(name.dropLast(5)) + "_pre") }
        return Coupling(forward: forward, reverse: reverse.substituting(swap),
                        targetAccumulator: targetAccumulator, sourceAccumulator: sourceAccumulator)
    }

    /// Per-post variables and parameters take the source's name as a suffix (`g_Exc`), made unique in the target.
    private func targetNames(for synapse: SynapseModel, source: String, target: NetworkPopulation) -> [String: String] {
        var names: [String: String] = [:]
        for name in synapse.perPostVariables.map(\.name) + synapse.dynamics.parameters.map(\.name) {
            names[name] = target.model.uniqueName("\(name)_\(source)", besides: Set(names.values))
        }
        return names
    }
}

extension NeuronModel {
    /// `input` → `input + current` wherever the model reads the input.
    package mutating func addCurrent(_ current: Expr, into input: String) {
        let sum = [input: Expr.symbol(input) + current]
        equations = equations.map { ($0.variable, $0.rhs.substituting(sum)) }
        spike = spike?.substituting(sum)
        reset = reset.map { .init(variable: $0.variable, value: $0.value.substituting(sum)) }
        if case .whileTrue(let condition)? = refractory { refractory = .whileTrue(condition.substituting(sum)) }
    }

    /// `base`, or `base_2`, `base_3`, … : the first not taken by a variable, parameter or input (or `reserved`).
    package func uniqueName(_ base: String, besides reserved: Set<String> = []) -> String {
        let taken = reserved.union(variables.map(\.name) + parameters.map(\.name) + inputs.map(\.name))
        var candidate = base, n = 2
        while taken.contains(candidate) {
            candidate = "\(base)_\(n)"
            n += 1
        }
        return candidate
    }
}
