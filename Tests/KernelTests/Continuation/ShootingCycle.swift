import Kernel
@testable import Analysis

/// A periodic orbit of a three-variable system by single shooting, written here, independent
/// of the collocation: the orbit starts on the section y = 0; Newton adjusts the start's x
/// and z and the period T until φ_T(x0) = x0, where φ is fixed-step RK4 (`steps` per period)
/// of the system together with its variational equations, which also give the monodromy
/// matrix and so the Floquet multipliers.
struct ShootingCycle {
    var start: [Double]
    var period: Double
    var multipliers: [LinearAlgebra.Complex] = []

    init?(system: DynamicalSystem, parameters p: [Double], start: [Double], period: Double, steps: Int = 4000, blas: BLAS) {
        (self.start, self.period) = (start, period)
        for _ in 0..<20 {
            let (end, monodromy) = Self.flow(system, p, start: self.start, period: self.period, steps: steps)
            let f = system.rhs(end, p)
            let residual = (0..<3).map { end[$0] - self.start[$0] }
            // Columns: ∂/∂x0, ∂/∂z0 (y0 stays 0 on the section), ∂/∂T.
            var jacobian = Matrix(rows: 3, columns: 3, values: Array(repeating: 0, count: 9))
            for r in 0..<3 {
                jacobian[r, 0] = monodromy[r, 0] - (r == 0 ? 1 : 0)
                jacobian[r, 1] = monodromy[r, 2] - (r == 2 ? 1 : 0)
                jacobian[r, 2] = f[r]
            }
            guard let delta = try? LinearAlgebra.solve(jacobian, residual, blas) else { return nil }
            self.start[0] -= delta[0]
            self.start[2] -= delta[1]
            self.period -= delta[2]
            if delta.maxNorm < 1e-13 * (1 + self.period) {
                multipliers = (try? LinearAlgebra.eigenvalues(monodromy, blas)) ?? []
                return
            }
        }
        return nil
    }

    /// A start on the section and a period from a simulation: after a transient, the states
    /// where y crosses 0 upward (linearly interpolated), and the time from the first of them
    /// to the one `loops` crossings later (2 for a period-doubled orbit).
    static func guess(system: DynamicalSystem, parameters p: [Double], from x: [Double], dt: Double = 1e-3,
                      transient: Double = 300, loops: Int = 1) -> (start: [Double], period: Double) {
        var x = x
        var t = 0.0
        var crossings: [(Double, [Double])] = []
        while crossings.count <= loops {
            let k1 = system.rhs(x, p), k2 = system.rhs(x.adding((dt / 2) * k1), p)
            let k3 = system.rhs(x.adding((dt / 2) * k2), p), k4 = system.rhs(x.adding(dt * k3), p)
            let next = x.adding((dt / 6) * k1.adding(2 * k2).adding(2 * k3).adding(k4))
            if t > transient, x[1] < 0, next[1] >= 0 {
                let w = -x[1] / (next[1] - x[1])
                crossings.append((t + w * dt, x.adding(w * (next - x))))
            }
            (x, t) = (next, t + dt)
        }
        var start = crossings[0].1
        start[1] = 0
        return (start, crossings[loops].0 - crossings[0].0)
    }

    /// φ_T(x0) and ∂φ_T/∂x0.
    private static func flow(_ system: DynamicalSystem, _ p: [Double], start: [Double], period: Double, steps: Int)
        -> ([Double], Matrix) {
        let n = 3
        let field = { (s: [Double]) -> [Double] in
            let x = Array(s[0..<n])
            let j = Matrix(rows: n, columns: n, values: system.jacobian(x, p))
            let m = Matrix(rows: n, columns: n, values: Array(s[n...]))
            return system.rhs(x, p) + (0..<n * n).map { k in (0..<n).reduce(0) { $0 + j[k / n, $1] * m[$1, k % n] } }
        }
        var s = start + Matrix.identity(n).values
        let dt = period / Double(steps)
        for _ in 0..<steps {
            let k1 = field(s), k2 = field(s.adding((dt / 2) * k1)), k3 = field(s.adding((dt / 2) * k2)), k4 = field(s.adding(dt * k3))
            s = s.adding((dt / 6) * k1.adding(2 * k2).adding(2 * k3).adding(k4))
        }
        return (Array(s[0..<n]), Matrix(rows: n, columns: n, values: Array(s[n...])))
    }
}
