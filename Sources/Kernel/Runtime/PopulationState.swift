import Model
import Network
import Symbolic

/// The numbers of one population: its state variables, refractory and spike
/// bookkeeping, the weights of its dense couplings and a generator's schedule.
/// What it is (model, size, parameters, drives) is its `NetworkPopulation`.
public final class PopulationState: @unchecked Sendable {
    public let size: Int
    public internal(set) var state: [String: StateBuffer] = [:]
    /// Steps of the refractory period left, counted down by the update (a count, not a step number,
    /// so 4 bytes hold it in a run of any length); 4-byte flags beside it keep the neuron loop's vectors full.
    var refractoryLeft: RawArray<Int32>
    var previousCondition: RawArray<Int32>
    /// The neurons that fired in the last step, for projections.
    let fired: RawArray<Int32>
    let firedCount: RawArray<Int64>
    /// The weights of each `couple` inside the population, N × N row-major, in its order.
    public internal(set) var denseWeights: [StateBuffer] = []
    /// For a `generator`: the spikes it emits.
    let schedule: SpikeSchedule?
    /// Spikes since the population was created.
    public internal(set) var spikeCount: Int64 = 0
    /// The past of its fractional variables, once a fractional method has run it.
    var fractionalMemory: FractionalMemory?
    /// Each delayed variable's past states, N per step in a ring of `historyRows` steps `historyStep` apart.
    var history: [String: StateBuffer] = [:]
    var historyRows = 0
    var historyStep: Double?
    var historyStart: Int64 = 0
    /// An adaptive method's step sizes and sub-step counts; nil until a run uses one.
    var stepControl: StepControlState?
    /// The sweep member this population belongs to went non-finite in a batch run and stopped there: its values are
    /// those of that step, not a continuation, and later runs leave it there (Runner+Batch) until `reset` makes it anew.
    var stopped: StoppedMember?

    init(_ population: NetworkPopulation) {
        size = population.size
        refractoryLeft = RawArray(count: size, fill: 0)
        previousCondition = RawArray(count: size, fill: 0)
        fired = RawArray(count: size, fill: 0)
        firedCount = RawArray(count: 1, fill: 0)
        schedule = population.spikeTimes.map { SpikeSchedule(times: $0.times, indices: $0.indices) }
    }

    /// The same numbers in buffers of its own (`store`); a generator's schedule is prepared again at each run.
    init(copying other: PopulationState) {
        size = other.size
        state = other.state.mapValues { $0.copy() }
        refractoryLeft = other.refractoryLeft.copy()
        previousCondition = other.previousCondition.copy()
        fired = other.fired.copy()
        firedCount = other.firedCount.copy()
        denseWeights = other.denseWeights.map { $0.copy() }
        schedule = other.schedule.map { SpikeSchedule(times: $0.times, indices: $0.indices) }
        spikeCount = other.spikeCount
        fractionalMemory = other.fractionalMemory.map(FractionalMemory.init(copying:))
        history = other.history.mapValues { $0.copy() }
        historyRows = other.historyRows
        historyStep = other.historyStep
        historyStart = other.historyStart
        stepControl = other.stepControl.map(StepControlState.init(copying:))
        stopped = other.stopped
    }

    /// Buffers for variables the model gained (per-post variables of new synapses, accumulators), zero until
    /// their initial values are realised.
    func addBuffers(for model: NeuronModel) {
        for variable in model.variables where state[variable.name] == nil {
            state[variable.name] = StateBuffer(count: size, precision: .f64)
        }
    }

    /// Drops the buffers of variables the model no longer has (their synapse was deleted).
    func keepOnly(_ model: NeuronModel) {
        let names = Set(model.variables.map(\.name))
        state = state.filter { names.contains($0.key) }
    }

    func removeDenseWeights() {
        denseWeights = []
    }

    func addDenseWeights(_ weights: Matrix) {
        let buffer = StateBuffer(count: weights.values.count, precision: .f64)
        for (k, w) in weights.values.enumerated() { buffer[k] = w }
        denseWeights.append(buffer)
    }

    /// The k-th weight matrix drawn now (random weights, drawn when the seed is known).
    package func setDenseWeights(_ k: Int, _ weights: Matrix) {
        for (n, w) in weights.values.enumerated() { denseWeights[k][n] = w }
    }

    func convert(to precision: Precision) {
        for (name, buffer) in state { state[name] = buffer.converted(to: precision) }
        for (name, buffer) in history { history[name] = buffer.converted(to: precision) }
        denseWeights = denseWeights.map { $0.converted(to: precision) }
    }
}
