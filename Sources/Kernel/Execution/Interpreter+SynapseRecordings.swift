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
        let name = field.reduction.map { "\($0.rawValue)(\(projection.name).\(field.field))" } ?? "\(projection.name).\(field.field)"
        guard let record = covering.first(where: { !$0.times.isEmpty }) else {
            if !covering.isEmpty {
                throw Diagnostic(.noSamplesYet(what: name), at: field.range, hint: "run first: recording starts with the next run")
            }
            throw Diagnostic(.notRecorded(population: projection.name, field: field.field, someNeurons: wanted != nil), at: field.range,
                             hint: "add `record \(name)` before the run, or plot hist \(projection.name).\(field.field) for its values now")
        }
        let synapses = wanted ?? record.range
        let columns = record.reduction == nil ? synapses.map { $0 - record.range.lowerBound } : [0]
        let timeUnit = network.populations[projection.target].model.timeUnit
        return RecordingTable(population: projection.name, times: record.times.map { $0 / timeUnit.scale }, timeUnit: timeUnit.name,
                              content: .state(variable: field.field, neurons: Array(synapses), unit: unit.name,
                                              values: record.values.map { row in columns.map { row[$0] / unit.scale } }),
                              reduction: record.reduction)
    }
}
