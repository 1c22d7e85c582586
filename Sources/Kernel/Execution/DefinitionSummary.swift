import Integrators
import Language
import Model
import Network

/// The line a definition prints once built, so that what the text meant is seen at once:
///
///     neuron LIF: 1 variable (V), 5 parameters, 1 input (I); method exp_euler by default
///     synapse STDP: 2 variables per synapse (apre, apost), 1 per post (g), 4 parameters; on pre, on post (w plastic)
///     channel IKs: 1 variable (n), 2 parameters; carries K
///     population E: 20 LIF neurons
///     population F: 5 LIF neurons, created at t = 200 ms (the session's clock: drives of t read it; reset starts over)
///     projection EF: E -> F using STDP, p = 0.2; connections drawn at the next run
///     network V1 = EI: 2 populations (V1.E, V1.I), 4 projections
///
/// A statement that defines nothing (values, recordings, runs) has no line; a connect has one per projection it made.
enum DefinitionSummary {
    /// `projections` and `inputs`: those of `network` that the statement added (a connect's).
    static func lines(for statement: Statement, in network: Network, projections: ArraySlice<NetworkProjection>,
                      inputs: ArraySlice<PoissonInput>) -> [String] {
        switch statement {
        case .model(let declaration):
            return network.models[declaration.name].map { [model($0)] } ?? []
        case .synapse(let declaration):
            return network.synapses[declaration.name].map { [synapse($0)] } ?? []
        case .channel(let declaration):
            return [channel(declaration)]
        case .population(let declaration):
            return network.population(named: declaration.name).map { [population($0, declaration)] } ?? []
        case .connect:
            return projections.map { projection($0, in: network) } + inputs.map { poissonInput($0, in: network) }
        case .networkDefinition(let definition):
            return ["network \(definition.name): " + counted(definition.parameters.map(\.name), "parameter") + ", "
                + counted(definition.body.count, "statement")]
        case .networkInstance(let instance) where !instance.sweep.isEmpty:
            guard let sweep = network.sweeps.first(where: { $0.name == instance.name }), let last = sweep.members.last else { return [] }
            return ["sweep \(instance.name) = \(instance.definition): " + counted(sweep.members.count, "member")
                + " (\(sweep.members[0].instance)…\(last.instance)) over " + sweep.parameters.joined(separator: " × ") + ", "
                + counted(network.populations.filter { p in sweep.members.contains { p.name.hasPrefix($0.instance + ".") } }.count, "population")
                + ", " + counted(projections.count, "projection") + (inputs.isEmpty ? "" : ", " + counted(inputs.count, "Poisson input"))]
        case .networkInstance(let instance):
            let held = network.populations.map(\.name).filter { $0.hasPrefix(instance.name + ".") }
            return ["network \(instance.name) = \(instance.definition): " + counted(held, "population") + ", "
                + counted(projections.count, "projection") + (inputs.isEmpty ? "" : ", " + counted(inputs.count, "Poisson input"))]
        default:
            return []
        }
    }

    private static func model(_ model: NeuronModel) -> String {
        let method = IntegrationMethod.defaultChoice(for: model).0.name
        return "\(model.kind.rawValue) \(model.name): " + counted(model.variables.map(\.name), "variable")
            + ", " + counted(model.parameters.count, "parameter")
            + (model.inputs.isEmpty ? "" : ", " + counted(model.inputs.map(\.name), "input"))
            + "; method \(method) by default"
    }

    private static func synapse(_ synapse: SynapseModel) -> String {
        let variables = synapse.dynamics.variables.map(\.name)
        let perSynapse = variables.filter(synapse.perSynapse.contains), perPost = variables.filter { !synapse.keptByProjection($0) }
        let perPre = variables.filter(synapse.perPre.contains)
        let events = [synapse.onPre.isEmpty ? nil : "on pre", synapse.onPost.isEmpty ? nil : "on post"].compactMap { $0 }
        return "synapse \(synapse.name): " + counted(perSynapse, "variable") + " per synapse, "
            + (perPre.isEmpty ? "" : "\(perPre.count) per pre (\(perPre.joined(separator: ", "))), ")
            + (perPost.isEmpty ? "none" : "\(perPost.count)") + " per post" + (perPost.isEmpty ? "" : " (\(perPost.joined(separator: ", ")))")
            + ", " + counted(synapse.dynamics.parameters.count, "parameter")
            + (events.isEmpty ? "" : "; " + events.joined(separator: ", ")) + (synapse.isPlastic ? " (w plastic)" : "")
    }

    /// `channel IKs: 1 variable (n), 2 parameters; carries K`: as written, since a channel is checked where a neuron uses it.
    private static func channel(_ channel: ChannelDeclaration) -> String {
        let names = { (kind: (ModelItem) -> [Binding]) in channel.items.flatMap(kind).map(\.name) }
        let variables = names { if case .variables(let list) = $0 { return list } else { return [] } }
        let parameters = names { if case .parameters(let list) = $0 { return list } else { return [] } }
        return "channel \(channel.name): " + counted(variables, "variable") + ", " + counted(parameters.count, "parameter")
            + (channel.ion.map { "; carries \($0)" } ?? "")
    }

    private static func population(_ population: NetworkPopulation, _ declaration: PopulationDeclaration) -> String {
        // poisson and generator are neurons too, as the library declares them.
        let overrides = declaration.overrides.map(\.name)
        return "population \(population.name): \(population.size) \(declaration.model) \(population.model.kind.rawValue)\(population.size == 1 ? "" : "s")"
            + (overrides.isEmpty ? "" : " (\(overrides.joined(separator: ", ")) set)")
            + (population.createdAt > 0 ? ", created at t = \(TimeText.format(population.createdAt, population.model.timeDimension))"
                + " (the session's clock: drives of t read it; reset starts over)" : "")
    }

    private static func projection(_ projection: NetworkProjection, in network: Network) -> String {
        "projection \(projection.name): \(network.populations[projection.source].name) -> \(network.populations[projection.target].name)"
            + " using \(projection.synapse.name), \(Network.ruleText(projection.rule)); connections drawn at the next run"
    }

    private static func poissonInput(_ input: PoissonInput, in network: Network) -> String {
        "poisson input: \(input.count) sources per neuron of \(network.populations[input.target].name) using \(input.synapse.name)"
    }

    /// `1 variable (V)`, `2 variables (v, w)`, `0 variables`.
    private static func counted(_ names: [String], _ noun: String) -> String {
        counted(names.count, noun) + (names.isEmpty ? "" : " (\(names.joined(separator: ", ")))")
    }

    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
