import Language
import Support
import Symbolic

/// A curve of folds, Hopf points, folds of cycles or period doublings in the plane of two parameters.
public struct BifurcationCurve: Sendable {
    /// `.fold`, `.hopf`, `.cycleFold` or `.periodDoubling`.
    public var kind: BifurcationPoint.Kind
    /// (p1, p2) along the curve, in order of arclength.
    public var parameters: [[Double]]
    /// The equilibrium at each of `parameters` (for a curve of cycles, each cycle's largest values).
    public var states: [[Double]]
}

/// Two-parameter continuation: the folds and Hopf points found on the branch of
/// equilibria in the first parameter (at the second's value) are continued as curves
/// in both, within the box, and the codimension-two points on them located: cusps
/// (CP) and Bogdanov–Takens points (BT).
public struct CodimensionTwoContinuation {
    public var system: DynamicalSystem
    public var varied: (Int, Int)
    public var ranges: (ClosedRange<Double>, ClosedRange<Double>)
    /// LAPACK, for the curves' solves and eigenvectors and the continuations they start from.
    let blas: BLAS

    /// `library`: OpenBLAS and LAPACKE, or why they could not be opened (`BLAS.process`), which this throws.
    public init(system: DynamicalSystem, varied: (Int, Int), ranges: (ClosedRange<Double>, ClosedRange<Double>),
                library: Result<BLAS, BLAS.LoadFailure> = BLAS.process) throws(BLAS.LoadFailure) {
        blas = try library.get()
        self.system = system
        self.varied = varied
        self.ranges = ranges
    }

    private var settings: ContinuationSettings {
        .scaled(to: max(ranges.0.upperBound - ranges.0.lowerBound, ranges.1.upperBound - ranges.1.lowerBound))
    }

    public func run(from guess: [Double]) throws -> (curves: [BifurcationCurve], special: [BifurcationPoint]) {
        var start = system
        start.parameterValues[varied.1] = min(max(start.parameterValues[varied.1], ranges.1.lowerBound), ranges.1.upperBound)
        let branch = try EquilibriumContinuation(system: start, parameterIndex: varied.0, range: ranges.0, blas: blas).run(from: guess)
        var curves: [BifurcationCurve] = []
        var special: [BifurcationPoint] = []
        var foldStarts: [(state: [Double], vector: [Double], parameters: [Double])] = []
        for point in branch.special {
            let p = [point.parameters[0], start.parameterValues[varied.1]]
            if point.kind == .fold {
                let probe = point.state + Array(repeating: 0, count: system.dimension) + p
                let j = FoldCurveProblem(system: start, varied: varied, parameters: start.parameterValues, blas: blas).jacobianOfField(probe)
                if let v = nullVector(j) { foldStarts.append((point.state, v, p)) }
            } else if point.kind == .hopf, let omega = point.frequency, let q = hopfVector(start, point) {
                var problem = HopfCurveProblem(system: start, varied: varied, parameters: start.parameterValues, blas: blas)
                let u0 = point.state + q + [omega * omega] + p
                problem.accept(u0)
                let traced = trace(problem, from: u0, stop: { problem.kappa($0.u) <= 0 })
                let hopfPoints = joined(traced).filter { problem.kappa($0.u) > 0 }
                curves.append(BifurcationCurve(kind: .hopf, parameters: hopfPoints.map { Array($0.u.suffix(2)) },
                                               states: hopfPoints.map { problem.state($0.u) }))
                special += traced.flatMap { generalizedHopfPoints(problem, $0) }
                for bt in traced.compactMap({ bogdanovTakensOnHopfCurve(problem, $0) }) {
                    special.append(codimensionTwoPoint(.bogdanovTakens, bt.u, state: problem.state(bt.u)))
                    foldStarts.append((problem.state(bt.u), kernelDirection(problem, bt.u), Array(bt.u.suffix(2))))
                }
            }
        }
        // A fold curve met again from a second start (both folds of one branch, or a BT
        // point on a curve already traced) is drawn once.
        for (state, vector, p) in foldStarts where !curves.contains(where: { $0.kind == .fold && passesNear($0, p) }) {
            let problem = FoldCurveProblem(system: start, varied: varied, parameters: start.parameterValues, blas: blas)
            let traced = trace(problem, from: state + vector + p, stop: { _ in false })
            let points = joined(traced)
            curves.append(BifurcationCurve(kind: .fold, parameters: points.map { Array($0.u.suffix(2)) },
                                           states: points.map { problem.state($0.u) }))
            special += traced.flatMap { foldCurvePoints(problem, $0) }
        }
        let widths = [ranges.0, ranges.1].map { $0.upperBound - $0.lowerBound }
        return (curves, special.mergingDuplicates(parameterScales: widths, stateScales: nil))
    }

