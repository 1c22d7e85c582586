import Foundation
import Network
import Symbolic

extension ProjectionState {
    /// The value of `name` (`w`, or a per-synapse variable of the synapse) at every synapse, in the order they were drawn
    /// (by source neuron), at model time `time`; nil before the first run has drawn them, or for a name not kept per synapse.
    /// A weight that is one constant is that constant at each synapse. Per-synapse variables are stored as of each synapse's
    /// last event and advanced only at events, so they are carried forward here by the exact solution the generated code
    /// uses at the next event. `synapses` limits the work to those (a recording of a slice).
    package func values(of name: String, in projection: NetworkProjection, parameters: [String: Double], at time: Double,
                        synapses: Range<Int>? = nil) throws -> [Double]? {
        guard isBuilt else { return nil }
        let indices = synapses ?? 0..<count
        if name == "w" {
            if let weights { return weights.values(in: indices) }
            return Array(repeating: projection.weight.expr.constantValue ?? 0, count: indices.count)
        }
        guard let buffer = state[name] else { return nil }
        // Without an equation a variable changes only at events: what is stored is its value now.
        guard let rhs = projection.synapse.dynamics.equations.first(where: { $0.variable == name })?.rhs else {
            return buffer.values(in: indices)
        }
        // Linear in x with constant coefficients (checked when the synapse was resolved), so f(x) = f(0) + f'·x, both
        // evaluated once rather than per synapse (a recording reads them often): x(t) = x + Δ·f(x)·exprel(Δ·f').
        let constants = { (symbol: String) in projection.targetNames[symbol].flatMap { parameters[$0] } }
        let slope = try rhs.derivative(with: name).evaluate(constants)
        let offset = try rhs.evaluate { $0 == name ? 0 : constants($0) }
        var values = buffer.values(in: indices)
        let last = UnsafeBufferPointer(start: lastUpdate.pointer + indices.lowerBound, count: indices.count)
        for k in values.indices {
            let elapsed = time - last[k], x = values[k]
            let z = elapsed * slope
            let exprel = Exponential.exprel(z)
            values[k] = x + elapsed * (offset + slope * x) * exprel
        }
        return values
    }
}
