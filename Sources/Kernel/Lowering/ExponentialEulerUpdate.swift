import Symbolic

/// Exponential Euler for one population: every right-hand side read at the start of the step,
/// the values they and their slopes share, then each variable's new state by its rule.
///
/// With noise it is Euler–Maruyama for the noise: the Wiener increments are drawn first
/// (`increments`, named `@dW_<noise>`) and each result adds Σ_k g_k·ΔW_k.
public struct ExponentialEulerUpdate: Sendable, Hashable {
    public var drives: [StageDrive]
    public var increments: [SymbolicAssignment] = []
    public var shared: [SymbolicAssignment]
    public var results: [Result]

    /// A variable's new state; `rate` and `slope` may read the shared values.
    public struct Result: Sendable, Hashable {
        public var variable: String
        public var form: Form
        /// Σ_k g_k·ΔW_k over the start state and the increments; nil without noise.
        public var noise: Expr?
    }

    public enum Form: Sendable, Hashable {
        /// No equation: x.
        case unchanged
        /// x + dt·rate (the slope is zero).
        case euler(rate: Expr)
        /// x + rate·factor, the factor dt·exprel(dt·slope) a loop invariant (`@hK`).
        case hoisted(rate: Expr, factor: Expr)
        /// x + dt·rate·exprel(dt·slope).
        case perNeuron(rate: Expr, slope: Expr)

        /// The right-hand side; nil for a variable without an equation.
        public var rate: Expr? {
            switch self {
            case .unchanged: return nil
            case .euler(let rate), .hoisted(let rate, _), .perNeuron(let rate, _): return rate
            }
        }
    }
}
