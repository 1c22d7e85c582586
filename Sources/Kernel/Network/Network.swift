import Language
import Library
import Model
import Support
import Symbolic

/// The network a session has built so far, as a value: the models and synapses
/// defined, the populations with their models after synapses are merged in,
/// projections, Poisson inputs, dense couplings, recordings and initial values.
/// It holds no buffers: `NetworkState` (Runtime) holds the numbers, and
/// `NetworkBuilder` makes each new value from the last and one statement.
public struct Network: Sendable {
    public internal(set) var models: [String: NeuronModel] = [:]
    public internal(set) var synapses: [String: SynapseModel] = [:]
    /// The session's `channel` definitions, composed into the neurons that `use` them.
    public internal(set) var channels: [String: ChannelDeclaration] = [:]
    /// `network EI(...) { ... }`: reusable networks, by name.
    public internal(set) var networkDefinitions: [String: NetworkDefinition] = [:]
    /// Where each model, synapse, channel and network definition was defined: they share one name space.
    var definitions: [String: SourceRange] = [:]
    /// The instances built from network definitions, outermost first, each before those it holds.
    public internal(set) var instances: [NetworkInstanceRecord] = []
    public internal(set) var populations: [NetworkPopulation] = []
    public internal(set) var projections: [NetworkProjection] = []
    public internal(set) var poissonInputs: [PoissonInput] = []
    public internal(set) var couplings: [DenseCoupling] = []
    public internal(set) var spikeRecordings: [SpikeRecording] = []
    public internal(set) var stateRecordings: [StateRecording] = []
    /// `record P.I`: inputs, whose `variable` names the input; sampled from the drive, not by generated code.
    public internal(set) var inputRecordings: [StateRecording] = []
    /// `record AB.w[0:100]`: a projection's per-synapse values, read between chunks, not by generated code.
    public internal(set) var synapseRecordings: [SynapseRecording] = []
    /// In the order they were written; a run realises those not yet realised, in this order.
    public internal(set) var initialValues: [InitialValue] = []
    /// `sweep W = Wang(coherence in [...])`: the members each sweep built, in order.
    public internal(set) var sweeps: [Sweep] = []
    var streams = RandomStreams()

    public init() {}

    public func populationIndex(named name: String) -> Int? {
        populations.firstIndex { $0.name == name }
    }

    public func population(named name: String) -> NetworkPopulation? {
        populationIndex(named: name).map { populations[$0] }
    }

    public func projectionIndex(named name: String) -> Int? {
        projections.firstIndex { $0.name == name }
    }

    /// The time dimensions of the populations' models: one when they agree.
    package var timeDimensions: Set<Dimension> { Set(populations.map(\.model.timeDimension)) }

    /// Whether a population's model comes with Soma (poisson, generator) rather than from the session.
    package func isSpikeSource(_ population: NetworkPopulation) -> Bool {
        models[population.model.name] == nil && SpikeSources.models[population.model.name] != nil
    }
}

/// N copies of a model, with its parameter values and drives.
public struct NetworkPopulation: Sendable {
    public var name: String
    /// The model, with the per-post variables and currents of the synapses onto it merged in.
    public var model: NeuronModel
    public var size: Int
    public var parameters: [String: Double]
    public var drives: [String: Drive]
    /// For a `generator`: the spikes it emits.
    public var spikeTimes: SpikeTimes?
    /// Model time when the population was created, for rates of unrecorded spikes.
    public var createdAt: Double
    /// Inside an instance, the stream its rand(), randn() and noise draw from, numbered from the instance's name;
    /// nil elsewhere, where its place in the network numbers it.
    public var randomStream: UInt32? = nil
    /// The seed its draws use: the run's, or a sweep member's own, mixed with its instance's name hash.
    public var seed: DrawSeed = .run
    /// Where `population P = ...` was written: what a refusal of the population (rather than of its model) points at.
    public var declarationRange: SourceRange? = nil
}

