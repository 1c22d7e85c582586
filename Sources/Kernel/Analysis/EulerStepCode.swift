import Codegen
import Lowering
import Symbolic

/// The C of one Euler step of neuron i and of its discrete adjoint, as the loop body of `CompiledEulerSlopes`' entry:
/// `next = x + dt·f(x, a)`, and for the adjoint λ of the stepped state `previous = λ + dt·λ·∂f/∂x` and
/// `drive = dt·λ·∂f/∂a` (the vector–Jacobian products of the step, Werbos 1990), with ∂f/∂x and ∂f/∂a never stored.
/// Values the right-hand sides or their derivatives share (tanh(I) and the tanh(I) of its slope) are computed once
/// (`CommonSubexpressions`), which keeps their bits; each sum runs over the equations in order from 0, as a loop over
/// a stored Jacobian does, so both tiers give the bits that loop gives.
struct EulerStepCode {
    var step: [String] = []
    var adjoint: [String] = []

    /// `index`: the C of each state and accumulator of neuron i.
    init(equations: [Expr], states: [String], accumulators: [String], index: [String: String]) {
        let m = states.count, couplings = accumulators.count
        let c = CExpression(precision: .f64, name: { index[$0] ?? "soma_e" + $0.dropFirst() })
        let forward = CommonSubexpressions(equations) { "@f\($0)" }
        step = forward.values.map { "const double \(c.render(.symbol($0.name))) = \(c.render($0.value));" }
        step += forward.expressions.enumerated().map { v, f in "next[i * \(m) + \(v)] = x[i * \(m) + \(v)] + dt * \(c.render(f));" }
        // ∂f_u/∂x_v at u·m + v, then ∂f_u/∂a_k at m² + k·m + u.
        let jacobian = equations.flatMap { f in states.map { f.derivative(with: $0) } }
        let slopes = accumulators.flatMap { a in equations.map { $0.derivative(with: a) } }
        let backward = CommonSubexpressions(jacobian + slopes) { "@b\($0)" }
        adjoint = backward.values.map { "const double \(c.render(.symbol($0.name))) = \(c.render($0.value));" }
        let derivative = backward.expressions.map { c.render($0) }
        func product(_ entry: (Int) -> Int) -> String {
            "double s = 0.0; " + (0..<m).map { u in "s += lambda[i * \(m) + \(u)] * \(derivative[entry(u)]);" }.joined(separator: " ")
        }
        for v in 0..<m {
            adjoint.append("{ \(product { $0 * m + v }) previous[i * \(m) + \(v)] = lambda[i * \(m) + \(v)] + dt * s; }")
        }
        for k in 0..<couplings {
            adjoint.append("{ \(product { m * m + k * m + $0 }) drive[i * \(couplings) + \(k)] = dt * s; }")
        }
    }
}
