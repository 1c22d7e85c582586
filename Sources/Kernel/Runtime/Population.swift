/// N copies of a model with their parameter values, drives and current state.
public final class Population: @unchecked Sendable {
    public enum Drive: Sendable {
        case constant(Double)
        /// Evaluated each step (and at each stage) over t, i and N.
        case expression(Expr)
    }

    public let name: String
    public let model: NeuronModel
    public let size: Int
    public internal(set) var parameters: [String: Double]
    public internal(set) var drives: [String: Drive]
    public internal(set) var state: [String: StateBuffer]
    var refractoryUntil: RawArray<Int64>
    var previousCondition: RawArray<UInt8>
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
    }

    func convert(to precision: Precision) {
        for (name, buffer) in state { state[name] = buffer.converted(to: precision) }
    }
}
