import Execution
import Integrators
import Language
import Network
import Symbolic

/// Every word a cell could use next, taken from an interpreter between cells.
/// The kernel answers `complete` from the latest index so that a completion
/// never waits behind, or reads state mutated by, a running cell.
public struct CompletionIndex: Sendable {
    public let words: [String]

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
            let model = population.model
            words.insert(population.name)
            let fields = model.variables.map(\.name) + model.parameters.map(\.name) + model.inputs.map(\.name)
                + (model.spike == nil ? [] : ["spikes"])
            words.formUnion(fields.map { "\(population.name).\($0)" })
        }
        for projection in network.projections {
            words.insert(projection.name)
            words.formUnion(projection.perSynapseNames.map { "\(projection.name).\($0)" })
        }
        self.words = words.sorted()
    }

    public func candidates(startingWith prefix: String) -> [String] {
        words.filter { $0.hasPrefix(prefix) }
    }
}
