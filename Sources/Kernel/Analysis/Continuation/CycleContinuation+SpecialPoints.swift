/// The special points of a cycle branch: folds (LPC), where the branch turns back in the
/// parameter, branch points (BP), where a nontrivial Floquet multiplier crosses +1 and the
/// branch goes on, period doublings (PD), where one crosses −1, and torus bifurcations (TR),
/// where a complex pair of them crosses the unit circle.
extension CycleContinuation {
    typealias Traced = (point: CurvePoint, problem: PeriodicOrbitProblem)

    func cycleFolds(_ engine: PseudoArclength<PeriodicOrbitProblem>, on traced: [Traced]) -> [Located] {
        foldBracketIndices(on: traced.map(\.point)).compactMap { i in
            let (local, a, b) = bracket(engine, traced, i)
            return local.locate(between: a, and: b, negligible: FoldTest.negligible, zeroOf: { $0.tangent.last! })
                .map { (local.problem, $0) }
        }
    }

    /// A multiplier crossing +1 turns the branch back (a fold) unless another branch of cycles
    /// crosses it there: the crossings between two points on the same side of a fold.
    func cycleBranchPoints(_ engine: PseudoArclength<PeriodicOrbitProblem>, on traced: [Traced],
                           multipliers: [[LinearAlgebra.Complex]?]) -> [Located] {
        crossings(engine, on: traced, multipliers: multipliers, test: branchPointTest) { _ in true } bracketing: { a, b in
            a.tangent.last! * b.tangent.last! > 0
        }
    }

    /// A located point and the problem (mesh and phase reference) it was located on.
    typealias Located = (problem: PeriodicOrbitProblem, point: CurvePoint)

    func periodDoublings(_ engine: PseudoArclength<PeriodicOrbitProblem>, on traced: [Traced],
                         multipliers: [[LinearAlgebra.Complex]?]) -> [Located] {
        crossings(engine, on: traced, multipliers: multipliers, test: periodDoublingTest) { _ in true }
    }

    /// A zero of the torus test is a torus bifurcation only where the pair on the unit circle
    /// is complex; a real pair μ, 1/μ (a neutral saddle cycle) zeroes it too.
    func tori(_ engine: PseudoArclength<PeriodicOrbitProblem>, on traced: [Traced],
              multipliers: [[LinearAlgebra.Complex]?]) -> [Located] {
        crossings(engine, on: traced, multipliers: multipliers, test: torusTest) { multipliers in
            multipliers.contains { $0.im != 0 && abs($0.magnitude - 1) < 1e-6 }
        }
    }

    /// Each sign change of `test` of the trusted `multipliers` of the traced points (computed once
    /// for every test) between neighbours that `bracketing` accepts, located, where `accepts` the
    /// multipliers there.
    private func crossings(_ engine: PseudoArclength<PeriodicOrbitProblem>, on traced: [Traced],
                           multipliers: [[LinearAlgebra.Complex]?],
                           test: @escaping ([LinearAlgebra.Complex]) -> Double,
                           accepts: ([LinearAlgebra.Complex]) -> Bool,
                           bracketing: (CurvePoint, CurvePoint) -> Bool = { _, _ in true }) -> [Located] {
        let values = multipliers.map { $0.map(test) ?? .nan }
        return traced.indices.dropLast().compactMap { i in
            guard values[i] * values[i + 1] < 0, bracketing(traced[i].point, traced[i + 1].point) else { return nil }
            let (local, a, b) = bracket(engine, traced, i)
            guard let located = local.locate(between: a, and: b, zeroOf: { trustedMultipliers(local.problem, $0).map(test) ?? .nan }),
                  let multipliers = trustedMultipliers(local.problem, located), accepts(multipliers) else { return nil }
            return (local.problem, located)
        }
    }

    /// Re Π (μ + 1) over every Floquet multiplier: a complex pair adds |μ + 1|² > 0 and the
    /// trivial multiplier 2, so the sign changes exactly where a real multiplier crosses −1.
    private func periodDoublingTest(_ multipliers: [LinearAlgebra.Complex]) -> Double {
        multipliers.reduce(LinearAlgebra.Complex(1, 0)) { times($0, LinearAlgebra.Complex($1.re + 1, $1.im)) }.re
    }