    /// Both halves of the curve through u0, each from u0 outwards; a half ends exactly on
    /// the box's edge where it leaves the box (so the drawn curve reaches the edge), or on
    /// the first point `stop` accepts (kept, so a crossing can be located).
    func trace<Problem: ContinuationProblem>(_ problem: Problem, from u0: [Double],
                                                     stop: (CurvePoint) -> Bool) -> [[CurvePoint]] {
        let engine = PseudoArclength(problem: problem, settings: settings)
        guard let first = engine.correct(u0, anchor: u0, direction: Array(repeating: 0, count: u0.count - 1) + [1]),
              let t0 = engine.tangent(at: first.u, orientedLike: Array(repeating: 0, count: u0.count - 1) + [1]) else { return [] }
        let inside = { (point: CurvePoint) in
            ranges.0.contains(point.u[point.u.count - 2]) && ranges.1.contains(point.parameter) && point.u.allSatisfy(\.isFinite)
        }
        return [t0, (-1) * t0].map { tangent in
            var half = engine
            var points = half.trace(from: CurvePoint(u: first.u, tangent: tangent)) { inside($0) && !stop($0) }
            guard let last = points.last, !inside(last) else { return points }
            points.removeLast()
            if let before = points.last, let end = edgeCrossing(&half, from: before, to: last) { points.append(end) }
            return points
        }
    }

    /// The point of the curve on the first edge of the box that the step from `before`
    /// (inside) to `after` (outside) crosses.
    private func edgeCrossing<Problem: ContinuationProblem>(_ engine: inout PseudoArclength<Problem>,
                                                            from before: CurvePoint, to after: CurvePoint) -> CurvePoint? {
        guard after.u.allSatisfy(\.isFinite) else { return nil }
        let n = before.u.count
        var first: (fraction: Double, k: Int, edge: Double)?
        for (k, range) in [(n - 2, ranges.0), (n - 1, ranges.1)] {
            let value = after.u[k]
            guard let edge = value > range.upperBound ? range.upperBound : value < range.lowerBound ? range.lowerBound : nil
            else { continue }
            let fraction = (edge - before.u[k]) / (value - before.u[k])
            if fraction < first?.fraction ?? .infinity { first = (fraction, k, edge) }
        }
        guard let first else { return nil }
        engine.problem.accept(before.u)
        return engine.locate(between: before, and: after) { $0.u[first.k] - first.edge }
    }

    /// At a Bogdanov–Takens point J² v = 0 on the Hopf curve, so J v (when not zero) spans
    /// the kernel of J: the fold curve's starting vector.
    private func kernelDirection(_ problem: HopfCurveProblem, _ u: [Double]) -> [Double] {
        let v = problem.vector(u)
        let jv = Matrix(square: system.jacobian(problem.state(u), problem.parameters(u))) * v
        return jv.euclideanNorm > 1e-6 ? jv.normalized : v
    }

    /// Whether the polyline of a traced curve passes within 1e-3 of the box's size of `p`
    /// (its chords stray from the curve by far less at the steps taken).
    func passesNear(_ curve: BifurcationCurve, _ p: [Double]) -> Bool {
        let scale = max(ranges.0.upperBound - ranges.0.lowerBound, ranges.1.upperBound - ranges.1.lowerBound)
        return zip(curve.parameters, curve.parameters.dropFirst()).contains { a, b in
            let d = b - a, r = p - a
            let t = min(1, max(0, r.dot(d) / max(d.dot(d), .leastNormalMagnitude)))
            return (r - t * d).euclideanNorm < 1e-3 * scale
        }
    }

    /// The two halves as one curve, end to end.
    func joined(_ halves: [[CurvePoint]]) -> [CurvePoint] {
        guard halves.count == 2 else { return halves.flatMap { $0 } }
        return halves[1].reversed() + halves[0].dropFirst()
    }

