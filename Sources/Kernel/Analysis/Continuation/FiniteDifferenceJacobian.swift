import Symbolic

/// ∂F/∂u by central differences, for the defining systems of fold and Hopf curves,
/// whose residuals already contain the exact Jacobian of f: differencing them gives
/// the second derivatives Newton needs. Only the convergence rate depends on these
/// entries, not where Newton converges.
func centralDifferenceJacobian(of residual: ([Double]) -> [Double], at u: [Double], rows: Int) -> Matrix {
    var m = Matrix(rows: rows, columns: u.count, values: Array(repeating: 0, count: rows * u.count))
    for j in u.indices {
        let h = 1e-6 * max(1, abs(u[j]))
        var plus = u, minus = u
        plus[j] += h
        minus[j] -= h
        let (fp, fm) = (residual(plus), residual(minus))
        for i in 0..<rows { m[i, j] = (fp[i] - fm[i]) / (2 * h) }
    }
    return m
}
