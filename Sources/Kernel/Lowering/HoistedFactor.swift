import Symbolic

/// dt·exprel(dt·slope) for a variable whose exponential-Euler slope reads only parameters and
/// time: the exponential of a linear equation, computed once per step instead of per neuron.
public struct HoistedFactor: Sendable, Hashable {
    public var variable: String
    public var slope: Expr
}