public enum Drive: Sendable {
    case constant(Double)
    /// Evaluated each step (and at each stage) over t, i and N.
    case expression(Expr)
}

/// `population G = generator(N, times = "...", indices = "...")`: neuron indices[k] fires at times[k].
public struct SpikeTimes: Sendable {
    public var times: [Double]
    public var indices: [Int32]
}

/// The connections of one `connect` statement onto one target: how they are drawn and what they carry.
public struct NetworkProjection: Sendable {
    /// `connect ... as AB`, else `Source_Target`: what `print AB.w` and `plot hist AB.w` call it.
    public var name: String
    public var source: Int
    public var target: Int
    public var synapse: SynapseModel
    /// Synapse names of per-post variables and parameters → their names in the target's model.
    public var targetNames: [String: String]
    public var rule: ConnectionRule
    public var excludeSelf: Bool
    public var weight: SynapseValue
    public var delay: SynapseValue
    public var coupling: Coupling?
    /// The random stream its connections and per-synapse values are drawn from.
    public var stream: UInt32
    /// The seed its draws use: the run's, or a sweep member's own, mixed with its instance's name hash.
    public var seed: DrawSeed = .run
    /// Where its `connect` statement was written: what a failure to draw its synapses points at.
    public var declarationRange: SourceRange? = nil

    /// Weights are kept per synapse when they differ between synapses or events change them.
    public var weightPerSynapse: Bool { weight.isPerSynapse || synapse.isPlastic }

    /// What `AB.x` may read: the weight and the synapse's per-synapse variables.
    public var perSynapseNames: [String] {
        ["w"] + synapse.dynamics.variables.map(\.name).filter(synapse.perSynapse.contains)
    }
}

/// A per-synapse weight or delay: a constant, or an expression of i, j, rand() and randn().
public enum SynapseValue: Sendable {
    case constant(Double)
    case perSynapse(Expr)

    public var isPerSynapse: Bool { if case .perSynapse = self { return true } else { return false } }

    public var expr: Expr {
        switch self {
        case .constant(let value): return .constant(value)
        case .perSynapse(let e): return e
        }
    }
}

/// `record P.spikes`: from `start` (model time) on.
public struct SpikeRecording: Sendable, Equatable {
    public var population: Int
    public var start: Double
    /// `record rate(P) window T`: the bin width `plot rate P` counts spikes in; the rate is
    /// computed from the recorded spikes when plotted, so the run records spikes only.
    public var rateWindow: Double?
}

/// `record P.V[a:b] every T`: T nil means every step.
public struct StateRecording: Sendable {
    public var population: Int
    public var variable: String
    public var range: Range<Int>
    public var every: Double?
    /// `record mean(P.V)`: each sample of `range` is kept reduced to one value.
    public var reduction: Reduction? = nil
    /// `record mean(E.V - E.El)`: the reduced expression over the model's names, and the unit its
    /// values are shown in; nil for a field (`variable` itself, in its declared unit).
    public var value: Expr? = nil
    public var unit: DisplayUnit? = nil

    /// Whether `other` would record the same samples.
    func records(as other: StateRecording) -> Bool {
        population == other.population && variable == other.variable && range == other.range && every == other.every
            && reduction == other.reduction && value == other.value
    }
}

/// `record AB.w[0:100] every 1 ms`: per-synapse values of a projection over time. Which synapses
/// a slice means is known only once the connections are drawn, so it is resolved at the run.
public struct SynapseRecording: Sendable {
    public var projection: Int
    /// `w` or a per-synapse variable of the synapse model.
    public var variable: String
    public var slice: Slice?
    /// The reference as written, where a slice beyond the drawn synapses is reported.
    public var reference: SourceRange
    public var every: Double?
    public var reduction: Reduction?
}

/// `P.V = expression` (or a variable's declared initial value), drawn from its own random stream.
public struct InitialValue: Sendable {
    public var population: Int
    public var variable: String
    public var value: Expr
    public var stream: UInt32
    /// The seed its draws use: the run's, or a sweep member's own, mixed with its instance's name hash.
    public var seed: DrawSeed = .run
}

