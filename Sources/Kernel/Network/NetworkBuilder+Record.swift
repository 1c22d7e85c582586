import Language
import Model

/// `record P.spikes, P.V[0:5] every 0.1 ms`, `record mean(P.V)` or `record mean(E.V - E.El)` (sum, min, max): one value per sample,
/// and `record AB.w[0:100]`: a projection's per-synapse values.
///
/// Every field is checked and every bad one reported; a statement with a bad field records nothing
/// here (the interpreter then records its good fields alone). What is recorded already, with the same
/// interval, is not recorded again, so a corrected statement run again records each field once.
extension NetworkBuilder {
    mutating func record(_ fields: [FieldReference], every: Expression?) throws {
        var problems: [Diagnostic] = []
        var interval: Double?
        if let every {
            do { interval = try recordingInterval(every) } catch let diagnostic as Diagnostic { problems.append(diagnostic) }
        }
        var recordings: [Recording] = []
        for field in fields {
            do { recordings.append(try recording(field, every: interval)) } catch let diagnostic as Diagnostic { problems.append(diagnostic) }
        }
        try DiagnosticList(problems).throwIfAny()
        for recording in recordings {
            switch recording {
            case .spikes(var spikes):
                spikes.rateWindow = network.spikeRecordings.first { $0.population == spikes.population }?.rateWindow
                network.spikeRecordings.removeAll { $0.population == spikes.population }
                network.spikeRecordings.append(spikes)
            case .state(let state):
                if !network.stateRecordings.contains(where: { $0.records(as: state) }) { network.stateRecordings.append(state) }
            case .input(let input):
                if !network.inputRecordings.contains(where: { $0.records(as: input) }) { network.inputRecordings.append(input) }
            case .synapses(let synapses):
                network.synapseRecordings.append(synapses)
            }
        }
    }

    /// `record rate(P) window T`: P's spikes (kept if already recorded) and the rate's bin width.
    mutating func recordRate(_ name: String, at range: SourceRange, window: Expression) throws {
        let p = try network.populationIndex(name, at: range)
        let population = network.populations[p]
        guard population.model.spike != nil else {
            throw Diagnostic(.neverSpikes(population: population.name, model: population.model.name), at: range)
        }
        let dimension = population.model.timeDimension
        let width = try ExpressionResolver.constant(window, dimension: dimension, what: "the rate window", scope: Scope())
        guard width > 0 else { throw Diagnostic(.outOfRange(what: "the rate window", value: nil, valid: "must be positive"), at: window.range) }
        if let k = network.spikeRecordings.firstIndex(where: { $0.population == p }) {
            network.spikeRecordings[k].rateWindow = width
        } else {
            network.spikeRecordings.append(SpikeRecording(population: p, start: time, rateWindow: width))
        }
    }

    private enum Recording {
        case spikes(SpikeRecording)
        case state(StateRecording)
        case input(StateRecording)
        case synapses(SynapseRecording)
    }

    private func recordingInterval(_ every: Expression) throws -> Double {
        let dimension = network.populations.first?.model.timeDimension ?? .time
        let interval = try ExpressionResolver.constant(every, dimension: dimension, what: "the recording interval", scope: Scope())
        guard interval > 0 else { throw Diagnostic(.outOfRange(what: "the recording interval", value: nil, valid: "must be positive"), at: every.range) }
        return interval
    }

    private func recording(_ field: FieldReference, every interval: Double?) throws -> Recording {
        if let k = network.projectionIndex(named: field.population), network.populationIndex(named: field.population) == nil {
            return .synapses(try synapseRecording(k, field, every: interval))
        }
        if let expression = field.expression {
            let reduced = try reducedExpression(field, expression)
            return .state(StateRecording(population: reduced.population, variable: field.field, range: reduced.neurons, every: interval,
                                         reduction: field.reduction, value: reduced.value, unit: DisplayUnit.preferred(for: reduced.dimension)))
        }
        let p = try network.populationIndex(field.population, at: field.range)
        let population = network.populations[p]
        if field.field == "spikes" {
            if let reduction = field.reduction {
                throw Diagnostic(.spikesNotReduced(reduction: reduction.rawValue, population: population.name), at: field.range,
                                 hint: "record rate(\(population.name)) window 5 ms for the population rate, or \(reduction.rawValue)(\(population.name).V)")
            }
            guard population.model.spike != nil else {
                throw Diagnostic(.neverSpikes(population: population.name, model: population.model.name), at: field.range)
            }
            return .spikes(SpikeRecording(population: p, start: time))
        }
        let isInput = population.model.input(field.field) != nil
        guard isInput || population.model.variable(field.field) != nil else {
            throw Diagnostic(.noSuchMember(owner: population.model.name, kind: "state variable", name: field.field), at: field.range,
                             hint: "record spikes or one of: " + (population.model.variables.map(\.name) + population.model.inputs.map(\.name)).joined(separator: ", "))
        }
        let range = try network.indexRange(field.slice, in: p, at: field.range)
        let recording = StateRecording(population: p, variable: field.field, range: range, every: interval, reduction: field.reduction)
        return isInput ? .input(recording) : .state(recording)
    }

    /// `AB.w` or a per-synapse variable of AB's synapse; per-post variables live in the target population.
    private func synapseRecording(_ k: Int, _ field: FieldReference, every interval: Double?) throws -> SynapseRecording {
        let projection = network.projections[k]
        guard projection.perSynapseNames.contains(field.field) else {
            throw Diagnostic(.noSuchMember(owner: "projection \(projection.name)", kind: "per-synapse value", name: field.field), at: field.range,
                             hint: "\(projection.name) keeps " + projection.perSynapseNames.joined(separator: ", ")
                                 + "; per-post variables live in the target: record \(network.populations[projection.target].name).<name>")
        }
        return SynapseRecording(projection: k, variable: field.field, slice: field.slice, reference: field.range, every: interval,
                                reduction: field.reduction)
    }
}
