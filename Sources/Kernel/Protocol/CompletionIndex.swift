import Execution
import Integrators
import Language
import Library
import Model
import Network
import Symbolic

/// Every word a cell could use next, taken from an interpreter between cells.
/// The kernel answers `complete` from the latest index so that a completion
/// never waits behind, or reads state mutated by, a running cell.
public struct CompletionIndex: Sendable, Equatable {
    public let words: [String]
    /// The only words that fit in some places (after `using`, after `method =`...),
    /// keyed by `CompletionContext.key`: there, offering every word would bury them.
    public let contextual: [String: [String]]

    public init(words: [String], contextual: [String: [String]] = [:]) {
        self.words = words
        self.contextual = contextual
    }

    /// Words the language knows whatever has been defined.
    static let fixedWords: [String] = {
        let statementWords = ["every", "raster", "hist"] + ExportRequest.Format.allCases.map(\.rawValue)
        let modelItems = ["param", "var", "input", "spike", "reset", "refractory"]
        let printFunctions = ["rate", "count", "spikes", "mean", "sum", "pi", "t", "i", "N"]
        return Parser.statementKeywords + statementWords + modelItems + Parser.networkWords + RunSettings.optionNames
            + Precision.allCases.map(\.rawValue) + JITTier.allCases.map(\.rawValue) + printFunctions + IntegrationMethod.named.map(\.0)
            + MathFunction.callable.map(\.rawValue) + Units.names
    }()

    public init(_ interpreter: Interpreter) {
        var words = Set(Self.fixedWords)
        let network = interpreter.network
        words.formUnion(network.models.keys)
        words.formUnion(network.synapses.keys)
        for population in network.populations {
            words.insert(population.name)
            words.formUnion(Self.fields(of: population.model).map { "\(population.name).\($0)" })
        }
        for projection in network.projections {
            words.insert(projection.name)
            words.formUnion(projection.perSynapseNames.map { "\(projection.name).\($0)" })
        }
        var contextual: [String: [String]] = [
            CompletionContext.method.key: IntegrationMethod.named.map(\.0),
            CompletionContext.precision.key: Precision.allCases.map(\.rawValue),
            CompletionContext.jit.key: JITTier.allCases.map(\.rawValue),
            CompletionContext.synapse.key: Array(Set(network.synapses.keys).union(SynapseLibrary.models.keys)).sorted(),
            CompletionContext.model.key: Array(Set(network.models.keys).union(NeuronLibrary.models.keys)).sorted(),
        ]
        // bifurcation analyses a model or a population's model; the model wins a shared name, as there.
        let analysable = network.populations.map { ($0.name, $0.model) } + network.models.map { ($0.key, $0.value) }
        for (name, model) in analysable {
            contextual[CompletionContext.parameter(of: name).key] = (model.parameters.map(\.name) + model.inputs.map(\.name)).sorted()
        }
        self.init(words: words.sorted(), contextual: contextual)
    }

    /// What `P.` completes to: the population's variables, parameters, inputs and spikes.
    private static func fields(of model: NeuronModel) -> [String] {
        model.variables.map(\.name) + model.parameters.map(\.name) + model.inputs.map(\.name) + (model.spike == nil ? [] : ["spikes"])
    }

    public func candidates(startingWith prefix: String) -> [String] {
        words.filter { $0.hasPrefix(prefix) }
    }

    /// The index with only the words that start with `prefix`, everywhere.
    public func narrowed(to prefix: String) -> CompletionIndex {
        CompletionIndex(words: candidates(startingWith: prefix), contextual: contextual.mapValues { $0.filter { $0.hasPrefix(prefix) } })
    }

    /// Candidates for `word` where `before` is the line's text up to it: the words its place takes
    /// when the place takes only some (and one of them fits), else every word that fits.
    public func candidates(for word: String, after before: String) -> [String] {
        if let context = CompletionContext(before: before),
           let fitting = contextual[context.key]?.filter({ $0.hasPrefix(word) }), !fitting.isEmpty {
            return fitting
        }
        return candidates(startingWith: word)
    }
}
