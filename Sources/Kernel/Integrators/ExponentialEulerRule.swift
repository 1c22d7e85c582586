import Symbolic

/// Exponential Euler as a rule on one equation dx/dt = f: x ← x + dt·f·exprel(dt·b) with
/// b = ∂f/∂x, all right sides read at the start of the step. Which form a variable takes
/// depends on its slope b: zero (plain Euler), the same for every neuron (its factor
/// dt·exprel(dt·b) is computed once per step), or read per neuron.
public enum ExponentialEulerRule: Sendable, Hashable {
    case euler
    case hoistedFactor(slope: Expr)
    case perNeuron(slope: Expr)

    /// `isSameForEveryNeuron` says whether an expression reads only parameters and time.
    public init(rhs: Expr, variable: String, isSameForEveryNeuron: (Expr) -> Bool) {
        let slope = rhs.derivative(with: variable)
        if slope == .zero {
            self = .euler
        } else if isSameForEveryNeuron(slope) {
            self = .hoistedFactor(slope: slope)
        } else {
            self = .perNeuron(slope: slope)
        }
    }
}