    /// Re q'(1) for q(λ) = Π (λ − μ_i) over every multiplier, that is Σ_i Π_{j≠i} (1 − μ_j): with
    /// the trivial multiplier exactly 1 it is Π (1 − μ) over the others, without having to tell
    /// which one is trivial where another comes close to 1. Its sign changes where a real
    /// multiplier crosses 1; a complex pair adds |1 − μ|² > 0.
    private func branchPointTest(_ multipliers: [LinearAlgebra.Complex]) -> Double {
        multipliers.indices.reduce(0.0) { sum, i in
            sum + multipliers.indices.filter { $0 != i }.reduce(LinearAlgebra.Complex(1, 0)) {
                times($0, LinearAlgebra.Complex(1 - multipliers[$1].re, -multipliers[$1].im))
            }.re
        }
    }

    /// Re Π_{i<j} (μ_i μ_j − 1) over the nontrivial multipliers: a complex pair contributes
    /// |μ|² − 1, so the sign changes where such a pair crosses the unit circle.
    private func torusTest(_ all: [LinearAlgebra.Complex]) -> Double {
        var multipliers = all
        guard multipliers.count >= 3 else { return .nan }
        multipliers.remove(at: multipliers.indices.min { distanceToOne(multipliers[$0]) < distanceToOne(multipliers[$1]) }!)
        var product = LinearAlgebra.Complex(1, 0)
        for i in multipliers.indices {
            for j in multipliers.indices where j > i {
                let pair = times(multipliers[i], multipliers[j])
                product = times(product, LinearAlgebra.Complex(pair.re - 1, pair.im))
            }
        }
        return product.re
    }

    /// Every Floquet multiplier, or nil where they cannot be trusted (`PeriodDoubling`).
    func trustedMultipliers(_ problem: PeriodicOrbitProblem, _ point: CurvePoint) -> [LinearAlgebra.Complex]? {
        guard let monodromy = problem.monodromy(point.u),
              let multipliers = try? LinearAlgebra.eigenvalues(monodromy, blas),
              multipliers.allSatisfy({ $0.magnitude < PeriodDoubling.largest }),
              let trivial = multipliers.map(distanceToOne).min(), trivial < PeriodDoubling.trivialError else { return nil }
        return multipliers
    }

    private func times(_ a: LinearAlgebra.Complex, _ b: LinearAlgebra.Complex) -> LinearAlgebra.Complex {
        LinearAlgebra.Complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
    }

    /// The engine on the mesh of point i, and points i and i + 1 on that mesh: where the mesh
    /// moved in between, point i + 1 is written on the earlier one first.
    private func bracket(_ engine: PseudoArclength<PeriodicOrbitProblem>, _ traced: [Traced], _ i: Int)
        -> (PseudoArclength<PeriodicOrbitProblem>, CurvePoint, CurvePoint) {
        var local = engine
        let (a, b) = (traced[i], traced[i + 1])
        local.problem = a.problem
        local.problem.accept(a.point.u)
        let after = b.problem.mesh == a.problem.mesh ? b.point
            : CurvePoint(u: b.problem.remapped(b.point.u, to: a.problem),
                         tangent: b.problem.remapped(b.point.tangent, to: a.problem).normalized)
        return (local, a.point, after)
    }

    /// A located point with the orbit's largest values and its period.
    func point(_ kind: BifurcationPoint.Kind, _ located: Located) -> BifurcationPoint {
        BifurcationPoint(kind: kind, parameters: [located.point.parameter], state: located.problem.extremes(located.point.u).maxima,
                         period: located.problem.orbit(located.point.u)[located.problem.periodIndex])
    }
}

/// When the multipliers are trusted enough to locate PD and TR points by.
enum PeriodDoubling {
    /// The monodromy matrix is a product of one transfer matrix per mesh interval; with a
    /// multiplier of 1e6 the others carry only the last 1e-10 of its rounding, so their
    /// signs (near a homoclinic orbit, where the period grows) are noise, not a crossing.
    static let largest = 1e6
    /// An exact monodromy matrix has the multiplier 1 (the orbit's own direction); where the
    /// closest one is further from 1 than this, the others are no better (a canard, where the
    /// mesh is uniform and the orbit's expansion huge, gives a planar cycle negative ones).
    static let trivialError = 1e-3
}
