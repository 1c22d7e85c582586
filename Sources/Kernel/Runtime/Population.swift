/// N copies of a model with their parameter values, drives and current state.
public final class Population: @unchecked Sendable {
    public enum Drive: Sendable {
        case constant(Double)
        /// Evaluated each step (and at each stage) over t, i and N.
        case expression(Expr)
    }

    public let name: String
    /// The model, with the per-post variables and currents of the synapses onto it merged in by `connect`.
    public internal(set) var model: NeuronModel
    public let size: Int
    public internal(set) var parameters: [String: Double]
    public internal(set) var drives: [String: Drive]
    public internal(set) var state: [String: StateBuffer]
    var refractoryUntil: RawArray<Int64>
    var previousCondition: RawArray<UInt8>
    /// The neurons that fired in the last step, for projections.
    let fired: RawArray<Int32>
    let firedCount = RawArray<Int64>(count: 1, fill: 0)
    /// The weights of each `couple` inside the population, N × N row-major, in its order.
    public internal(set) var denseWeights: [StateBuffer] = []
    /// For a `generator`: the spikes it emits.
    var schedule: SpikeSchedule?
    /// Spikes since the population was created.
    public internal(set) var spikeCount: Int64 = 0
    /// Model time when the population was created, for rates of unrecorded spikes.
    public let createdAt: Double

    init(name: String, model: NeuronModel, size: Int, parameters: [String: Double], createdAt: Double) {
        self.name = name
        self.createdAt = createdAt
        self.model = model
        self.size = size
        self.parameters = parameters
        drives = Dictionary(uniqueKeysWithValues: model.inputs.map { ($0.name, Drive.constant($0.defaultValue)) })
        state = Dictionary(uniqueKeysWithValues: model.variables.map { ($0.name, StateBuffer(count: size, precision: .f64)) })
        refractoryUntil = RawArray(count: size, fill: Int64.min)
        previousCondition = RawArray(count: size, fill: 0)
        fired = RawArray(count: size, fill: 0)
    }

    /// Adds a state variable (a synapse's per-post variable), zero until its initial value is realised.
    func addVariable(_ variable: NeuronModel.StateVariable) {
        model.variables.append(variable)
        state[variable.name] = StateBuffer(count: size, precision: .f64)
    }

    func convert(to precision: Precision) {
        for (name, buffer) in state { state[name] = buffer.converted(to: precision) }
        denseWeights = denseWeights.map { $0.converted(to: precision) }
    }
}
