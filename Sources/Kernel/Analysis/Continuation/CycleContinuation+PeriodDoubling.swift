import Symbolic

/// Branch switching at a period doubling, as AUTO does it: at the PD point the orbit run twice
/// is a cycle of period 2T, and the Floquet solution v of the multiplier −1, for which
/// v(t + T) = −v(t), run as v then −v is periodic in 2T and points from it onto the branch of
/// doubled cycles (which leaves the PD point along v alone, its parameter moving only at second order).
extension CycleContinuation {
    /// The start of the doubled branch at `pd`: the problem on this continuation's mesh (twice
    /// the intervals of the one `pd` was located on: each half a copy of it), the twice-run orbit
    /// stepped along v, the direction of v and the step.
    func doubledOrbit(at pd: Located) -> (problem: PeriodicOrbitProblem, guess: [Double], direction: [Double],
                                          step: Double, size: Double)? {
        let single = pd.problem
        let n = single.n
        guard let propagators = single.intervalPropagators(pd.point.u),
              let monodromy = single.monodromy(pd.point.u),
              let eigen = try? LinearAlgebra.eigensystem(monodromy),
              let k = eigen.values.indices.min(by: { distanceToMinusOne(eigen.values[$0]) < distanceToMinusOne(eigen.values[$1]) })
        else { return nil }
        // The multiplier −1 is real; its vector's real part carries it.
        let start = eigen.vector(k).map(\.re)
        let m = single.basis.degree
        var v = start
        for (j, nodes) in propagators.enumerated() {
            let first = Array(v[(j * m * n)..<((j * m + 1) * n)])
            v += nodes * first
        }
        let largest = v.map(abs).max() ?? 0
        guard largest > 0, largest.isFinite else { return nil }
        v = v.map { $0 / largest }
        let orbit = single.orbit(pd.point.u)
        let nodes = Array(orbit[..<single.periodIndex])
        let twice = nodes + nodes.dropFirst(n)
        let shape = v + v.dropFirst(n).map { -$0 } + [0, 0]
        let mesh = single.mesh.map { $0 / 2 } + single.mesh.dropFirst().map { 0.5 + $0 / 2 }
        var problem = PeriodicOrbitProblem(equilibria: single.equilibria, mesh: mesh, degree: m,
                                           periodScale: 2 * single.periodScale)
        let size = single.extremes(pd.point.u).maxima.map(abs).max() ?? 1
        let step = 1e-3 * max(1, size)
        let center = problem.unknowns(twice + [2 * orbit[single.periodIndex], orbit[single.periodIndex + 1]])
        problem.accept(center)
        let direction = problem.unknowns(shape).normalized
        return (problem, center.adding(step * direction), direction, step, size)
    }

    private func distanceToMinusOne(_ z: LinearAlgebra.Complex) -> Double {
        LinearAlgebra.Complex(z.re + 1, z.im).magnitude
    }
}