    /// Cusps and Bogdanov–Takens points on one half of a fold curve.
    private func foldCurvePoints(_ problem: FoldCurveProblem, _ curve: [CurvePoint]) -> [BifurcationPoint] {
        let engine = PseudoArclength(problem: problem, settings: settings)
        var found: [BifurcationPoint] = []
        var w = curve.first.flatMap { problem.leftNullVector($0.u, like: nil) }
        for (a, b) in zip(curve, curve.dropFirst()) {
            // Where J is nearly defective (next to a BT point) dgeev may not return a real
            // null vector: take the next point's.
            guard let wa = w, let wb = problem.leftNullVector(b.u, like: wa) else {
                w = w ?? problem.leftNullVector(b.u, like: nil)
                continue
            }
            let tests: [(BifurcationPoint.Kind, ([Double], [Double]) -> Double)] = [
                (.cusp, problem.cuspTest), (.bogdanovTakens, problem.bogdanovTakensTest),
            ]
            for (kind, test) in tests where test(a.u, wa) * test(b.u, wb) < 0 {
                let zero = engine.locate(between: a, and: b) { point in
                    problem.leftNullVector(point.u, like: wa).map { test(point.u, $0) } ?? .nan
                }
                if let zero { found.append(codimensionTwoPoint(kind, zero.u, state: problem.state(zero.u))) }
            }
            w = wb
        }
        return found
    }

    /// The Bogdanov–Takens point where a half of a Hopf curve ended with κ = ω² reaching 0.
    private func bogdanovTakensOnHopfCurve(_ problem: HopfCurveProblem, _ curve: [CurvePoint]) -> CurvePoint? {
        guard curve.count >= 2, let last = curve.last, problem.kappa(last.u) <= 0 else { return nil }
        var engine = PseudoArclength(problem: problem, settings: settings)
        let before = curve[curve.count - 2]
        engine.problem.accept(before.u)
        return engine.locate(between: before, and: last, zeroOf: { problem.kappa($0.u) })
    }

    /// Generalized Hopf points: the first Lyapunov coefficient changes sign along the curve
    /// (where κ > 0: it has no meaning past a Bogdanov–Takens point).
    private func generalizedHopfPoints(_ problem: HopfCurveProblem, _ curve: [CurvePoint]) -> [BifurcationPoint] {
        let l1 = { (point: CurvePoint) -> Double in
            guard problem.kappa(point.u) > 0 else { return .nan }
            return HopfCoefficient(system: problem.system, x: problem.state(point.u), p: problem.parameters(point.u), blas: blas)?.firstLyapunov ?? .nan
        }
        let values = curve.map(l1)
        return curve.indices.dropLast().compactMap { i in
            guard values[i] * values[i + 1] < 0 else { return nil }
            var engine = PseudoArclength(problem: problem, settings: settings)
            engine.problem.accept(curve[i].u)
            return engine.locate(between: curve[i], and: curve[i + 1], zeroOf: l1)
                .map { codimensionTwoPoint(.generalizedHopf, $0.u, state: problem.state($0.u)) }
        }
    }

    private func codimensionTwoPoint(_ kind: BifurcationPoint.Kind, _ u: [Double], state: [Double]) -> BifurcationPoint {
        BifurcationPoint(kind: kind, parameters: Array(u.suffix(2)), state: state)
    }

    /// The unit vector v with J v = 0 (the eigenvector of the eigenvalue nearest zero).
    private func nullVector(_ j: Matrix) -> [Double]? {
        guard let eigen = try? LinearAlgebra.eigensystem(j, blas),
              let k = eigen.values.indices.min(by: { eigen.values[$0].magnitude < eigen.values[$1].magnitude }),
              eigen.values[k].im == 0 else { return nil }
        return eigen.vector(k).map(\.re).normalized
    }

    /// Re q, normalised, for the eigenvalue iω at a Hopf point.
    private func hopfVector(_ system: DynamicalSystem, _ point: BifurcationPoint) -> [Double]? {
        var p = system.parameterValues
        p[varied.0] = point.parameters[0]
        guard let eigen = try? LinearAlgebra.eigensystem(Matrix(square: system.jacobian(point.state, p)), blas),
              let k = eigen.values.indices.filter({ eigen.values[$0].im > 0 })
                  .min(by: { abs(eigen.values[$0].re) < abs(eigen.values[$1].re) }) else { return nil }
        return eigen.vector(k).map(\.re).normalized
    }
}
