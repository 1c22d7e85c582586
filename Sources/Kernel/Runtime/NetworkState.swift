import Language
import Network
import Symbolic

/// The numbers of a session's network and its clock: buffers of every population
/// and projection, what has been recorded, model time and step, and the seed.
/// `update(for:)` brings it level with a network that has grown since.
public final class NetworkState: @unchecked Sendable {
    public private(set) var populations: [PopulationState] = []
    public private(set) var projections: [ProjectionState] = []
    /// Model time since the first run (seconds, or model units for dimensionless models).
    public internal(set) var time: Double = 0
    public internal(set) var step: Int64 = 0
    /// Every dt a run has used: recorded times lie on the grid they make.
    public internal(set) var timeSteps: Set<Double> = []
    public package(set) var seed: UInt64 = 0
    /// Keyed by population name.
    public internal(set) var spikeRecords: [String: SpikeRecord] = [:]
    /// One per `StateRecording` of the network, in its order.
    public internal(set) var stateRecords: [StateRecord] = []
    /// One per input recording of the network, in its order.
    public internal(set) var inputRecords: [StateRecord] = []
    /// One per synapse recording of the network, in its order; `population` names the projection.
    public internal(set) var synapseRecords: [StateRecord] = []
    /// The initial values and random weights already realised, each named by its population and stream
    /// (the members of a sweep share streams, so the stream alone does not name one).
    private var realized: Set<String> = []
    private var denseCouplings = 0

    public init() {}

    /// The same clock, numbers and records in buffers of its own (`store`, `restore`).
    package func copy() -> NetworkState {
        let copy = NetworkState()
        copy.populations = populations.map(PopulationState.init(copying:))
        copy.projections = projections.map(ProjectionState.init(copying:))
        copy.time = time
        copy.step = step
        copy.timeSteps = timeSteps
        copy.seed = seed
        copy.spikeRecords = spikeRecords
        copy.stateRecords = stateRecords
        copy.inputRecords = inputRecords
        copy.synapseRecords = synapseRecords
        copy.realized = realized
        copy.denseCouplings = denseCouplings
        return copy
    }

    /// The populations and projections at these indices — the same buffers — under this clock and seed: what a sweep
    /// member's step reads when the members of a batch run apart (`SweepBatch`).
    package func sharing(populations p: [Int], projections j: [Int]) -> NetworkState {
        let view = NetworkState()
        view.populations = p.map { populations[$0] }
        view.projections = j.map { projections[$0] }
        (view.time, view.step, view.timeSteps, view.seed) = (time, step, timeSteps, seed)
        return view
    }

    /// Adds buffers for what the network gained since the last update: populations, variables merged into
    /// their models, projections, dense couplings and recordings. Existing numbers are kept.
    package func update(for network: Network) {
        for population in network.populations.dropFirst(populations.count) { populations.append(PopulationState(population)) }
        for (p, population) in network.populations.enumerated() { populations[p].addBuffers(for: population.model) }
        for _ in network.projections.dropFirst(projections.count) { projections.append(ProjectionState()) }
        for coupling in network.couplings.dropFirst(denseCouplings) {
            let target = populations[network.populationIndex(named: coupling.population)!]
            switch coupling.weights {
            case .fixed(let weights): target.addDenseWeights(weights)
            case .random(let random): target.addDenseWeights(Matrix(rows: random.rows, columns: random.columns, values: Array(repeating: 0, count: random.rows * random.columns)))
            }
        }
        denseCouplings = network.couplings.count
        for recording in network.spikeRecordings {
            let name = network.populations[recording.population].name
            if spikeRecords[name]?.start != recording.start {
                spikeRecords[name] = SpikeRecord(population: name, start: recording.start)
            }
        }
        for recording in network.stateRecordings.dropFirst(stateRecords.count) {
            stateRecords.append(StateRecord(population: network.populations[recording.population].name, variable: recording.variable,
                                            range: recording.range, everySteps: 1, startStep: -1, reduction: recording.reduction))
        }
        for recording in network.inputRecordings.dropFirst(inputRecords.count) {
            inputRecords.append(StateRecord(population: network.populations[recording.population].name, variable: recording.variable,
                                            range: recording.range, everySteps: 1, startStep: -1, reduction: recording.reduction))
        }
        // The synapses a slice means are known once drawn: the range is set when recording starts.
        for recording in network.synapseRecordings.dropFirst(synapseRecords.count) {
            synapseRecords.append(StateRecord(population: network.projections[recording.projection].name, variable: recording.variable,
                                              range: 0..<0, everySteps: 1, startStep: -1, reduction: recording.reduction))
        }
    }

