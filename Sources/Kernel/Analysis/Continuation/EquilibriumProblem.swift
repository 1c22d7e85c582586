import Support
import Symbolic

/// Equilibria f(x; p) = 0 as a curve in u = (x, p_k): the other parameters stay
/// at `parameters`.
struct EquilibriumProblem: DenseContinuationProblem {
    var system: DynamicalSystem
    var parameterIndex: Int
    var parameters: [Double]
    let blas: BLAS

    var dimension: Int { system.dimension }

    func state(_ u: [Double]) -> [Double] { Array(u[0..<dimension]) }

    func parameters(_ u: [Double]) -> [Double] {
        var p = parameters
        p[parameterIndex] = u[dimension]
        return p
    }

    func residual(_ u: [Double]) -> [Double] { system.rhs(state(u), parameters(u)) }

    func stateJacobian(_ u: [Double]) -> Matrix {
        Matrix(rows: dimension, columns: dimension, values: system.jacobian(state(u), parameters(u)))
    }

    func jacobian(_ u: [Double]) -> Matrix {
        let n = dimension
        let j = system.jacobian(state(u), parameters(u))
        let fp = system.parameterDerivative(state(u), parameters(u), parameterIndex)
        var m = Matrix(rows: n, columns: n + 1, values: Array(repeating: 0, count: n * (n + 1)))
        for i in 0..<n {
            for c in 0..<n { m[i, c] = j[i * n + c] }
            m[i, n] = fp[i]
        }
        return m
    }

    /// An equilibrium at fixed p_k by Newton from `guess`.
    func equilibrium(near guess: [Double], at value: Double) -> [Double]? {
        let u = { (x: [Double]) in x + [value] }
        return Newton().solve(from: guess, residual: { residual(u($0)) },
                              step: { x, g in try? LinearAlgebra.solve(stateJacobian(u(x)), g, blas) })?.u
    }
}
