/// Curves of period doublings (PD), folds of cycles (LPC) and torus bifurcations (TR) in two
/// parameters, from those found on a branch of cycles in the first (`CycleCurveProblem`).
extension CodimensionTwoContinuation {
    /// The branch of cycles through `orbit` is continued in the first parameter (at the second's
    /// value); each of its period doublings, folds and torus bifurcations is then continued as a
    /// curve in both, within the box. Nil where no cycle is near `orbit`.
    public func cycleCurves(through orbit: CollocationOrbit) -> [BifurcationCurve]? {
        let continuation = CycleContinuation(system: system, parameterIndex: varied.0, range: ranges.0, blas: blas).onMesh(of: orbit)
        guard let traced = continuation.traced(through: orbit) else { return nil }
        var curves: [BifurcationCurve] = []
        for pd in traced.doublings {
            guard let v = continuation.floquetSolution(at: pd, multiplier: -1) else { continue }
            curves += curve(.periodDoubling, from: pd, null: v, besides: curves)
        }
        for fold in traced.folds {
            // At a fold the branch's tangent has no part along p1: its (u, T) part spans the kernel.
            let tangent = fold.problem.orbit(fold.point.tangent)
            curves += curve(.cycleFold, from: fold, null: Array(tangent[...fold.problem.periodIndex]), besides: curves)
        }
        for torus in traced.tori {
            guard let v = continuation.complexFloquetSolution(at: torus) else { continue }
            curves += curve(.torus, from: torus, null: v.a + v.b + [v.angle], besides: curves)
        }
        return curves
    }

    /// The curve through a located point with its null vector, unless one traced already passes it.
    private func curve(_ kind: CycleCurveProblem.Kind, from located: CycleContinuation.Located, null: [Double],
                       besides traced: [BifurcationCurve]) -> [BifurcationCurve] {
        let label: BifurcationPoint.Kind = switch kind {
        case .periodDoubling: .periodDoubling
        case .cycleFold: .cycleFold
        case .torus: .torus
        }
        var orbit = located.problem
        orbit.accept(located.point.u)
        let p = [located.point.parameter, orbit.equilibria.parameters[varied.1]]
        guard !traced.contains(where: { $0.kind == label && passesNear($0, p) }) else { return [] }
        var problem = CycleCurveProblem(kind: kind, orbit: orbit, second: varied.1, null: null)
        let u0 = problem.unknowns(orbit: located.point.u, null: null, p2: p[1])
        problem.accept(u0)
        let points = joined(trace(problem, from: u0, stop: { _ in false }))
        guard !points.isEmpty else { return [] }
        return [BifurcationCurve(kind: label, parameters: points.map { Array($0.u.suffix(2)) },
                                 states: points.map { problem.orbit(at: $0.u).extremes(problem.orbitUnknowns($0.u)).maxima })]
    }
}
