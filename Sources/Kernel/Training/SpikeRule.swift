/// How an `EulerNetwork`'s neurons spike: after each Euler step x̃, a neuron whose condition c(x̃, p) is above 0
/// spikes, s = H(c), and is reset, x' = x̃ + s·(R(x̃, p) − x̃). The backward pass takes s's slope from the
/// surrogate, so the reset's jump passes gradient back through the condition (Bellec et al. 2020), to the states
/// and to the trained parameters p the condition or the reset read.
public struct SpikeRule: Sendable {
    /// For states x (neurons × m) and the network's trained parameters p (neurons × P): c (neurons), ∂c/∂x (neurons × m),
    /// the reset states R(x) (neurons × m; a variable the reset leaves keeps its value), ∂R/∂x (neurons × m × m,
    /// row-major), ∂c/∂p (neurons × P) and ∂R/∂p (neurons × m × P); the last two empty where neither reads a parameter.
    public typealias Evaluate = @Sendable (_ x: [Double], _ parameters: [Double])
        -> (condition: [Double], conditionSlopes: [Double], reset: [Double], resetJacobian: [Double], parameterSlopes: [Double], resetParameterSlopes: [Double])

    public var evaluate: Evaluate
    public var surrogate: Surrogate
    /// Spike by S(c) instead of H(c) in the forward pass: the smooth objective whose gradient the backward
    /// pass computes exactly (what finite differences can check).
    public var smoothed = false

    public init(evaluate: @escaping Evaluate, surrogate: Surrogate) {
        self.evaluate = evaluate
        self.surrogate = surrogate
    }

    /// The states after spikes and resets from the Euler step's `stepped` states, with each neuron's ∂x'/∂x̃ (m × m),
    /// ∂x'/∂p (m × P; empty where the rule reads no parameter) and the spikes.
    func apply(_ stepped: [Double], parameters: [Double], neurons n: Int, variables m: Int)
        -> (next: [Double], jacobian: [Double], parameterJacobian: [Double], spikes: [Double]) {
        let rule = evaluate(stepped, parameters)
        let count = n == 0 ? 0 : parameters.count / n
        let readsParameters = !rule.parameterSlopes.isEmpty || !rule.resetParameterSlopes.isEmpty
        var next = stepped, jacobian = [Double](repeating: 0, count: n * m * m), spikes = [Double](repeating: 0, count: n)
        var parameterJacobian = [Double](repeating: 0, count: readsParameters ? n * m * count : 0)
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
                guard readsParameters else { continue }
                for p in 0..<count {
                    let reset = rule.resetParameterSlopes.isEmpty ? 0 : rule.resetParameterSlopes[(i * m + u) * count + p]
                    let condition = rule.parameterSlopes.isEmpty ? 0 : rule.parameterSlopes[i * count + p]
                    parameterJacobian[(i * m + u) * count + p] = s * reset + jump * slope * condition
                }
            }
        }
        return (next, jacobian, parameterJacobian, spikes)
    }
}
