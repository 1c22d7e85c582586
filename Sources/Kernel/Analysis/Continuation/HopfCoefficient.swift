import Support
import Symbolic

/// The frequency ω and the first Lyapunov coefficient l1 at a Hopf point
/// (Kuznetsov, Elements of Applied Bifurcation Theory, eq. 3.20):
///
///     l1 = Re[⟨p, C(q,q,q̄)⟩ − 2⟨p, B(q, A⁻¹B(q,q̄))⟩ + ⟨p, B(q̄, (2iω − A)⁻¹B(q,q))⟩] / (2ω)
///
/// with A q = iω q, Aᵀ p = −iω p, ⟨q, q⟩ = ⟨p, q⟩ = 1. l1 < 0: supercritical
/// (a stable cycle is born), l1 > 0: subcritical.
struct HopfCoefficient {
    var frequency: Double
    var firstLyapunov: Double

    init?(system: DynamicalSystem, x: [Double], p: [Double], blas: BLAS) {
        let n = system.dimension
        let a = Matrix(square: system.jacobian(x, p))
        guard let eigen = try? LinearAlgebra.eigensystem(a, blas),
              let k = eigen.values.indices.filter({ eigen.values[$0].im > 0 })
                  .min(by: { abs(eigen.values[$0].re) < abs(eigen.values[$1].re) }) else { return nil }
        let omega = eigen.values[k].im
        var q = ComplexVector(eigen.vector(k))
        q = q.scaled(by: LinearAlgebra.Complex(1 / q.inner(q).re.squareRoot(), 0))
        var left = ComplexVector(eigen.vector(k, left: true))
        let pq = left.inner(q).reciprocal
        left = left.scaled(by: LinearAlgebra.Complex(pq.re, -pq.im))

        let forms = MultilinearForms(system: system, x: x, p: p)
        let bqq = forms.bilinear(q, q)
        let bqqbar = forms.bilinear(q, q.conjugate)
        guard let h11 = try? LinearAlgebra.solve(a, bqqbar.re, blas),
              let h20 = Self.solveShifted(a, by: 2 * omega, bqq, n, blas) else { return nil }
        let zero = [Double](repeating: 0, count: n)
        let c = forms.trilinear(q: q)
            - forms.bilinear(q, ComplexVector(re: h11, im: zero)).scaled(by: LinearAlgebra.Complex(2, 0))
            + forms.bilinear(q.conjugate, h20)
        frequency = omega
        firstLyapunov = left.inner(c).re / (2 * omega)
    }

    /// (iσ − A) z = b as the real system [[−A, −σ], [σ, −A]] (x, y) = (b.re, b.im).
    private static func solveShifted(_ a: Matrix, by sigma: Double, _ b: ComplexVector, _ n: Int, _ blas: BLAS) -> ComplexVector? {
        var m = Matrix(rows: 2 * n, columns: 2 * n, values: Array(repeating: 0, count: 4 * n * n))
        for i in 0..<n {
            for j in 0..<n {
                m[i, j] = -a[i, j]
                m[n + i, n + j] = -a[i, j]
            }
            m[i, n + i] = -sigma
            m[n + i, i] = sigma
        }
        guard let z = try? LinearAlgebra.solve(m, b.re + b.im, blas) else { return nil }
        return ComplexVector(re: Array(z[0..<n]), im: Array(z[n...]))
    }
}
