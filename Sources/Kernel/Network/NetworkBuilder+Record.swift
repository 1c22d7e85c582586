import Language
import Model

/// `record P.spikes, P.V[0:5] every 0.1 ms`
extension NetworkBuilder {
    mutating func record(_ fields: [FieldReference], every: Expression?) throws {
        var interval: Double?
        if let every {
            let dimension = network.populations.first?.model.timeDimension ?? .time
            interval = try ExpressionResolver.constant(every, dimension: dimension, what: "the recording interval", scope: Scope())
            guard interval! > 0 else { throw Diagnostic(.outOfRange(what: "the recording interval", value: nil, valid: "must be positive"), at: every.range) }
        }
        for field in fields {
            if network.projectionIndex(named: field.population) != nil, network.populationIndex(named: field.population) == nil {
                throw Diagnostic(.projectionNotRecorded(projection: field.population), at: field.range,
                                 hint: "read them now with print \(field.population).\(field.field) or plot hist \(field.population).\(field.field)")
            }
            let p = try network.populationIndex(field.population, at: field.range)
            let population = network.populations[p]
            if field.field == "spikes" {
                guard population.model.spike != nil else {
                    throw Diagnostic(.neverSpikes(population: population.name, model: population.model.name), at: field.range)
                }
                network.spikeRecordings.removeAll { $0.population == p }
                network.spikeRecordings.append(SpikeRecording(population: p, start: time))
                continue
            }
            guard population.model.variable(field.field) != nil else {
                throw Diagnostic(.noSuchMember(owner: population.model.name, kind: "state variable", name: field.field), at: field.range,
                                 hint: "record spikes or one of: " + population.model.variables.map(\.name).joined(separator: ", "))
            }
            let range = try network.indexRange(field.slice, in: p, at: field.range)
            network.stateRecordings.append(StateRecording(population: p, variable: field.field, range: range, every: interval))
        }
    }
}
