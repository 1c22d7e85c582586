/// Continuing cycles from an orbit the user points at rather than from a Hopf point, as
/// XPPAUT's "grab" does: a cycle stored on an earlier branch, or one cut from a recording.
extension CycleContinuation {
    /// The branch through `orbit`, traced both ways from it, then the branches switched onto at
    /// its branch points and period doublings, `switches` deep. The orbit is first corrected at
    /// its parameter value, so a guess near a cycle does; it keeps its own mesh. Nil where the
    /// corrector finds no cycle near it.
    public func family(through orbit: CollocationOrbit, switches: Int) -> [CycleBranch]? {
        let local = onMesh(of: orbit)
        guard let traced = local.traced(through: orbit) else { return nil }
        return [traced.branch] + local.switched(at: traced, depth: switches)
    }

    /// The branch through `orbit` both ways, on `orbit`'s mesh (set `intervals` and `degree` to it).
    func traced(through orbit: CollocationOrbit) -> TracedBranch? {
        let equilibria = EquilibriumProblem(system: system, parameterIndex: parameterIndex, parameters: system.parameterValues, blas: blas)
        var problem = PeriodicOrbitProblem(equilibria: equilibria, mesh: orbit.mesh, degree: orbit.degree,
                                           periodScale: orbit.periodScale)
        let guess = problem.unknowns(orbit.values)
        problem.accept(guess)
        // The hyperplane p = p0: the cycle at the orbit's parameter value.
        let along = [Double](repeating: 0, count: guess.count - 1) + [1]
        let engine = PseudoArclength(problem: problem, settings: ContinuationSettings())
        guard let start = engine.correct(guess, anchor: guess, direction: along),
              let tangent = engine.tangent(at: start.u, orientedLike: along) else { return nil }
        problem.accept(start.u)
        let size = problem.extremes(start.u).maxima.map(abs).max() ?? 1
        let step = 1e-3 * max(1, size)
        guard let ahead = follow(problem, from: start.u, direction: tangent, step: step, size: size),
              let behind = follow(problem, from: start.u, direction: (-1) * tangent, step: step, size: size) else { return nil }
        let branch = CycleBranch(points: behind.branch.points.reversed() + ahead.branch.points.dropFirst(),
                                 special: behind.branch.special + ahead.branch.special)
        return (branch, behind.doublings + ahead.doublings, behind.branchPoints + ahead.branchPoints, behind.folds + ahead.folds,
                behind.tori + ahead.tori)
    }

    /// This continuation with `orbit`'s number of intervals and degree.
    func onMesh(of orbit: CollocationOrbit) -> CycleContinuation {
        var local = self
        local.intervals = orbit.mesh.count - 1
        local.degree = orbit.degree
        return local
    }

    /// The collocation guess for the cycle that `times` and `states` (one row per sample, in the
    /// system's units) end on: one period cut by `RecordedCycle`, its states read at the nodes of
    /// this continuation's uniform mesh, at the system's value of the varied parameter.
    public func orbit(recordedAt times: [Double], states: [[Double]]) throws -> CollocationOrbit {
        let cycle = try RecordedCycle(times: times, states: states)
        let nodeCount = intervals * degree
        let nodes = (0...nodeCount).flatMap { cycle.state(at: cycle.start + cycle.period * Double($0) / Double(nodeCount)) }
        return CollocationOrbit(mesh: uniformMesh, degree: degree, periodScale: cycle.period,
                                values: nodes + [cycle.period, system.parameterValues[parameterIndex]])
    }
}
