import Language

/// Spikes of one population: times (seconds, or model time units) and neuron indices.
public struct SpikeRecord: Sendable {
    public var population: String
    public var times: [Double] = []
    public var indices: [Int32] = []
    /// When recording started, for rates over the recorded time.
    public var start: Double
}

/// Samples of one state variable for a range of neurons.
public struct StateRecord: Sendable {
    public var population: String
    public var variable: String
    public var range: Range<Int>
    public var everySteps: Int
    /// The global step of the first sample; sample k is at step startStep + k·everySteps.
    public var startStep: Int64
    public var times: [Double] = []
    /// One row per sample, `range.count` values each, or one value when reduced.
    public var values: [[Double]] = []
    /// `record mean(P.V)`: each sample of `range` reduced to one value by the generated code.
    public var reduction: Reduction? = nil
}
