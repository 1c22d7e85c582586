/// A recording as `export csv | npy | json` writes it, in display units: one row per
/// sample of a state recording, or one per spike, the time first.
public struct RecordingTable: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        /// `values[k]` holds sample k of `variable` for each of `neurons`, in `unit`.
        case state(variable: String, neurons: [Int], unit: String, values: [[Double]])
        /// Spike k was fired by neuron `indices[k]` at `times[k]`.
        case spikes(indices: [Int])
    }

    public var population: String
    /// Sample or spike times, in `timeUnit` ("" for a model without units).
    public var times: [Double]
    public var timeUnit: String
    public var content: Content

    public init(population: String, times: [Double], timeUnit: String, content: Content) {
        self.population = population
        self.times = times
        self.timeUnit = timeUnit
        self.content = content
    }

    /// The column names of the CSV header: `t (ms)`, then `P.V[3] (mV)` per neuron or `i` for spikes.
    public var columnNames: [String] {
        func named(_ name: String, _ unit: String) -> String { unit.isEmpty ? name : "\(name) (\(unit))" }
        switch content {
        case .state(let variable, let neurons, let unit, _):
            return [named("t", timeUnit)] + neurons.map { named("\(population).\(variable)[\($0)]", unit) }
        case .spikes:
            return [named("t", timeUnit), "i"]
        }
    }

    /// Each row as numbers: the time, then the values (or the spiking neuron's index).
    public var rows: [[Double]] {
        switch content {
        case .state(_, _, _, let values): return zip(times, values).map { [$0] + $1 }
        case .spikes(let indices): return zip(times, indices).map { [$0, Double($1)] }
        }
    }
}
