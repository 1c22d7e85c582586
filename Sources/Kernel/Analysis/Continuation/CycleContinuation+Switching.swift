import Foundation
import Symbolic

/// Branch switching on a branch of cycles, as AUTO does it, along the Floquet solution v(t) of
/// the multiplier that crossed the unit circle there.
/// - At a period doubling (multiplier −1, v(t + T) = −v(t)) the orbit run twice is a cycle of
///   period 2T, and v run then −v, periodic in 2T, points from it onto the doubled cycles (which
///   leave along v alone, their parameter moving only at second order).
/// - At a branch point (multiplier +1, v periodic in T) the crossing branch leaves along v, less
///   its part along the first branch's tangent.
/// Each corrector step solves on the hyperplane through the stepped-off guess normal to that
/// direction, which the first branch does not reach nearby.
extension CycleContinuation {
    /// A start for `follow`: the problem, the guess a step off the known orbit, the direction.
    typealias SwitchStart = (problem: PeriodicOrbitProblem, guess: [Double], direction: [Double], step: Double, size: Double)

    /// The start of the doubled branch at `pd`, on this continuation's mesh (twice the intervals
    /// of the one `pd` was located on: each half a copy of it).
    func doubledOrbit(at pd: Located) -> SwitchStart? {
        let single = pd.problem
        let n = single.n
        guard let v = floquetSolution(at: pd, multiplier: -1) else { return nil }
        let orbit = single.orbit(pd.point.u)
        let nodes = Array(orbit[..<single.periodIndex])
        let shape = v + v.dropFirst(n).map { -$0 } + [0, 0]
        let mesh = single.mesh.map { $0 / 2 } + single.mesh.dropFirst().map { 0.5 + $0 / 2 }
        var problem = PeriodicOrbitProblem(equilibria: single.equilibria, mesh: mesh, degree: single.basis.degree,
                                           periodScale: 2 * single.periodScale)
        let center = problem.unknowns(nodes + nodes.dropFirst(n) + [2 * orbit[single.periodIndex], orbit[single.periodIndex + 1]])
        problem.accept(center)
        return start(problem, at: center, along: problem.unknowns(shape), size: orbitSize(pd))
    }

    /// The starts of the crossing branch at `bp`, one on each side of the first branch.
    func crossingOrbits(at bp: Located) -> [SwitchStart] {
        guard let v = floquetSolution(at: bp, multiplier: 1) else { return [] }
        let tangent = bp.point.tangent
        var along = bp.problem.unknowns(v + [0, 0])
        along = along.adding((-along.dot(tangent)) * tangent)
        var problem = bp.problem
        problem.accept(bp.point.u)
        return [along, (-1) * along].compactMap { start(problem, at: bp.point.u, along: $0, size: orbitSize(bp)) }
    }

    /// The guess a step of 1e-3 of the orbit's size (at least 1e-3) from `center` along `shape`.
    private func start(_ problem: PeriodicOrbitProblem, at center: [Double], along shape: [Double], size: Double) -> SwitchStart? {
        let length = shape.euclideanNorm
        guard length > 0, length.isFinite else { return nil }
        let direction = (1 / length) * shape
        let step = 1e-3 * max(1, size)
        return (problem, center.adding(step * direction), direction, step, size)
    }

    private func orbitSize(_ located: Located) -> Double {
        located.problem.extremes(located.point.u).maxima.map(abs).max() ?? 1
    }

    /// The node values over one period of the solution of the linearised collocation equations
    /// that starts on the eigenvector of the monodromy matrix whose multiplier is nearest
    /// `multiplier`, scaled to a largest component of 1.
    func floquetSolution(at located: Located, multiplier: Double) -> [Double]? {
        let problem = located.problem
        let distance = { (z: LinearAlgebra.Complex) in LinearAlgebra.Complex(z.re - multiplier, z.im).magnitude }
        guard let propagators = problem.intervalPropagators(located.point.u),
              let monodromy = problem.monodromy(located.point.u),
              let eigen = try? LinearAlgebra.eigensystem(monodromy, blas),
              let k = eigen.values.indices.min(by: { distance(eigen.values[$0]) < distance(eigen.values[$1]) })
        else { return nil }
        // The multiplier is real; its vector's real part carries it. Near +1 is the trivial
        // multiplier too, whose solution is the flow along the orbit: the start is the vector of
        // the two nearest with most left once the flow's direction is taken out (at the branch
        // point, where both are 1, that is again a solution of multiplier 1).
        var v = eigen.vector(k).map(\.re)
        if multiplier == 1 {
            let orbit = problem.orbit(located.point.u)
            let flow = problem.equilibria.system.rhs(problem.node(orbit, 0), problem.p(orbit)).normalized
            let nearest = eigen.values.indices.sorted { distance(eigen.values[$0]) < distance(eigen.values[$1]) }.prefix(2)
            v = nearest.map { k -> [Double] in
                let w = eigen.vector(k).map(\.re).normalized
                return w.adding((-w.dot(flow)) * flow)
            }.max { $0.euclideanNorm < $1.euclideanNorm }!
        }
        return propagated(v, problem, propagators)
    }

    /// The Floquet solution a + i b of the complex multiplier e^{iθ} (0 < θ < π) nearest the unit
    /// circle, over one period, scaled to a largest component of 1, with θ: where a torus
    /// bifurcation's curve starts.
    func complexFloquetSolution(at located: Located) -> (a: [Double], b: [Double], angle: Double)? {
        let problem = located.problem
        guard let propagators = problem.intervalPropagators(located.point.u),
              let monodromy = problem.monodromy(located.point.u),
              let eigen = try? LinearAlgebra.eigensystem(monodromy, blas),
              let k = eigen.values.indices.filter({ eigen.values[$0].im > 0 })
                  .min(by: { abs(eigen.values[$0].magnitude - 1) < abs(eigen.values[$1].magnitude - 1) }),
              let a = propagated(eigen.vector(k).map(\.re), problem, propagators, scaled: false),
              let b = propagated(eigen.vector(k).map(\.im), problem, propagators, scaled: false) else { return nil }
        let largest = (a + b).maxNorm
        return ((1 / largest) * a, (1 / largest) * b, atan2(eigen.values[k].im, eigen.values[k].re))
    }

    /// The node values over one period of the linearised collocation solution from `start` at the
    /// first node, scaled (where `scaled`) to a largest component of 1.
    private func propagated(_ start: [Double], _ problem: PeriodicOrbitProblem, _ propagators: [Matrix],
                            scaled: Bool = true) -> [Double]? {
        let (n, m) = (problem.n, problem.basis.degree)
        var v = start
        for (j, nodes) in propagators.enumerated() {
            v += nodes * Array(v[(j * m * n)..<((j * m + 1) * n)])
        }
        let largest = v.maxNorm
        guard largest > 0, largest.isFinite else { return nil }
        return scaled ? v.map { $0 / largest } : v
    }
}
