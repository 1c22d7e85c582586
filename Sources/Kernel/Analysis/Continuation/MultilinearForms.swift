import Symbolic

/// The second and third derivatives of f at an equilibrium as multilinear forms,
/// B(u, v) = D²f(x)[u, v] and C(u, v, v) = D³f(x)[u, v, v], by central differences
/// of the exact Jacobian (so B carries an O(h²) error and C an O(h²) one on a
/// coarser step; both are exact for the polynomial fields of the normal forms).
struct MultilinearForms {
    var system: DynamicalSystem
    var x: [Double]
    var p: [Double]

    private var scale: Double { max(1, x.maxNorm) }

    private func jacobian(shiftedBy v: [Double], _ h: Double) -> Matrix {
        Matrix(square: system.jacobian(x.adding(h * v), p))
    }

    func bilinear(_ u: [Double], _ v: [Double]) -> [Double] {
        let h = 1e-5 * scale / max(v.maxNorm, .leastNormalMagnitude)
        return (1 / (2 * h)) * (jacobian(shiftedBy: v, h) * u - jacobian(shiftedBy: v, -h) * u)
    }

    /// C(u, v, v).
    func trilinear(_ u: [Double], _ v: [Double]) -> [Double] {
        let h = 1e-3 * scale / max(v.maxNorm, .leastNormalMagnitude)
        let center = Matrix(square: system.jacobian(x, p)) * u
        let sum = (jacobian(shiftedBy: v, h) * u).adding(jacobian(shiftedBy: v, -h) * u)
        return (1 / (h * h)) * (sum - 2 * center)
    }

    /// B(a + ib, c + id).
    func bilinear(_ u: ComplexVector, _ v: ComplexVector) -> ComplexVector {
        ComplexVector(re: bilinear(u.re, v.re) - bilinear(u.im, v.im),
                      im: bilinear(u.re, v.im).adding(bilinear(u.im, v.re)))
    }

    /// C(q, q, q̄) for q = a + ib: C(a,a,a) + C(a,b,b) + i (C(b,a,a) + C(b,b,b)).
    func trilinear(q: ComplexVector) -> ComplexVector {
        let (a, b) = (q.re, q.im)
        return ComplexVector(re: trilinear(a, a).adding(trilinear(a, b)), im: trilinear(b, a).adding(trilinear(b, b)))
    }
}
