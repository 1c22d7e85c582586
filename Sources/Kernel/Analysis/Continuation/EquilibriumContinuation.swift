import Support

/// Continues equilibria of a system in one parameter across a range, in both
/// directions from a starting equilibrium, and locates its folds (the parameter
/// turns), Hopf points (a complex pair crosses the imaginary axis) and branch points
/// (another branch crosses it), from which `switching(at:)` follows the other branch.
public struct EquilibriumContinuation {
    public var system: DynamicalSystem
    public var parameterIndex: Int
    public var range: ClosedRange<Double>
    public var settings: ContinuationSettings
    /// LAPACK, for every solve and eigenvalue problem along the branch.
    private let blas: BLAS

    /// `library`: OpenBLAS and LAPACKE, or why they could not be opened (`BLAS.process`), which this throws.
    public init(system: DynamicalSystem, parameterIndex: Int, range: ClosedRange<Double>,
                settings: ContinuationSettings? = nil, library: Result<BLAS, BLAS.LoadFailure> = BLAS.process) throws(BLAS.LoadFailure) {
        self.init(system: system, parameterIndex: parameterIndex, range: range, settings: settings, blas: try library.get())
    }

    /// For an analysis that holds the library already.
    init(system: DynamicalSystem, parameterIndex: Int, range: ClosedRange<Double>, settings: ContinuationSettings? = nil, blas: BLAS) {
        self.blas = blas
        self.system = system
        self.parameterIndex = parameterIndex
        self.range = range
        self.settings = settings ?? .scaled(to: range.upperBound - range.lowerBound)
    }

    var problem: EquilibriumProblem {
        EquilibriumProblem(system: system, parameterIndex: parameterIndex, parameters: system.parameterValues, blas: blas)
    }

    /// The branch through the equilibrium nearest `guess` at the system's parameter value
    /// (or, failing that, at either end of the range).
    /// The equilibrium that Newton reaches from `guess` at the system's value of the parameter
    /// alone (`run` also tries the range's ends), nil where it does not converge.
    public func equilibrium(near guess: [Double]) -> [Double]? {
        problem.equilibrium(near: guess, at: system.parameterValues[parameterIndex])
    }

    public func run(from guess: [Double]) throws -> EquilibriumBranch {
        guard range.upperBound > range.lowerBound else { throw ContinuationFailure.emptyRange }
        let start = min(max(system.parameterValues[parameterIndex], range.lowerBound), range.upperBound)
        let problem = self.problem
        guard let (x0, p0) = [start, range.lowerBound, range.upperBound].lazy
                .compactMap({ p in problem.equilibrium(near: guess, at: p).map { ($0, p) } }).first else {
            throw ContinuationFailure.noEquilibrium
        }
        let engine = PseudoArclength(problem: problem, settings: settings)
        let u0 = x0 + [p0]
        let up = [Double](repeating: 0, count: system.dimension) + [1]
        guard let t0 = engine.tangent(at: u0, orientedLike: up) else { throw ContinuationFailure.noEquilibrium }
        return branch(engine, through: CurvePoint(u: u0, tangent: t0))
    }

    /// The other branch through a branch point of an earlier branch: it leaves along the
    /// kernel direction of ∂F/∂u orthogonal to the first branch's tangent (the null vector
    /// of [∂F/∂u; tᵀ]), and each corrector step lands on it because the first branch is
    /// tangent to the hyperplane it solves on. Nil where that direction cannot be found.
    public func switching(at point: BranchPoint) -> EquilibriumBranch? {
        let engine = PseudoArclength(problem: problem, settings: settings)
        guard let direction = problem.jacobian(point.u).appending(row: point.tangent).nullVector(blas),
              direction.allSatisfy(\.isFinite) else { return nil }
        return branch(engine, through: CurvePoint(u: point.u, tangent: direction.normalized))
    }

