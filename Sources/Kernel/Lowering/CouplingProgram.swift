import Symbolic

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
