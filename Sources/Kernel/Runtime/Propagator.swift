import Foundation
import Support
import Symbolic

/// The propagators of `method = exact` for dx/dt = A·x + b over one step dt: Φ = e^{A·dt} and
/// Ψ = ∫₀^dt e^{A·s} ds, both read off one matrix exponential (Van Loan 1978):
///
///     exp([[A, I], [0, 0]]·dt) = [[Φ, Ψ], [0, I]]
///
/// The exponential is Padé's [8/8] approximant after scaling the matrix to a 1-norm of at most
/// 1/2, then squaring back (Moler and Van Loan, "Nineteen dubious ways", method 3): the
/// approximant's relative error there is below 1e-20, so round-off is all that remains. The
/// linear solve is LAPACK's dgesv, the products BLAS's dgemm.
struct Propagator {
    var phi: Matrix
    var psi: Matrix

    init(_ a: Matrix, dt: Double, _ blas: BLAS) throws(LAPACKFailure) {
        let n = a.rows
        var augmented = Matrix(rows: 2 * n, columns: 2 * n, values: Array(repeating: 0, count: 4 * n * n))
        for i in 0..<n {
            for j in 0..<n { augmented[i, j] = a[i, j] * dt }
            augmented[i, n + i] = dt
        }
        let e = try Self.exponential(augmented, blas)
        phi = Matrix(rows: n, columns: n, values: (0..<n).flatMap { i in (0..<n).map { e[i, $0] } })
        psi = Matrix(rows: n, columns: n, values: (0..<n).flatMap { i in (0..<n).map { e[i, n + $0] } })
    }

    static func exponential(_ m: Matrix, _ blas: BLAS) throws(LAPACKFailure) -> Matrix {
        let n = m.rows
        let norm = (0..<n).map { j in (0..<n).reduce(0) { $0 + abs(m[$1, j]) } }.max() ?? 0
        let squarings = norm > 0.5 ? Int((log2(norm / 0.5)).rounded(.up)) : 0
        var x = m
        for k in x.values.indices { x.values[k] = x.values[k] / Double(1 << min(squarings, 62)) }
        let q = 8
        var numerator = Matrix.identity(n), denominator = Matrix.identity(n)
        var power = Matrix.identity(n), c = 1.0
        for k in 1...q {
            c *= Double(q - k + 1) / Double(k * (2 * q - k + 1))
            power = power.times(x, blas)
            for i in power.values.indices {
                numerator.values[i] += c * power.values[i]
                denominator.values[i] += (k % 2 == 0 ? c : -c) * power.values[i]
            }
        }
        var result = try denominator.solving(numerator, blas)
        for _ in 0..<squarings { result = result.times(result, blas) }
        return result
    }
}
