import Support
import Symbolic

/// Hopf points in two parameters: u = (x, v, κ, p1, p2) with f(x; p) = 0,
/// (J² + κ) v = 0, ⟨v, v⟩ = 1, ⟨v, c⟩ = 0. On the curve J has eigenvalues ±i√κ, and v
/// lies in their real invariant plane; c, a vector of that plane orthogonal to the last
/// accepted v, picks one direction in it. κ = ω² falls to 0 at a Bogdanov–Takens point.
struct HopfCurveProblem: DenseContinuationProblem {
    var system: DynamicalSystem
    var varied: (Int, Int)
    var parameters: [Double]
    let blas: BLAS
    private var c: [Double] = []

    init(system: DynamicalSystem, varied: (Int, Int), parameters: [Double], blas: BLAS) {
        self.system = system
        self.varied = varied
        self.parameters = parameters
        self.blas = blas
    }

    var n: Int { system.dimension }
    func state(_ u: [Double]) -> [Double] { Array(u[0..<n]) }
    func vector(_ u: [Double]) -> [Double] { Array(u[n..<(2 * n)]) }
    func kappa(_ u: [Double]) -> Double { u[2 * n] }

    func parameters(_ u: [Double]) -> [Double] {
        var p = parameters
        p[varied.0] = u[u.count - 2]
        p[varied.1] = u[u.count - 1]
        return p
    }

    func residual(_ u: [Double]) -> [Double] {
        let j = Matrix(square: system.jacobian(state(u), parameters(u)))
        let v = vector(u)
        let jjv = (j * (j * v)).adding(kappa(u) * v)
        return system.rhs(state(u), parameters(u)) + jjv + [v.dot(v) - 1, v.dot(c)]
    }

    func jacobian(_ u: [Double]) -> Matrix { centralDifferenceJacobian(of: residual, at: u, rows: 2 * n + 2) }

    mutating func accept(_ u: [Double]) {
        let v = vector(u)
        let jv = Matrix(square: system.jacobian(state(u), parameters(u))) * v
        c = (jv - jv.dot(v) * v).normalized
    }
}