    /// The branch traced both ways from `start`, in order of arclength.
    private func branch(_ engine: PseudoArclength<EquilibriumProblem>, through start: CurvePoint) -> EquilibriumBranch {
        let forward = trace(engine, from: start)
        let backward = trace(engine, from: CurvePoint(u: start.u, tangent: (-1) * start.tangent))
        let curve = backward.reversed().dropLast() + forward
        let found = (specialPoints(engine, on: backward) + specialPoints(engine, on: forward))
            .sorted { $0.point.parameters[0] < $1.point.parameters[0] }
        return EquilibriumBranch(points: curve.map(equilibriumPoint), special: found.map(\.point),
                                 branchPoints: found.compactMap(\.branch))
    }

    private func trace(_ engine: PseudoArclength<EquilibriumProblem>, from start: CurvePoint) -> [CurvePoint] {
        var engine = engine
        return engine.trace(from: start, within: range) { $0.u.maxNorm < 1e12 }
    }

    func equilibriumPoint(_ point: CurvePoint) -> EquilibriumPoint {
        let values = (try? LinearAlgebra.eigenvalues(problem.stateJacobian(point.u), blas)) ?? []
        return EquilibriumPoint(state: problem.state(point.u), parameter: point.parameter, eigenvalues: values)
    }

    /// ∏_{i<j} (λi + λj): real, and zero where a pair λ, −λ sums to zero (Hopf or neutral saddle).
    func hopfTest(_ point: CurvePoint) -> Double {
        guard let values = try? LinearAlgebra.eigenvalues(problem.stateJacobian(point.u), blas) else { return .nan }
        var product = LinearAlgebra.Complex(1, 0)
        for i in values.indices {
            for j in values.indices where j > i {
                let s = LinearAlgebra.Complex(values[i].re + values[j].re, values[i].im + values[j].im)
                product = LinearAlgebra.Complex(product.re * s.re - product.im * s.im,
                                                product.re * s.im + product.im * s.re)
            }
        }
        return product.re
    }

    /// det [∂F/∂u; tᵀ]: nonzero at regular points and folds, it changes sign where a
    /// second branch crosses (the tangent is continued through, so the sign is its own).
    func branchPointTest(_ point: CurvePoint) -> Double {
        problem.jacobian(point.u).appending(row: point.tangent).determinant(blas) ?? .nan
    }

    private func specialPoints(_ engine: PseudoArclength<EquilibriumProblem>, on curve: [CurvePoint])
        -> [(point: BifurcationPoint, branch: BranchPoint?)] {
        var found: [(point: BifurcationPoint, branch: BranchPoint?)] = []
        for (a, b) in foldBrackets(on: curve) {
            if let fold = engine.locate(between: a, and: b, negligible: FoldTest.negligible, zeroOf: { $0.tangent.last! }) {
                found.append((BifurcationPoint(kind: .fold, parameters: [fold.parameter], state: problem.state(fold.u)), nil))
            }
        }
        for (a, b) in zip(curve, curve.dropFirst()) {
            if system.dimension > 1, hopfTest(a) * hopfTest(b) < 0,
               let point = engine.locate(between: a, and: b, zeroOf: hopfTest),
               let hopf = hopfPoint(point) {
                found.append((hopf, nil))
            }
            if branchPointTest(a) * branchPointTest(b) < 0,
               let point = engine.locate(between: a, and: b, zeroOf: branchPointTest) {
                found.append((BifurcationPoint(kind: .branchPoint, parameters: [point.parameter], state: problem.state(point.u)),
                              BranchPoint(u: point.u, tangent: a.tangent)))
            }
        }
        return found
    }

    /// A Hopf point, or nil where the vanishing sum was a real pair λ, −λ (a neutral saddle).
    private func hopfPoint(_ point: CurvePoint) -> BifurcationPoint? {
        let x = problem.state(point.u)
        let p = problem.parameters(point.u)
        guard let values = try? LinearAlgebra.eigenvalues(problem.stateJacobian(point.u), blas),
              let critical = values.filter({ $0.im > 0 }).min(by: { abs($0.re) < abs($1.re) }),
              abs(critical.re) <= 1e-6 * max(1, critical.im),
              let coefficient = HopfCoefficient(system: system, x: x, p: p, blas: blas) else { return nil }
        return BifurcationPoint(kind: .hopf, parameters: [point.parameter], state: x,
                                frequency: coefficient.frequency, firstLyapunov: coefficient.firstLyapunov)
    }
}
