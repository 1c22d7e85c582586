import Foundation
import Network
import Symbolic

extension ProjectionState {
    /// The value of `name` (`w`, or a per-synapse variable of the synapse) at every synapse, in the order they were drawn
    /// (by source neuron), at model time `time`; nil before the first run has drawn them, or for a name not kept per synapse.
    /// A weight that is one constant is that constant at each synapse. Per-synapse variables are stored as of each synapse's
    /// last event and advanced only at events, so they are carried forward here by the exact solution the generated code
    /// uses at the next event.
    package func values(of name: String, in projection: NetworkProjection, parameters: [String: Double], at time: Double) throws -> [Double]? {
        guard isBuilt else { return nil }
        if name == "w" {
            if let weights { return (0..<count).map { weights[$0] } }
            return Array(repeating: projection.weight.expr.constantValue ?? 0, count: count)
        }
        guard let buffer = state[name] else { return nil }
        // Without an equation a variable changes only at events: what is stored is its value now.
        guard let rhs = projection.synapse.dynamics.equations.first(where: { $0.variable == name })?.rhs else {
            return (0..<count).map { buffer[$0] }
        }
        // Linear in x with constant coefficients (checked when the synapse was resolved): x(t) = x + Δ·f(x)·exprel(Δ·f'(x)).
        let constants = { (symbol: String) in projection.targetNames[symbol].flatMap { parameters[$0] } }
        let slope = try rhs.derivative(with: name).evaluate(constants)
        return try (0..<count).map { k in
            let elapsed = time - lastUpdate[k], x = buffer[k]
            let z = elapsed * slope
            let exprel = z == 0 ? 1 : expm1(z) / z
            return x + elapsed * (try rhs.evaluate { $0 == name ? x : constants($0) }) * exprel
        }
    }
}