    /// Evaluates the initial values written since the last time, each neuron from its own random numbers.
    package func realizeInitialValues(of network: Network) throws {
        update(for: network)
        for item in network.initialValues where !realized.contains(Self.key(network, item)) {
            let population = network.populations[item.population], buffers = populations[item.population]
            var random = CounterRandom(seed: item.seed.resolved(run: seed), stream: item.stream)
            let buffer = buffers.state[item.variable]!
            let size = Double(population.size)
            for i in 0..<population.size {
                random.startNeuron(i)
                buffer[i] = try item.value.evaluate({ name in
                    if name == "i" { return Double(i) }
                    if name == "N" { return size }
                    if let value = population.parameters[name] { return value }
                    return buffers.state[name].map { $0[i] }
                }, random: &random)
            }
        }
        realized.formUnion(network.initialValues.map { Self.key(network, $0) })
        try drawCouplingWeights(of: network)
    }

    /// What names an initial value among those realised.
    private static func key(_ network: Network, _ item: InitialValue) -> String {
        network.populations[item.population].name + "/\(item.stream)"
    }

    /// Random `couple` weights, drawn with the seed once it is known, as initial values are.
    private func drawCouplingWeights(of network: Network) throws {
        var index: [String: Int] = [:]
        for coupling in network.couplings {
            let k = index[coupling.population, default: 0]
            index[coupling.population] = k + 1
            guard case .random(let random) = coupling.weights else { continue }
            let key = coupling.population + "/\(random.stream)"
            guard !realized.contains(key) else { continue }
            let weights = try random.drawn(seed: random.seed.resolved(run: seed))
            guard weights.values.allSatisfy(\.isFinite) else { throw Diagnostic(.weightNotFinite, at: coupling.range) }
            populations[network.populationIndex(named: coupling.population)!].setDenseWeights(k, weights)
            realized.insert(key)
        }
    }

    /// State for a network rebuilt from a changed history (a redefinition, a deletion): populations and
    /// projections that are still there keep their numbers, except those named in `fresh` (whose
    /// definitions changed) and projections whose synapse changed, which start from their initial values.
    package func carry(from old: Network, to new: Network, fresh: Set<String>) {
        var kept: Set<String> = []
        populations = new.populations.map { population in
            guard !fresh.contains(population.name), !fresh.contains(population.model.name), let p = old.populationIndex(named: population.name),
                  old.populations[p].size == population.size else { return PopulationState(population) }
            kept.insert(population.name)
            populations[p].keepOnly(population.model)
            return populations[p]
        }
        projections = new.projections.map { projection in
            guard !fresh.contains(projection.synapse.name), !fresh.contains(projection.name),
                  let k = old.projections.firstIndex(where: { $0.stream == projection.stream && $0.name == projection.name }) else { return ProjectionState() }
            return projections[k]
        }
        for population in populations { population.removeDenseWeights() }
        denseCouplings = 0
        realized = Set(new.initialValues.filter { kept.contains(new.populations[$0.population].name) }.map { Self.key(new, $0) }).intersection(realized)
        spikeRecords = spikeRecords.filter { name, _ in new.populationIndex(named: name) != nil }
        stateRecords = stateRecords.filter { record in new.stateRecordings.contains { record.isKept(by: $0, in: new) } }
        inputRecords = inputRecords.filter { record in new.inputRecordings.contains { record.isKept(by: $0, in: new) } }
        synapseRecords = synapseRecords.filter { record in
            // A synapse defined again draws its connections again: samples of the old synapses would not continue.
            new.synapseRecordings.contains {
                let projection = new.projections[$0.projection]
                return projection.name == record.population && !fresh.contains(projection.synapse.name)
                    && $0.variable == record.variable && $0.reduction == record.reduction
            }
        }
        update(for: new)
    }

    /// Time back to 0 and every value back to its initial one, drawn from the same numbers; connections stay (`reset`).
    package func restart(for network: Network) {
        time = 0
        step = 0
        timeSteps = []
        populations = network.populations.map(PopulationState.init)
        projections.forEach { $0.restart() }
        denseCouplings = 0
        realized = []
        spikeRecords = [:]
        stateRecords = []
        inputRecords = []
        synapseRecords = []
        update(for: network)
    }
}

private extension StateRecord {
    /// Whether `recording` of the rebuilt network is the one this record was made for.
    func isKept(by recording: StateRecording, in network: Network) -> Bool {
        network.populations[recording.population].name == population && recording.variable == variable
            && recording.range == range && recording.reduction == reduction
    }
}
