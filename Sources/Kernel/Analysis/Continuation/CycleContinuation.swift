import Foundation
import Support

/// Continues the periodic orbits born at a Hopf point in one parameter, by
/// orthogonal collocation on a mesh adapted as it goes, until they leave the range,
/// shrink back onto an equilibrium (another Hopf point) or their period grows without
/// bound (a SNIC, or a homoclinic orbit, where the parameter stalls); along the way it
/// locates folds of cycles (LPC), branch points (BP), period doublings (PD) and torus bifurcations (TR).
public struct CycleContinuation {
    public var system: DynamicalSystem
    public var parameterIndex: Int
    public var range: ClosedRange<Double>
    /// Mesh intervals and the degree of the polynomial on each (AUTO's NTST and NCOL).
    public var intervals: Int
    public var degree: Int
    /// The mesh is adapted to the orbit every this many steps (AUTO's IAD); 0 keeps it uniform.
    public var adaptEvery: Int
    public var maxPoints: Int
    /// LAPACK, for the collocation solves and the Floquet multipliers.
    let blas: BLAS

    /// On an adapted mesh of 40 intervals of degree 5, FHN's relaxation cycles have their
    /// period within 2e-9 and their extremes within 2e-7 of a converged simulation.
    public static let defaultIntervals = 40
    public static let defaultDegree = 5
    /// Fewer than 4 intervals cannot resolve an orbit; the upper bound keeps a typing slip from
    /// asking for a band system of millions of rows.
    public static let intervalLimits = 4...2000
    public static let degreeLimits = CollocationBasis.degrees
    /// A diagram switches at branch points and period doublings of cycles once: the cycles of
    /// period 2T are drawn with their own period doubling located. Each level deeper doubles the
    /// mesh again (Rössler's 4T branch costs as much as the rest of its diagram).
    public static let defaultSwitches = 1

    /// `library`: OpenBLAS and LAPACKE, or why they could not be opened (`BLAS.process`), which this throws.
    public init(system: DynamicalSystem, parameterIndex: Int, range: ClosedRange<Double>,
                intervals: Int = Self.defaultIntervals, degree: Int = Self.defaultDegree, adaptEvery: Int = 3,
                maxPoints: Int = 300, library: Result<BLAS, BLAS.LoadFailure> = BLAS.process) throws(BLAS.LoadFailure) {
        self.init(system: system, parameterIndex: parameterIndex, range: range, intervals: intervals, degree: degree,
                  adaptEvery: adaptEvery, maxPoints: maxPoints, blas: try library.get())
    }

    /// For an analysis that holds the library already.
    init(system: DynamicalSystem, parameterIndex: Int, range: ClosedRange<Double>,
         intervals: Int = Self.defaultIntervals, degree: Int = Self.defaultDegree, adaptEvery: Int = 3,
         maxPoints: Int = 300, blas: BLAS) {
        self.blas = blas
        self.system = system
        self.parameterIndex = parameterIndex
        self.range = range
        self.intervals = intervals
        self.degree = degree
        self.adaptEvery = adaptEvery
        self.maxPoints = maxPoints
    }

    public func run(from hopf: BifurcationPoint) -> CycleBranch? { traced(from: hopf)?.branch }

    /// The branch born at `hopf` followed by the branches switched onto at its branch points
    /// (both sides of each) and period doublings, and theirs in turn, `switches` deep (so 2
    /// gives Rössler's periods T, 2T and 4T).
    public func family(from hopf: BifurcationPoint, switches: Int) -> [CycleBranch] {
        guard let first = traced(from: hopf) else { return [] }
        return [first.branch] + switched(at: first, depth: switches)
    }

    /// A traced branch and where it doubles its period, where others cross it, where it folds and
    /// where it meets a torus bifurcation, each on the problem it was located on.
    typealias TracedBranch = (branch: CycleBranch, doublings: [Located], branchPoints: [Located], folds: [Located], tori: [Located])

    private func traced(from hopf: BifurcationPoint) -> TracedBranch? {
        guard hopf.kind == .hopf, let start = startingOrbit(hopf) else { return nil }
        let (problem, guess, direction, amplitude) = start
        return follow(problem, from: guess, direction: direction, step: amplitude, size: hopf.state.maxNorm)
    }

    func switched(at traced: TracedBranch, depth: Int) -> [CycleBranch] {
        guard depth > 0 else { return [] }
        var doubled = self
        doubled.intervals = 2 * intervals
        // A doubled cycle needs a mesh of twice the intervals; a crossing one, the same mesh.
        var starts: [(CycleContinuation, SwitchStart)] = traced.branchPoints.flatMap { point in
            crossingOrbits(at: point).map { (self, $0) }
        }
        if doubled.intervals <= Self.intervalLimits.upperBound {
            starts += traced.doublings.compactMap { pd in doubled.doubledOrbit(at: pd).map { (doubled, $0) } }
        }
        return starts.flatMap { continuation, start -> [CycleBranch] in
            guard let next = continuation.follow(start.problem, from: start.guess, direction: start.direction,
                                                 step: start.step, size: start.size) else { return [] }
            return [next.branch] + continuation.switched(at: next, depth: depth - 1)
        }
    }

