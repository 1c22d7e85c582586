import Language
import Output
import Runtime

/// What was recorded for `P.V[0:5]`, `mean(P.V)`, an input `P.I` or `P.spikes`, in display units: the one lookup behind
/// `plot` and `export`, so both accept and refuse the same recordings in the same words.
extension Interpreter {
    func recordingTable(for field: FieldReference) throws -> RecordingTable {
        if let k = network.projectionIndex(named: field.population), network.populationIndex(named: field.population) == nil {
            return try synapseRecordingTable(k, for: field)
        }
        let p = try populationIndex(field.population, at: field.range)
        let population = network.populations[p]
        let timeUnit = population.model.timeUnit
        let wanted = try field.slice.map { try network.indexRange($0, in: p, at: field.range) }
        if field.field == "spikes" {
            if let reduction = field.reduction {
                throw Diagnostic(.spikesNotReduced(reduction: reduction.rawValue, population: population.name), at: field.range)
            }
            guard population.model.spike != nil else {
                throw Diagnostic(.neverSpikes(population: population.name, model: population.model.name), at: field.range)
            }
            guard let record = state.spikeRecords[population.name] else {
                throw Diagnostic(.spikesNotRecorded(population: population.name), at: field.range,
                                 hint: "add `record \(population.name).spikes` before the run")
            }
            let kept = record.indices.indices.filter { wanted?.contains(Int(record.indices[$0])) ?? true }
            return RecordingTable(population: population.name, times: kept.map { record.times[$0] / timeUnit.scale }, timeUnit: timeUnit.name,
                                  content: .spikes(indices: kept.map { Int(record.indices[$0]) }))
        }
        if field.expression != nil { return try reducedExpressionTable(field, timeUnit: timeUnit) }
        let input = population.model.input(field.field)
        guard let recorded = population.model.variable(field.field).map({ (name: $0.name, unit: $0.unit) }) ?? input.map({ (name: $0.name, unit: $0.unit) }) else {
            throw Diagnostic(.noSuchMember(owner: population.model.name, kind: "state variable", name: field.field), at: field.range,
                             hint: "spikes or one of: " + (population.model.variables.map(\.name) + population.model.inputs.map(\.name)).joined(separator: ", "))
        }
        // A reduced record is of its own neurons only; rows of one neuron each can be cut to fewer.
        let covering = (input == nil ? state.stateRecords : state.inputRecords).filter { record in
            record.population == population.name && record.variable == recorded.name && record.reduction == field.reduction
                && (field.reduction == nil ? wanted.map(record.range.contains(range:)) ?? true : record.range == wanted ?? 0..<population.size)
        }
        let record = try sampled(covering, field, someItems: wanted != nil)
        return table(of: record, field, items: wanted, unit: recorded.unit, timeUnit: timeUnit)
    }

    /// `mean(E.V - E.El)`: the record of that text, in the unit its dimension prefers.
    private func reducedExpressionTable(_ field: FieldReference, timeUnit: DisplayUnit) throws -> RecordingTable {
        let same = { (population: String, variable: String, reduction: Reduction?) in
            population == field.population && variable == field.field && reduction == field.reduction
        }
        let recording = network.stateRecordings.first { same(network.populations[$0.population].name, $0.variable, $0.reduction) }
        let record = try sampled(state.stateRecords.filter { same($0.population, $0.variable, $0.reduction) }, field, someItems: false)
        return table(of: record, field, items: nil, unit: recording?.unit ?? DisplayUnit.preferred(for: .one), timeUnit: timeUnit)
    }

    /// The first of the records that cover `field` that has samples, or why there is none.
    func sampled(_ covering: [StateRecord], _ field: FieldReference, someItems: Bool, otherwise: String = "") throws -> StateRecord {
        if let record = covering.first(where: { !$0.times.isEmpty }) { return record }
        let written = field.expression == nil ? "\(field.population).\(field.field)" : field.field
        let name = field.reduction.map { "\($0.rawValue)(\(written))" } ?? written
        if !covering.isEmpty {
            throw Diagnostic(.noSamplesYet(what: name), at: field.range, hint: "run first: recording starts with the next run")
        }
        throw Diagnostic(.notRecorded(population: field.population, field: field.field, someNeurons: someItems), at: field.range,
                         hint: "add `record \(name)` before the run" + otherwise)
    }

    /// A record's columns for `items` (all it holds when nil), or its one reduced column, in display units.
    func table(of record: StateRecord, _ field: FieldReference, items: Range<Int>?, unit: DisplayUnit, timeUnit: DisplayUnit) -> RecordingTable {
        let items = items ?? record.range
        let columns = record.reduction == nil ? items.map { $0 - record.range.lowerBound } : [0]
        return RecordingTable(population: field.population, times: record.times.map { $0 / timeUnit.scale }, timeUnit: timeUnit.name,
                              content: .state(variable: record.variable, neurons: Array(items), unit: unit.name,
                                              values: record.values.map { row in columns.map { row[$0] / unit.scale } }),
                              reduction: record.reduction)
    }
}

extension Range where Bound == Int {
    /// Whether a recording of these neurons (or synapses) holds all of `other`.
    func contains(range other: Range<Int>) -> Bool { other.lowerBound >= lowerBound && other.upperBound <= upperBound }
}
