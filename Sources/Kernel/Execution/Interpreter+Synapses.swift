import Language
import Model
import Network
import Runtime

/// `AB.w`, `AB.apre[0:10]`: a projection's per-synapse values, for `print`, `plot hist` and `record`.
/// `X.field` names a population's field or a projection's; populations and projections never share a name.
extension Interpreter {
    enum FieldOwner {
        case population(Int)
        case projection(Int)
    }

    /// The values of a projection's synapses now, in the order they were drawn (by source neuron).
    struct SynapseValues {
        var values: [Double]
        var dimension: Dimension
        var unit: DisplayUnit
    }

    func fieldOwner(_ name: String, at range: SourceRange) throws -> FieldOwner {
        if let p = network.populationIndex(named: name) { return .population(p) }
        if let k = network.projectionIndex(named: name) { return .projection(k) }
        let populations = network.populations.map(\.name), projections = network.projections.map(\.name)
        throw Diagnostic(.unknown(kind: "population or projection", name: name), at: range,
                         hint: "populations are " + (populations.isEmpty ? "none yet" : populations.joined(separator: ", "))
                             + "; projections are " + (projections.isEmpty ? "none yet (connect A -> B using SYN ... as AB)" : projections.joined(separator: ", ")))
    }

    func synapseValues(_ k: Int, _ field: String, slice: Slice?, at range: SourceRange) throws -> SynapseValues {
        let projection = network.projections[k]
        let (dimension, unit) = try synapseUnit(k, field, at: range)
        let parameters = network.populations[projection.target].parameters
        guard let all = try state.projections[k].values(of: field, in: projection, parameters: parameters, at: state.time) else {
            throw Diagnostic(.notDrawnYet(projection: projection.name), at: range, hint: "run first, then print \(projection.name).\(field)")
        }
        let indices = try Network.indexRange(slice, count: all.count, owner: projection.name, items: "synapses", at: range)
        return SynapseValues(values: Array(all[indices]), dimension: dimension, unit: unit)
    }

    /// The dimension and display unit of `AB.field`, or why AB has no such per-synapse value.
    func synapseUnit(_ k: Int, _ field: String, at range: SourceRange) throws -> (Dimension, DisplayUnit) {
        let projection = network.projections[k]
        let synapse = projection.synapse
        if field == "w" { return (synapse.weightDimension, .preferred(for: synapse.weightDimension)) }
        if let variable = synapse.dynamics.variable(field), synapse.perSynapse.contains(field) { return (variable.dimension, variable.unit) }
        throw Diagnostic(.noSuchMember(owner: "projection \(projection.name)", kind: "per-synapse value", name: field), at: range,
                         hint: "\(projection.name) keeps " + projection.perSynapseNames.joined(separator: ", ")
                             + "; per-post variables live in the target: \(network.populations[projection.target].name).<name>")
    }
}
