/// A curve F(u) = 0 to follow, F: ℝᵐ⁺¹ → ℝᵐ. By convention the last unknown
/// is the parameter being varied, so a fold of the curve is where the tangent's
/// last component changes sign.
protocol ContinuationProblem {
    func residual(_ u: [Double]) -> [Double]
    /// ∂F/∂u, m × (m + 1).
    func jacobian(_ u: [Double]) -> Matrix
    /// Called with each accepted point; periodic orbits re-anchor their phase condition here.
    mutating func accept(_ u: [Double])
}

extension ContinuationProblem {
    mutating func accept(_ u: [Double]) {}
}
