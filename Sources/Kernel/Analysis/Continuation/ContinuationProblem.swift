import Support
import Symbolic

/// A curve F(u) = 0 to follow, F: ℝᵐ⁺¹ → ℝᵐ. By convention the last unknown
/// is the parameter being varied, so a fold of the curve is where the tangent's
/// last component changes sign.
protocol ContinuationProblem {
    func residual(_ u: [Double]) -> [Double]
    /// Solves [∂F/∂u(u); rowᵀ] x = b, the bordered system behind every corrector step
    /// and tangent; nil where it is singular.
    func solveBordered(_ u: [Double], row: [Double], _ b: [Double]) -> [Double]?
    /// Called with each accepted point; periodic orbits re-anchor their phase condition here.
    mutating func accept(_ u: [Double])
}

extension ContinuationProblem {
    mutating func accept(_ u: [Double]) {}
}

/// A problem small enough to form ∂F/∂u and factor it densely.
protocol DenseContinuationProblem: ContinuationProblem {
    /// ∂F/∂u, m × (m + 1).
    func jacobian(_ u: [Double]) -> Matrix
    /// LAPACK, for the bordered solve.
    var blas: BLAS { get }
}

extension DenseContinuationProblem {
    func solveBordered(_ u: [Double], row: [Double], _ b: [Double]) -> [Double]? {
        try? LinearAlgebra.solve(jacobian(u).appending(row: row), b, blas)
    }
}
