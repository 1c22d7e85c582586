import Language

/// One projection's work, lowered: the event blocks its spikes run on the synapses, how spikes
/// wait out their delays, and the continuous coupling it sums each step.
///
/// Names in its expressions: the target's variables and parameters, per-synapse variables, `w`,
/// `t`, and in a coupling `X_pre` / `X_post` for the source's and target's variables.
public struct ProjectionProgram: Sendable {
    public var source: Int
    public var target: Int
    /// `on pre`, at the synapses of each spike whose delay ends this step (its per-source lines once per
    /// spike, after them: `EventBlock.oncePerSpike`); nil when there is none.
    public var onPre: EventBlock?
    /// `on post`, at the synapses onto each target neuron that fired this step; nil when there is none.
    public var onPost: EventBlock?
    public var perSynapseVariables: [String]
    /// Brings each per-synapse variable from its last event to now, exactly, before a block runs.
    public var advance: [ExactAdvance]
    /// Variables kept per source neuron, and their advance from the source's last spike, once per spike before its synapses.
    public var perSourceVariables: [String]
    public var perSourceAdvance: [ExactAdvance]
    public var weightPerSynapse: Bool
    public var delivery: Delivery
    public var coupling: CouplingProgram?
    /// The target's state variables, in declaration order.
    public var targetVariables: [String]
    /// The bytes of each synapse's target index in `columns`.
    public var targetIndexWidth: TargetIndexWidth
    /// Where the synapse was defined.
    public var range: SourceRange

    public enum Delivery: Sendable, Hashable {
        /// One delay for every synapse: each step's spikes wait in one ring slot, by source neuron.
        case constantDelay
        /// A delay per synapse: each synapse's event waits in the queue of the step it arrives.
        case perSynapseDelay
    }
}
