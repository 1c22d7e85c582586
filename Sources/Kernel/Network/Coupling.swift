import Symbolic

/// A continuous coupling (gap junction): `forward` adds into the target's accumulator, `reverse` (pre and post swapped)
/// into the source's. Over `X_pre`, `X_post`, per-synapse variables and the target's parameters.
public struct Coupling: Sendable {
    public var forward: Expr
    public var reverse: Expr
    public var targetAccumulator: String
    public var sourceAccumulator: String
}
