import Language

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
    /// `mean(P.V)`: state reduced over `neurons`, one value (column) per sample.
    public var reduction: Reduction?

    public init(population: String, times: [Double], timeUnit: String, content: Content, reduction: Reduction? = nil) {
        self.population = population
        self.times = times
        self.timeUnit = timeUnit
        self.content = content
        self.reduction = reduction
    }

    /// The column names of the CSV header: `t (ms)`, then `P.V[3] (mV)` per neuron or `i` for spikes.
    public var columnNames: [String] {
        func named(_ name: String, _ unit: String) -> String { unit.isEmpty ? name : "\(name) (\(unit))" }
        switch content {
        case .state(_, _, let unit, _):
            return [named("t", timeUnit)] + valueNames.map { named($0, unit) }
        case .spikes:
            return [named("t", timeUnit), "i"]
        }
    }

    /// A state recording's value columns: `P.V[3]` per neuron, or `mean(P.V[0:20])` for a
    /// reduction, with the neurons it reduced over written out even when they are all of P.
    public var valueNames: [String] {
        guard case .state(let variable, let neurons, _, _) = content else { return [] }
        guard let reduction else { return neurons.map { "\(population).\(variable)[\($0)]" } }
        // A reduced expression (`E.V - E.El`) is written with its own fields and slices; a variable's name holds no dot.
        if variable.contains(".") { return ["\(reduction.rawValue)(\(variable))"] }
        return ["\(reduction.rawValue)(\(population).\(variable)[\(neurons.first ?? 0):\((neurons.last ?? -1) + 1)])"]
    }

    /// Each row as numbers: the time, then the values (or the spiking neuron's index).
    public var rows: [[Double]] {
        switch content {
        case .state(_, _, _, let values): return zip(times, values).map { [$0] + $1 }
        case .spikes(let indices): return zip(times, indices).map { [$0, Double($1)] }
        }
    }
}
