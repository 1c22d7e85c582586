import Language
import Symbolic

/// The building statements a session has applied, in order, each with the model time
/// it was applied at and the random streams handed out before it. A network is a
/// function of its history: redefining, deleting or restarting the clock is a change
/// to the history, and the network is rebuilt from it. A statement keeps its random
/// streams across rebuilds, so what did not change draws the same numbers.
public struct NetworkHistory: Sendable {
    struct Entry: Sendable {
        var statement: Statement
        var time: Double
        var streamsBefore: UInt32
        /// A `couple`'s weights as training left them, which replace those it draws.
        var trainedWeights: Matrix? = nil
        /// Parameters training set after this statement, the last one before it: what the statements before gave them is replaced.
        var trainedParameters: [(population: String, parameter: String, value: Double)] = []
    }

    private var entries: [Entry] = []

    public init() {}

    /// Applies one more statement to `network` (the network this history builds).
    package mutating func apply(_ statement: Statement, to network: Network, time: Double) throws -> Network {
        var builder = NetworkBuilder(network, time: time)
        let before = network.streams.count
        try builder.apply(statement)
        entries.append(Entry(statement: statement, time: time, streamsBefore: before))
        return builder.network
    }

    /// The network the history builds, from nothing.
    package func rebuilt() throws -> Network {
        var network = Network()
        for entry in entries {
            var builder = NetworkBuilder(network, time: entry.time)
            // A statement keeps the streams it first had, unless a redefinition before it now takes more.
            builder.network.streams.count = max(entry.streamsBefore, network.streams.count)
            try builder.apply(entry.statement)
            network = builder.network
            if let trained = entry.trainedWeights, let shape = network.couplings.last?.weights.shape,
               shape == (trained.rows, trained.columns) {
                network.setTrainedWeights(ofCoupling: network.couplings.count - 1, trained)
            }
            for trained in entry.trainedParameters { network.setTrainedParameter(trained.parameter, ofPopulation: trained.population, trained.value) }
        }
        return network
    }

    /// Coupling k (the k-th `couple` applied) keeps `weights` through rebuilds while its populations keep their sizes.
    package mutating func train(coupling k: Int, weights: Matrix) {
        let couples = entries.indices.filter { if case .couple = entries[$0].statement { return true } else { return false } }
        entries[couples[k]].trainedWeights = weights
    }

    /// Population `population`'s `parameter` set to `value` by training, kept through rebuilds after the statements so far.
    package mutating func train(parameter: String, ofPopulation population: String, value: Double) {
        guard !entries.isEmpty else { return }
        entries[entries.count - 1].trainedParameters.append((population, parameter, value))
    }

    /// The statement that defined `name` (a model, synapse or population) replaced by `statement`, in its place.
    package func replacing(_ name: String, with statement: Statement) -> NetworkHistory? {
        guard let k = entries.firstIndex(where: { $0.statement.definedName == name }) else { return nil }
        var history = self
        history.entries[k].statement = statement
        return history
    }

    /// Without population `name` of `network` and every statement about it: its connections (a connect onto
    /// several targets keeps the others), inputs, couplings, values and recordings, those of its projections too.
    package func deletingPopulation(_ name: String, of network: Network) -> NetworkHistory {
        let projections = network.projections.filter { [$0.source, $0.target].contains { network.populations[$0].name == name } }
        let recorded = Set([name] + projections.map(\.name))
        var history = self
        history.entries = entries.compactMap { entry in
            var entry = entry
            guard let statement = entry.statement.without(population: name, recorded: recorded) else { return nil }
            entry.statement = statement
            return entry
        }
        return history
    }

    /// Without the statement that defined model or synapse `name`.
    package func deletingDefinition(_ name: String) -> NetworkHistory {
        var history = self
        history.entries.removeAll { $0.statement.definedName == name }
        return history
    }

    /// Every statement as if applied at time 0: `reset` starts the clock over.
    package func atTimeZero() -> NetworkHistory {
        var history = self
        for k in history.entries.indices { history.entries[k].time = 0 }
        return history
    }

    /// Populations built from model `name`, connected through synapse `name`, or instances of network `name`.
    package func users(of name: String) -> [String] {
        entries.compactMap { entry in
            switch entry.statement {
            case .population(let declaration) where declaration.model == name: return declaration.name
            case .networkInstance(let instance) where instance.definition == name: return instance.name
            case .connect(let connect) where connect.synapse == name: return connect.source
            default: return nil
            }
        }
    }

    /// Whether a statement of this history defines `name`.
    package func defines(_ name: String) -> Bool { entries.contains { $0.statement.definedName == name } }
}

extension Statement {
    /// The model, synapse or population the statement defines.
    package var definedName: String? {
        switch self {
        case .model(let declaration): return declaration.name
        case .synapse(let declaration): return declaration.name
        case .channel(let declaration): return declaration.name
        case .population(let declaration): return declaration.name
        case .networkDefinition(let definition): return definition.name
        case .networkInstance(let instance): return instance.name
        default: return nil
        }
    }

    /// The statement with population `name` taken out of it, or nil when nothing is left of it; a recording
    /// loses its fields of the names in `recorded` (the population and its projections).
    func without(population name: String, recorded: Set<String>) -> Statement? {
        switch self {
        case .population(let declaration):
            return declaration.name == name ? nil : self
        case .connect(var connect):
            if connect.poisson == nil, connect.source == name { return nil }
            connect.targets.removeAll { $0.population == name }
            return connect.targets.isEmpty ? nil : .connect(connect)
        case .assign(let field, _):
            return field.population == name ? nil : self
        case .record(var fields, let every, let range):
            fields.removeAll { recorded.contains($0.population) }
            return fields.isEmpty ? nil : .record(fields, every: every, range)
        case .recordRate(let population, _, _, _):
            return population == name ? nil : self
        case .couple(let declaration):
            return declaration.source.population == name || declaration.target.population == name ? nil : self
        default:
            return self
        }
    }
}
