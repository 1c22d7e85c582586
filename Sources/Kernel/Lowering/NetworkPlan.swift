import Integrators
import Language
import Model
import Network
import Symbolic

/// What the code generator needs to know about a network: everything that
/// changes the C text. Values that can change without recompiling (parameter
/// values, constant drives, dt, seed, record ranges) are not here: they travel
/// in the parameter block at run time.
public struct NetworkPlan: Sendable {
    public struct PopulationPlan: Sendable {
        public var name: String
        public var model: NeuronModel
        public var method: IntegrationMethod
        /// How its noise is read, when it has noise.
        public var noise: NoiseCalculus
        /// Inputs driven by an expression (of t, i, N); the others read a constant from the parameter block.
        public var drivenInputs: [String: Expr]
        public var recordsSpikes: Bool
        /// Whether projections read the list of neurons that fired this step.
        public var listsSpikes: Bool
        /// A generator: its spikes come from a schedule, not from equations.
        public var isScheduled: Bool
        /// The stream its rand(), randn() and noise draw from: its index + 1, or its instance's (`NetworkPopulation.randomStream`).
        public var randomStream: UInt32 = 0
        /// The seed its draws use (`NetworkPopulation.seed`), written into its code.
        public var randomSeed: DrawSeed = .run
        /// Where the population was declared (`NetworkPopulation.declarationRange`).
        public var declarationRange: SourceRange? = nil

        public init(name: String, model: NeuronModel, method: IntegrationMethod, noise: NoiseCalculus = .ito, drivenInputs: [String: Expr],
                    recordsSpikes: Bool, listsSpikes: Bool = false, isScheduled: Bool = false) {
            self.name = name
            self.model = model
            self.method = method
            self.noise = noise
            self.drivenInputs = drivenInputs
            self.recordsSpikes = recordsSpikes
            self.listsSpikes = listsSpikes
            self.isScheduled = isScheduled
        }
    }

    /// A state recorder: each neuron's `variable` copied, or `value` (an expression of the model's
    /// variables and parameters) read per neuron and reduced, one double per sample.
    public struct RecorderPlan: Sendable {
        public var population: Int
        public var variable: String
        public var reduction: Reduction?
        public var value: Expr
        /// The symbols of `value` that are state variables; the others are parameters.
        public var variables: Set<String>

        public init(population: Int, variable: String, reduction: Reduction? = nil, value: Expr? = nil, variables: Set<String>? = nil) {
            self.population = population
            self.variable = variable
            self.reduction = reduction
            self.value = value ?? .symbol(variable)
            self.variables = variables ?? [variable]
        }
    }

    public var populations: [PopulationPlan]
    public var recorders: [RecorderPlan]
    public var projections: [ProjectionPlan]
    public var poissonInputs: [PoissonInputPlan]
    public var denseCouplings: [DenseCouplingPlan]
    public var precision: Precision

    public init(populations: [PopulationPlan], recorders: [RecorderPlan], projections: [ProjectionPlan] = [],
                poissonInputs: [PoissonInputPlan] = [], denseCouplings: [DenseCouplingPlan] = [], precision: Precision) {
        self.populations = populations
        self.recorders = recorders
        self.projections = projections
        self.poissonInputs = poissonInputs
        self.denseCouplings = denseCouplings
        self.precision = precision
    }
}

/// What changes the C of one projection: which populations it joins and what its events do.
public struct ProjectionPlan: Sendable {
    public var source: Int
    public var target: Int
    /// Over the target's names (per-post variables and parameters, renamed), per-synapse and per-source variables, w, t, i and j.
    /// `onPre` runs at each synapse of a spike; `onPreOnce`, the lines that set per-source variables, once per spike after them.
    public var onPre: [NeuronModel.Reset]
    public var onPreOnce: [NeuronModel.Reset]
    public var onPost: [NeuronModel.Reset]
    /// Advanced exactly from their last event at each event: d(variable)/dt = rhs, linear with constant coefficients.
    public var perSynapseEquations: [(variable: String, rhs: Expr)]
    public var perSynapseVariables: [String]
    /// Likewise, once per source neuron at each of its spikes.
    public var perSourceEquations: [(variable: String, rhs: Expr)]
    public var perSourceVariables: [String]
    public var weightPerSynapse: Bool
    public var delayPerSynapse: Bool
    /// A current that reads the source (`V_pre`): summed over the synapses each step, both ways.
    public var coupling: Coupling?
    /// The C type of its target indices (`columns`).
    public var targetIndexWidth: TargetIndexWidth
    /// Where the synapse was defined, for compiler messages.
    public var range: SourceRange
}

/// What changes the C of one Poisson input: its target, its rate (of t) and what one source spike adds.
public struct PoissonInputPlan: Sendable {
    public var target: Int
    /// The rate with its liftable constants as symbols (`PoissonRate`): the values are parameters, not code.
    public var rate: Expr
    public var rateConstants: Int
    public var increments: [(variable: String, delta: Expr)]
    /// 0x3000 + its index, or its instance's stream (`PoissonInput.randomStream`).
    public var randomStream: UInt32
    /// The seed its draws use (`PoissonInput.seed`).
    public var randomSeed: DrawSeed = .run
}

/// What changes the C of one `couple`: the population, the variable it reads and the accumulator it writes;
/// `index` is the coupling's place among the population's weight matrices (`Slot.denseWeights`).
public struct DenseCouplingPlan: Sendable {
    /// The population read; `population` (the target) holds the weights and the accumulator.
    public var source: Int
    public var population: Int
    public var index: Int
    public var variable: String
    public var accumulator: String
    /// The source's delayed read (`PopulationProgram.delays`) the coupling sums, when it has `delay =`.
    public var delay: Int?
}
