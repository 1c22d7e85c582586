import Support
import Symbolic

/// Folds of equilibria in two parameters: u = (x, v, p1, p2) with
/// f(x; p) = 0, J(x; p) v = 0, ⟨v, v⟩ = 1.
struct FoldCurveProblem: DenseContinuationProblem {
    var system: DynamicalSystem
    /// The indices of the two varied parameters.
    var varied: (Int, Int)
    var parameters: [Double]
    let blas: BLAS

    var n: Int { system.dimension }
    func state(_ u: [Double]) -> [Double] { Array(u[0..<n]) }
    func vector(_ u: [Double]) -> [Double] { Array(u[n..<(2 * n)]) }

    func parameters(_ u: [Double]) -> [Double] {
        var p = parameters
        p[varied.0] = u[u.count - 2]
        p[varied.1] = u[u.count - 1]
        return p
    }

    func jacobianOfField(_ u: [Double]) -> Matrix { Matrix(square: system.jacobian(state(u), parameters(u))) }

    func residual(_ u: [Double]) -> [Double] {
        let v = vector(u)
        return system.rhs(state(u), parameters(u)) + jacobianOfField(u) * v + [v.dot(v) - 1]
    }

    func jacobian(_ u: [Double]) -> Matrix { centralDifferenceJacobian(of: residual, at: u, rows: 2 * n + 1) }

    /// The left null vector w of J (Jᵀ w = 0, |w| = 1), signed like `reference`.
    func leftNullVector(_ u: [Double], like reference: [Double]?) -> [Double]? {
        guard let eigen = try? LinearAlgebra.eigensystem(jacobianOfField(u), blas),
              let k = eigen.values.indices.min(by: { eigen.values[$0].magnitude < eigen.values[$1].magnitude }),
              eigen.values[k].im == 0 else { return nil }
        let w = eigen.vector(k, left: true).map(\.re).normalized
        guard let reference else { return w }
        return w.dot(reference) < 0 ? (-1) * w : w
    }

    /// The two test functions along the curve: ⟨w, B(v, v)⟩ (twice the fold's quadratic
    /// coefficient; zero at a cusp) and ⟨w, v⟩ (zero where a second eigenvalue reaches
    /// zero: Bogdanov–Takens).
    func cuspTest(_ u: [Double], w: [Double]) -> Double {
        let forms = MultilinearForms(system: system, x: state(u), p: parameters(u))
        return w.dot(forms.bilinear(vector(u), vector(u)))
    }

    func bogdanovTakensTest(_ u: [Double], w: [Double]) -> Double { w.dot(vector(u)) }
}