/// `network V1 = EI(NE = 4000)` as built: its dotted name, its definition and the values its parameters took.
public struct NetworkInstanceRecord: Sendable {
    public var name: String
    public var definition: String
    /// `NE = 4000`, one per parameter of the definition, in its order (given or by default).
    public var arguments: [String]
}

/// Random stream ids handed out in the order things are created, so that a network
/// built from the same statements draws the same numbers. Inside an instance they are
/// numbered from the instance's name instead (`RandomStreams(instance:)`), so that an
/// instance draws the same numbers whatever else the network holds; its populations and
/// Poisson inputs take one there too (`running()`) for the draws of the run itself.
struct RandomStreams: Sendable {
    /// How many ids have been handed out; a rebuilt network starts each statement where it first started.
    var count: UInt32 = 0
    /// Bits 12–23 from the instance's name, and bit 27 set, inside an instance; 0 outside.
    private var scope: UInt32 = 0
    /// The seed everything drawn in it carries: a sweep member's own, and inside an instance all 64 bits of its name's
    /// hash (12 bits in the stream ids alone would make two names share streams with probability 1/4096).
    private(set) var seed: DrawSeed = .run

    init() {}

    init(instance name: String, seed: UInt64? = nil) {
        var hasher = Hasher64()
        hasher.add(name)
        // FNV-1a barely stirs the middle bits for names one letter apart: mix them (splitmix64's finaliser).
        var z = hasher.value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        z ^= z >> 31
        scope = 0x0800_0000 | (UInt32(truncatingIfNeeded: z) & 0x00FF_F000)
        self.seed = DrawSeed(own: seed, mask: z)
    }

    mutating func initialValue() -> UInt32 {
        count += 1
        return 0x8000_0000 | scope | (count & (scope == 0 ? 0x7FFF_FFFF : 0xFFF))
    }

    mutating func projection() -> UInt32 {
        count += 1
        return 0x4000_0000 | scope | (count & (scope == 0 ? 0x3FFF_FFFF : 0xFFF))
    }

    /// The stream a population or Poisson input of an instance draws from while it runs; nil outside instances
    /// (whose count it leaves alone, so that they draw as before).
    mutating func running() -> UInt32? {
        guard scope != 0 else { return nil }
        count += 1
        return 0x1000_0000 | scope | (count & 0xFFF)
    }

    mutating func coupling() -> UInt32 {
        count += 1
        return 0x2000_0000 | scope | (count & (scope == 0 ? 0x07FF_FFFF : 0xFFF))
    }
}

extension NetworkPopulation {
    /// Each delayed read's delay (`V(t - d)`) in steps of `dt`, with the population's parameters.
    public func delaySteps(dt: Double) -> [Double] {
        model.delays.map { ((try? $0.delay.evaluate { parameters[$0] }) ?? 0) / dt }
    }
}

extension Network {
    /// Coupling k's weights as training left them; they hold until the network is rebuilt from its statements.
    package mutating func setTrainedWeights(ofCoupling k: Int, _ weights: Matrix) {
        couplings[k].weights = .fixed(weights)
    }

    /// Population `name`'s parameter as training left it, where the population and its model's parameter are there.
    package mutating func setTrainedParameter(_ parameter: String, ofPopulation name: String, _ value: Double) {
        guard let p = populationIndex(named: name), populations[p].model.parameter(parameter) != nil else { return }
        populations[p].parameters[parameter] = value
    }

    /// The populations a `couple` or a gap junction reads or writes.
    public var coupledPopulations: Set<Int> {
        Set(couplings.flatMap { [populationIndex(named: $0.source), populationIndex(named: $0.population)] }.compactMap { $0 }
            + projections.filter { $0.coupling != nil }.flatMap { [$0.source, $0.target] })
    }
}
