import Network

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
    private var realizedInitialValues = 0
    private var denseCouplings = 0

    public init() {}

    /// Adds buffers for what the network gained since the last update: populations, variables merged into
    /// their models, projections, dense couplings and recordings. Existing numbers are kept.
    package func update(for network: Network) {
        for population in network.populations.dropFirst(populations.count) { populations.append(PopulationState(population)) }
        for (p, population) in network.populations.enumerated() { populations[p].addBuffers(for: population.model) }
        for _ in network.projections.dropFirst(projections.count) { projections.append(ProjectionState()) }
        for coupling in network.couplings.dropFirst(denseCouplings) {
            populations[network.populationIndex(named: coupling.population)!].addDenseWeights(coupling.weights)
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
                                            range: recording.range, everySteps: 1, startStep: -1))
        }
    }

    /// Evaluates the initial values written since the last time, each neuron from its own random numbers.
    package func realizeInitialValues(of network: Network) throws {
        update(for: network)
        for item in network.initialValues.dropFirst(realizedInitialValues) {
            let population = network.populations[item.population], buffers = populations[item.population]
            var random = CounterRandom(seed: seed, stream: item.stream)
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
        realizedInitialValues = network.initialValues.count
    }
}
