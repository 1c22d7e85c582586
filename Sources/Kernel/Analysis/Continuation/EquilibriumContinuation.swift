/// Continues equilibria of a system in one parameter across a range, in both
/// directions from a starting equilibrium, and locates its folds (the parameter
/// turns) and Hopf points (a complex pair crosses the imaginary axis).
public struct EquilibriumContinuation {
    public var system: DynamicalSystem
    public var parameterIndex: Int
    public var range: ClosedRange<Double>
    public var settings: ContinuationSettings

    public init(system: DynamicalSystem, parameterIndex: Int, range: ClosedRange<Double>,
                settings: ContinuationSettings? = nil) {
        self.system = system
        self.parameterIndex = parameterIndex
        self.range = range
        self.settings = settings ?? .scaled(to: range.upperBound - range.lowerBound)
    }

    var problem: EquilibriumProblem {
        EquilibriumProblem(system: system, parameterIndex: parameterIndex, parameters: system.parameterValues)
    }

    /// The branch through the equilibrium nearest `guess` at the system's parameter value
    /// (or, failing that, at either end of the range).
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
        let forward = trace(engine, from: CurvePoint(u: u0, tangent: t0))
        let backward = trace(engine, from: CurvePoint(u: u0, tangent: (-1) * t0))
        let curve = backward.reversed().dropLast() + forward
        let special = (specialPoints(engine, on: backward) + specialPoints(engine, on: forward))
            .sorted { $0.parameters[0] < $1.parameters[0] }
        return EquilibriumBranch(points: curve.map(equilibriumPoint), special: special)
    }

    private func trace(_ engine: PseudoArclength<EquilibriumProblem>, from start: CurvePoint) -> [CurvePoint] {
        var engine = engine
        return engine.trace(from: start, within: range) { $0.u.maxNorm < 1e12 }
    }

    func equilibriumPoint(_ point: CurvePoint) -> EquilibriumPoint {
        let values = (try? LinearAlgebra.eigenvalues(problem.stateJacobian(point.u))) ?? []
        return EquilibriumPoint(state: problem.state(point.u), parameter: point.parameter, eigenvalues: values)
    }

    /// ∏_{i<j} (λi + λj): real, and zero where a pair λ, −λ sums to zero (Hopf or neutral saddle).
    func hopfTest(_ point: CurvePoint) -> Double {
        guard let values = try? LinearAlgebra.eigenvalues(problem.stateJacobian(point.u)) else { return .nan }
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

    private func specialPoints(_ engine: PseudoArclength<EquilibriumProblem>, on curve: [CurvePoint]) -> [BifurcationPoint] {
        var found: [BifurcationPoint] = []
        for (a, b) in foldBrackets(on: curve) {
            if let fold = engine.locate(between: a, and: b, negligible: FoldTest.negligible, zeroOf: { $0.tangent.last! }) {
                found.append(BifurcationPoint(kind: .fold, parameters: [fold.parameter], state: problem.state(fold.u)))
            }
        }
        for (a, b) in zip(curve, curve.dropFirst()) {
            if system.dimension > 1, hopfTest(a) * hopfTest(b) < 0,
               let point = engine.locate(between: a, and: b, zeroOf: hopfTest),
               let hopf = hopfPoint(point) {
                found.append(hopf)
            }
        }
        return found
    }

    /// A Hopf point, or nil where the vanishing sum was a real pair λ, −λ (a neutral saddle).
    private func hopfPoint(_ point: CurvePoint) -> BifurcationPoint? {
        let x = problem.state(point.u)
        let p = problem.parameters(point.u)
        guard let values = try? LinearAlgebra.eigenvalues(problem.stateJacobian(point.u)),
              let critical = values.filter({ $0.im > 0 }).min(by: { abs($0.re) < abs($1.re) }),
              abs(critical.re) <= 1e-6 * max(1, critical.im),
              let coefficient = HopfCoefficient(system: system, x: x, p: p) else { return nil }
        return BifurcationPoint(kind: .hopf, parameters: [point.parameter], state: x,
                                frequency: coefficient.frequency, firstLyapunov: coefficient.firstLyapunov)
    }
}
