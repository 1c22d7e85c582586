/// How an `EulerNetwork`'s neurons spike: after each Euler step x̃, a neuron whose condition c(x̃) is above 0
/// spikes, s = H(c), and is reset, x' = x̃ + s·(R(x̃) − x̃). The backward pass takes s's slope from the
/// surrogate, so the reset's jump passes gradient back through the condition (Bellec et al. 2020).
public struct SpikeRule: Sendable {
    /// For states x (neurons × m): c (neurons), ∂c/∂x (neurons × m), the reset states R(x) (neurons × m; a
    /// variable the reset leaves keeps its value) and ∂R/∂x (neurons × m × m, row-major).
    public typealias Evaluate = @Sendable (_ x: [Double]) -> (condition: [Double], conditionSlopes: [Double], reset: [Double], resetJacobian: [Double])

    public var evaluate: Evaluate
    public var surrogate: Surrogate
    /// Spike by S(c) instead of H(c) in the forward pass: the smooth objective whose gradient the backward
    /// pass computes exactly (what finite differences can check).
    public var smoothed = false

    public init(evaluate: @escaping Evaluate, surrogate: Surrogate) {
        self.evaluate = evaluate
        self.surrogate = surrogate
    }

    /// The states after spikes and resets from the Euler step's `stepped` states, with each neuron's
    /// ∂x'/∂x̃ (m × m) and the spikes.
    func apply(_ stepped: [Double], neurons n: Int, variables m: Int) -> (next: [Double], jacobian: [Double], spikes: [Double]) {
        let rule = evaluate(stepped)
        var next = stepped, jacobian = [Double](repeating: 0, count: n * m * m), spikes = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let c = rule.condition[i]
            let s = smoothed ? surrogate.smoothed(c) : (c > 0 ? 1.0 : 0)
            let slope = surrogate.derivative(c)
            spikes[i] = s
            for u in 0..<m {
                let jump = rule.reset[i * m + u] - stepped[i * m + u]
                next[i * m + u] += s * jump
                for v in 0..<m {
                    let base = (u == v ? 1 - s : 0) + s * rule.resetJacobian[(i * m + u) * m + v]
                    jacobian[(i * m + u) * m + v] = base + jump * slope * rule.conditionSlopes[i * m + v]
                }
            }
        }
        return (next, jacobian, spikes)
    }
}
