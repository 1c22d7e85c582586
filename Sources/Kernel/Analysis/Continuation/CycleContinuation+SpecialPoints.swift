/// The special points of a cycle branch: folds (LPC), where the branch turns back in the
/// parameter, and period doublings (PD), where a Floquet multiplier crosses −1.
extension CycleContinuation {
    typealias Traced = (point: CurvePoint, problem: PeriodicOrbitProblem)

    func cycleFolds(_ engine: PseudoArclength<PeriodicOrbitProblem>, on traced: [Traced]) -> [BifurcationPoint] {
        foldBracketIndices(on: traced.map(\.point)).compactMap { i in
            let (local, a, b) = bracket(engine, traced, i)
            guard let fold = local.locate(between: a, and: b, negligible: FoldTest.negligible,
                                          zeroOf: { $0.tangent.last! }) else { return nil }
            return point(.cycleFold, local.problem, fold)
        }
    }

    func periodDoublings(_ engine: PseudoArclength<PeriodicOrbitProblem>, on traced: [Traced]) -> [BifurcationPoint] {
        let tests = traced.map { periodDoublingTest($0.problem, $0.point) }
        return traced.indices.dropLast().compactMap { i in
            guard tests[i] * tests[i + 1] < 0 else { return nil }
            let (local, a, b) = bracket(engine, traced, i)
            guard let doubling = local.locate(between: a, and: b, zeroOf: { periodDoublingTest(local.problem, $0) }) else { return nil }
            return point(.periodDoubling, local.problem, doubling)
        }
    }

    /// Re Π (μ + 1) over every Floquet multiplier: a complex pair adds |μ + 1|² > 0 and the
    /// trivial multiplier 2, so the sign changes exactly where a real multiplier crosses −1.
    /// NaN (no sign) where the multipliers cannot be trusted (`PeriodDoubling`).
    private func periodDoublingTest(_ problem: PeriodicOrbitProblem, _ point: CurvePoint) -> Double {
        guard let monodromy = problem.monodromy(point.u),
              let multipliers = try? LinearAlgebra.eigenvalues(monodromy),
              multipliers.allSatisfy({ $0.magnitude < PeriodDoubling.largest }),
              let trivial = multipliers.map({ LinearAlgebra.Complex($0.re - 1, $0.im).magnitude }).min(),
              trivial < PeriodDoubling.trivialError else { return .nan }
        var product = LinearAlgebra.Complex(1, 0)
        for mu in multipliers {
            let factor = LinearAlgebra.Complex(mu.re + 1, mu.im)
            product = LinearAlgebra.Complex(product.re * factor.re - product.im * factor.im,
                                            product.re * factor.im + product.im * factor.re)
        }
        return product.re
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
    private func point(_ kind: BifurcationPoint.Kind, _ problem: PeriodicOrbitProblem, _ located: CurvePoint) -> BifurcationPoint {
        BifurcationPoint(kind: kind, parameters: [located.parameter], state: problem.extremes(located.u).maxima,
                         period: problem.orbit(located.u)[problem.periodIndex])
    }
}

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