    /// Traces the branch through the orbit that `guess`, a step away from a known orbit along
    /// `direction`, corrects to, adapting the mesh as it goes; `size` is the state's scale there.
    func follow(_ problem: PeriodicOrbitProblem, from guess: [Double], direction: [Double], step: Double,
                size: Double) -> TracedBranch? {
        let scale = range.upperBound - range.lowerBound + max(size, step)
        let settings = ContinuationSettings(initialStep: step, minStep: 1e-9 * scale,
                                            maxStep: 0.15 * scale, maxPoints: maxPoints, minTangentCosine: 0.8)
        var engine = PseudoArclength(problem: problem, settings: settings)
        guard let first = engine.correct(guess, anchor: guess, direction: direction),
              let tangent = engine.tangent(at: first.u, orientedLike: direction) else { return nil }
        var largest = 0.0
        var previous = CurvePoint(u: first.u, tangent: tangent)
        var recent: [Double] = []
        let keepGoing = { (point: CurvePoint, problem: PeriodicOrbitProblem) -> Bool in
            defer { previous = point }
            let size = problem.extremes(point.u).amplitude
            largest = max(largest, size)
            // Shrinking onto an equilibrium (another Hopf point) the branch turns back in
            // the parameter through orbits it has already met, shifted half a period.
            let turned = point.tangent.last! * previous.tangent.last! < 0
            let period = problem.orbit(point.u)[problem.periodIndex]
            recent = Array((recent + [point.parameter]).suffix(Self.stalledSteps))
            let stalled = recent.count == Self.stalledSteps && period > Self.longPeriod * problem.periodScale
                && recent.max()! - recent.min()! < 1e-9 * (range.upperBound - range.lowerBound)
            return !(turned && size < 0.1 * largest) && !stalled && period < 100 * problem.periodScale
        }
        // Each point with the problem (mesh and phase reference) it was computed on.
        var traced: [(point: CurvePoint, problem: PeriodicOrbitProblem)] = []
        var point = previous
        while traced.count < maxPoints {
            if adaptEvery > 0, !traced.isEmpty { adapt(&engine, at: &point) }
            engine.settings.maxPoints = min(adaptEvery > 0 ? adaptEvery : maxPoints, maxPoints - traced.count) + 1
            let segment = engine.trace(from: point, within: range) { [engine] in keepGoing($0, engine.problem) }
            let problem = engine.problem
            traced += (traced.isEmpty ? segment[...] : segment.dropFirst()).map { ($0, problem) }
            guard segment.count == engine.settings.maxPoints, let last = segment.last,
                  min(last.parameter - range.lowerBound, range.upperBound - last.parameter) > 1e-9 * scale else { break }
            // The step grows as it would have within one trace.
            engine.settings.initialStep = min(1.5 * (last.u - segment[segment.count - 2].u).euclideanNorm, engine.settings.maxStep)
            point = last
        }
        let multipliers = traced.map { trustedMultipliers($0.problem, $0.point) }
        let doublings = periodDoublings(engine, on: traced, multipliers: multipliers)
        let branchPoints = cycleBranchPoints(engine, on: traced, multipliers: multipliers)
        let folds = cycleFolds(engine, on: traced)
        let tori = tori(engine, on: traced, multipliers: multipliers)
        let branch = CycleBranch(points: traced.compactMap { cyclePoint($0.problem, $0.point.u) },
                                 special: folds.map { self.point(.cycleFold, $0) } + branchPoints.map { self.point(.branchPoint, $0) }
                                     + doublings.map { self.point(.periodDoubling, $0) } + tori.map { self.point(.torus, $0) })
        return (branch, doublings, branchPoints, folds, tori)
    }

    /// Moving the mesh moves the discrete branch by the change in its discretization error
    /// in p (1e-6 on 25 intervals of a relaxation oscillation). Where the branch is this close
    /// to vertical in p (a canard), a mesh fitted to one orbit is poor for the next, whose shape
    /// differs wholly, and such jolts fold the discrete branch back and forth: there the mesh is
    /// uniform, fair to every shape, as it is at the start.
    static let steepest = 1e-2

    /// A cycle whose period has grown to this many times its period at the Hopf point spends
    /// most of it near an equilibrium (a homoclinic orbit or a SNIC is near, and the branch is
    /// vertical in p there too): a uniform mesh would leave its spike between two nodes, so
    /// the mesh keeps following it.
    static let longPeriod = 5.0

