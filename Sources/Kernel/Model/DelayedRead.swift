import Symbolic

/// `X(t - d)`: a state variable of the same neuron read d ago (a delay differential equation).
/// Equations read it as the symbol `symbol`, spelled as written so that printed equations show it.
public struct DelayedRead: Sendable, Hashable {
    public var variable: String
    /// The delay, over parameters, in SI units (model time for a dimensionless model).
    public var delay: Expr
    public var symbol: String

    package init(variable: String, delay: Expr) {
        self.variable = variable
        self.delay = delay
        symbol = "\(variable)(t - \(delay.text))"
    }
}
