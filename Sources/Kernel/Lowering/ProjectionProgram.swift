/// One projection's work, lowered: the event blocks its spikes run on the synapses, how spikes
/// wait out their delays, and the continuous coupling it sums each step.
///
/// Names in its expressions: the target's variables and parameters, per-synapse variables, `w`,
/// `t`, and in a coupling `X_pre` / `X_post` for the source's and target's variables.
public struct ProjectionProgram: Sendable {
    public var source: Int
    public var target: Int
    /// `on pre`, at the synapses of each spike whose delay ends this step; nil when there is none.
    public var onPre: EventBlock?
    /// `on post`, at the synapses onto each target neuron that fired this step; nil when there is none.
    public var onPost: EventBlock?
    public var perSynapseVariables: [String]
    /// Brings each per-synapse variable from its last event to now, exactly, before a block runs.
    public var advance: [ExactAdvance]
    public var weightPerSynapse: Bool
    public var delivery: Delivery
    public var coupling: CouplingProgram?
    /// The target's state variables, in declaration order.
    public var targetVariables: [String]
    /// Where the synapse was defined.
    public var range: SourceRange

    public enum Delivery: Sendable, Hashable {
        /// One delay for every synapse: each step's spikes wait in one ring slot, by source neuron.
        case constantDelay
        /// A delay per synapse: each synapse's event waits in the queue of the step it arrives.
        case perSynapseDelay
    }
}

/// The assignments one event runs at a synapse, and the target's names it (or the advance before it) reads.
public struct EventBlock: Sendable, Hashable {
    public var assignments: [SymbolicAssignment]
    public var targetVariables: [String]
    public var targetParameters: [String]
}

/// x ← x + elapsed·rate·exprel(elapsed·slope): the exact solution of dx/dt = rate, linear in x
/// with constant coefficients, over the time since the synapse's last event.
public struct ExactAdvance: Sendable, Hashable {
    public var variable: String
    public var rate: Expr
    public var slope: Expr
}

/// A current that reads both sides (a gap junction), summed over the synapses every step:
/// `forward` into the target's accumulator, `reverse` into the source's.
public struct CouplingProgram: Sendable, Hashable {
    public var forward: Expr
    public var reverse: Expr
    public var targetAccumulator: String
    public var sourceAccumulator: String
    /// What the per-synapse advance reads of the target (declared as for an event block).
    public var advanceReads: EventBlock
    /// The source's and the target's variables the currents read as `X_pre` and `X_post`.
    public var sourceVariables: [String]
    public var targetVariables: [String]
    /// The target's parameters the currents read beyond those in `advanceReads`.
    public var targetParameters: [String]
}