    /// A long cycle whose parameter has moved less than 1e-9 of the range over this many steps
    /// is at a homoclinic orbit to the solver's precision: near a saddle with real eigenvalues
    /// the period grows only like −ln|p − p_hom|, so the period bound would never be reached.
    static let stalledSteps = 10

    /// Moves the mesh to equidistribute the error at `point` (or to the uniform mesh on a
    /// near-vertical stretch) and writes the point on the new mesh, corrected there; keeps the
    /// old mesh where the corrector fails on the new one.
    private func adapt(_ engine: inout PseudoArclength<PeriodicOrbitProblem>, at point: inout CurvePoint) {
        let old = engine.problem
        let mesh: [Double]
        if abs(point.tangent.last!) < Self.steepest, old.orbit(point.u)[old.periodIndex] < Self.longPeriod * old.periodScale {
            mesh = uniformMesh
        } else {
            mesh = old.adaptedMesh(point.u)
        }
        guard mesh != old.mesh else { return }
        var adapted = old.onMesh(mesh)
        let guess = old.remapped(point.u, to: adapted)
        let direction = old.remapped(point.tangent, to: adapted).normalized
        adapted.accept(guess)
        var trial = engine
        trial.problem = adapted
        guard let corrected = trial.correct(guess, anchor: guess, direction: direction),
              let tangent = trial.tangent(at: corrected.u, orientedLike: direction) else { return }
        trial.problem.accept(corrected.u)
        engine = trial
        point = CurvePoint(u: corrected.u, tangent: tangent)
    }

    var uniformMesh: [Double] { (0...intervals).map { Double($0) / Double(intervals) } }

    /// The small orbit x_H + ε (Re q cos 2πτ − Im q sin 2πτ) of period 2π/ω, and the
    /// direction of growing amplitude in which the branch leaves the Hopf point.
    private func startingOrbit(_ hopf: BifurcationPoint)
        -> (PeriodicOrbitProblem, [Double], [Double], Double)? {
        let equilibria = EquilibriumProblem(system: system, parameterIndex: parameterIndex,
                                            parameters: system.parameterValues, blas: blas)
        let u = hopf.state + [hopf.parameters[0]]
        guard let eigen = try? LinearAlgebra.eigensystem(equilibria.stateJacobian(u), blas),
              let k = eigen.values.indices.filter({ eigen.values[$0].im > 0 })
                  .min(by: { abs(eigen.values[$0].re) < abs(eigen.values[$1].re) }) else { return nil }
        let q = ComplexVector(eigen.vector(k))
        let scale = 1 / q.inner(q).re.squareRoot()
        let omega = eigen.values[k].im
        let amplitude = 1e-3 * max(1, hopf.state.maxNorm)
        let nodeCount = intervals * degree + 1
        var shape: [Double] = []
        for node in 0..<nodeCount {
            let angle = 2 * Double.pi * Double(node) / Double(nodeCount - 1)
            shape += zip(q.re, q.im).map { scale * ($0 * cos(angle) - $1 * sin(angle)) }
        }
        let states = (0..<nodeCount).flatMap { _ in hopf.state }
        let orbit = states.adding(amplitude * shape) + [2 * Double.pi / omega, hopf.parameters[0]]
        var problem = PeriodicOrbitProblem(equilibria: equilibria, mesh: uniformMesh, degree: degree, periodScale: 2 * .pi / omega)
        let guess = problem.unknowns(orbit)
        problem.accept(guess)
        let direction = problem.unknowns(shape + [0, 0]).normalized
        return (problem, guess, direction, amplitude)
    }

    func cyclePoint(_ problem: PeriodicOrbitProblem, _ u: [Double]) -> CyclePoint? {
        guard let monodromy = problem.monodromy(u),
              var multipliers = try? LinearAlgebra.eigenvalues(monodromy, blas) else { return nil }
        if let trivial = multipliers.indices.min(by: {
            distanceToOne(multipliers[$0]) < distanceToOne(multipliers[$1])
        }) { multipliers.remove(at: trivial) }
        let extremes = problem.extremes(u)
        let orbit = problem.orbit(u)
        return CyclePoint(parameter: orbit[problem.periodIndex + 1], period: orbit[problem.periodIndex],
                          maxima: extremes.maxima, minima: extremes.minima, multipliers: multipliers,
                          collocation: CollocationOrbit(mesh: problem.mesh, degree: problem.basis.degree,
                                                        periodScale: problem.periodScale, values: orbit))
    }

    func distanceToOne(_ z: LinearAlgebra.Complex) -> Double {
        LinearAlgebra.Complex(z.re - 1, z.im).magnitude
    }
}
