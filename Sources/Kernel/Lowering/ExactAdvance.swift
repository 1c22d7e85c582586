import Symbolic

/// x ← x + elapsed·rate·exprel(elapsed·slope): the exact solution of dx/dt = rate, linear in x
/// with constant coefficients, over the time since the synapse's last event.
public struct ExactAdvance: Sendable, Hashable {
    public var variable: String
    public var rate: Expr
    public var slope: Expr
}
