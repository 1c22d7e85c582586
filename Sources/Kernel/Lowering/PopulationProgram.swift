import Integrators
import Language
import Model
import Network
import Symbolic

/// One population's step, lowered: the update of each neuron after its integrator is expanded,
/// refractoriness, the spike condition and reset, and what happens to its spikes.
///
/// Random draws (`rand()`, `randn()`) are numbered per neuron and step in the order the
/// expressions come here — the update's assignments, the refractory condition, the spike
/// condition, the reset — so every back end that keeps this order draws the same numbers.
public struct PopulationProgram: Sendable {
    public var name: String
    public var method: IntegrationMethod
    public var variables: [String]
    public var parameters: [String]
    /// Inputs that read one value per run from the parameter block.
    public var constantInputs: [String]
    /// Inputs driven by an expression of t, i, N and parameters, in declaration order.
    public var drivenInputs: [SymbolicAssignment]
    /// Values the same for every neuron (`@hK`, LoopInvariants), computed once per step before the
    /// neurons.
    public var invariants: [SymbolicAssignment]
    public var update: NeuronUpdate
    /// The past states the update reads (`V(t - 5 ms)`), each by its symbol, from a history the
    /// step keeps of each variable in `delayedVariables`.
    public var delays: [DelayedRead]
    public var delayedVariables: [String]
    public var refractoriness: Refractoriness?
    /// Variables held at their value while refractory (those the spike condition reads).
    public var frozenWhileRefractory: [String]
    public var spike: SpikeProgram?
    /// A generator: its spikes come from a schedule, and it has no update.
    public var isScheduled: Bool
    public var listsSpikes: Bool
    public var recordsSpikes: Bool
    /// The stream its rand(), randn() and noise draw from.
    public var randomStream: UInt32
    /// The seed its draws use: the run's or a sweep member's own, mixed with its instance's name hash.
    public var randomSeed: DrawSeed = .run
    /// Where the model and each of its behaviours (`d/dt X`, `spike`, `reset`, `refractory`) were written.
    public var range: SourceRange
    public var sourceRanges: [String: SourceRange]
    /// Where the population was declared (`population P = ...`), when a network declared it; refusals of the population point here.
    public var declarationRange: SourceRange? = nil

    public enum Refractoriness: Sendable, Hashable {
        /// A number of steps after each spike (from the parameter block).
        case forSteps
        case whileTrue(Expr)
    }
}
