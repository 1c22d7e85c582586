import Language
import Network
import Output
import Runtime

/// What `record AB.w[0:100]` recorded, in display units, for `plot` and `export`: one column per
/// synapse, numbered as `print AB.w` numbers them (the order they were drawn in), or one reduced.
extension Interpreter {
    func synapseRecordingTable(_ k: Int, for field: FieldReference) throws -> RecordingTable {
        let projection = network.projections[k]
        let (_, unit) = try synapseUnit(k, field.field, at: field.range)
        let count = state.projections[k].count
        let wanted = try field.slice.map { try Network.indexRange($0, count: count, owner: projection.name, items: "synapses", at: field.range) }
        // A record not started yet has no synapses yet: it may cover any.
        let covering = state.synapseRecords.filter { record in
            record.population == projection.name && record.variable == field.field && record.reduction == field.reduction
                && (record.startStep < 0
                    || (field.reduction == nil ? wanted.map(record.range.contains(range:)) ?? true : record.range == wanted ?? 0..<count))
        }
        let record = try sampled(covering, field, someItems: wanted != nil,
                                 otherwise: ", or plot hist \(projection.name).\(field.field) for its values now")
        return table(of: record, field, items: wanted, unit: unit, timeUnit: network.populations[projection.target].model.timeUnit)
    }
}
