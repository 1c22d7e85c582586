/// The network a file builds, as `soma check` prints it: populations with their
/// models after synapses are merged in, projections with their rules, spike
/// sources, couplings, recordings and runs. Values are written in the unit the
/// model gives them; numbers inside expressions are in SI units.
public struct NetworkDescription: Sendable, Codable, Equatable {
    /// The instances of network definitions, each before those it holds.
    public var instances: [InstanceDescription] = []
    /// The sweeps, each naming the instances that are its members.
    public var sweeps: [SweepDescription] = []
    public var populations: [PopulationDescription] = []
    public var projections: [ProjectionDescription] = []
    public var poissonInputs: [PoissonInputDescription] = []
    public var couplings: [CouplingDescription] = []
    public var recordings: [String] = []
    public var runs: [RunDescription] = []
}

/// `network V1 = EI(NE = 4000, ...)` as built: every parameter's value, and the populations it holds itself.
public struct InstanceDescription: Sendable, Codable, Equatable {
    /// Dotted: `V1.L4` is L4 inside V1.
    public var name: String
    public var definition: String
    public var arguments: [String]
    public var populations: [String]
}

/// `sweep W = Wang(c in [0, 25.6], seed in [1, 2])` as built: each swept name's values, and its members in order.
public struct SweepDescription: Sendable, Codable, Equatable {
    public var name: String
    public var definition: String
    /// `c in [0, 25.6]`, one per swept name in the order written, each value once in the order the members take them.
    public var ranges: [String]
    /// `W1`, `W2`, …: the instances it runs.
    public var members: [String]
    /// How the last run ran it: as a batch of one compiled step, or side by side and why (nil before a run).
    public var layout: String? = nil
    /// When it runs side by side because a swept value changes the step: which, what and where.
    public var sideBySide: SweepDifference? = nil
}

public struct PopulationDescription: Sendable, Codable, Equatable {
    public var name: String
    public var model: String
    /// neuron, system, or the spike source it is (poisson, generator).
    public var kind: String
    public var size: Int
    /// `name (unit) = initial value`, the merged per-post variables and accumulators included.
    public var variables: [String]
    /// Parameters whose value differs from the model's definition, `name = value unit`.
    public var parameters: [String]
    /// Inputs and what drives them, `name = value` (a constant, or an expression of t, i and N).
    public var inputs: [String]
    /// `dX/dt = ...` after merging, in declaration order.
    public var equations: [String]
    public var spike: String?
    public var reset: [String]
    public var refractory: String?
}

public struct ProjectionDescription: Sendable, Codable, Equatable {
    /// What `print name.w` reads it by.
    public var name: String
    public var source: String
    public var target: String
    public var synapse: String
    /// Parameters given in `using SYN(...)` that differ from the synapse's definition.
    public var parameters: [String]
    public var rule: String
    public var allowSelf: Bool
    public var weight: String
    public var delay: String
    /// `events` (spikes carried through on pre / on post) or `coupling` (a current read both ways every step).
    public var kind: String
    /// Per-synapse variables the projection keeps, `w` first when weights are kept per synapse.
    public var perSynapse: [String]
    /// Variables the projection keeps once per source neuron (`per pre`).
    public var perSource: [String]
    /// How many synapses were drawn (at the first run); nil before.
    public var synapses: Int?
}

public struct PoissonInputDescription: Sendable, Codable, Equatable {
    public var target: String
    public var synapse: String
    public var sources: Int
    public var rate: String
    public var weight: String
}

public struct CouplingDescription: Sendable, Codable, Equatable {
    public var source: String
    public var population: String
    public var variable: String
    public var input: String
}

public struct RunDescription: Sendable, Codable, Equatable {
    public var line: Int
    public var duration: String
    /// The options as they take effect: dt, method (chosen per population when not given), precision, seed, jit, threads.
    public var options: [String]

    package init(line: Int, duration: String, options: [String]) {
        self.line = line
        self.duration = duration
        self.options = options
    }
}
