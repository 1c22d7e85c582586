import Language

/// A point on a continued curve with its unit tangent.
struct CurvePoint {
    var u: [Double]
    var tangent: [Double]
    var parameter: Double { u[u.count - 1] }
}

/// Pseudo-arclength continuation (Keller): predict along the tangent, correct
/// with Newton on the bordered system [F(w); t·(w − predictor)] = 0, adapt the step.
struct PseudoArclength<Problem: ContinuationProblem> {
    var problem: Problem
    var settings: ContinuationSettings
    var newton = Newton()

    /// The unit tangent at u: the kernel of ∂F/∂u, oriented like `reference`.
    func tangent(at u: [Double], orientedLike reference: [Double]) -> [Double]? {
        var rhs = [Double](repeating: 0, count: u.count)
        rhs[u.count - 1] = 1
        guard let t = problem.solveBordered(u, row: reference, rhs), t.allSatisfy(\.isFinite) else { return nil }
        return t.normalized
    }

    /// The point of the curve on the hyperplane through `anchor` normal to `direction`.
    func correct(_ guess: [Double], anchor: [Double], direction: [Double]) -> Newton.Solution? {
        newton.solve(from: guess,
                     residual: { w in problem.residual(w) + [direction.dot(w - anchor)] },
                     step: { w, g in problem.solveBordered(w, row: direction, g) })
    }

    /// The curve at arclength s along `from`'s tangent, with its tangent.
    func point(along from: CurvePoint, at s: Double) -> (point: CurvePoint, iterations: Int)? {
        let predictor = from.u.adding(s * from.tangent)
        guard let solution = correct(predictor, anchor: predictor, direction: from.tangent),
              let t = tangent(at: solution.u, orientedLike: from.tangent) else { return nil }
        return (CurvePoint(u: solution.u, tangent: t), solution.iterations)
    }

    /// Follows the curve from `start` until `keepGoing` refuses a point (that point is
    /// kept, so the caller can locate the boundary), the step falls below its minimum,
    /// or `maxPoints` is reached.
    mutating func trace(from start: CurvePoint, keepGoing: (CurvePoint) -> Bool) -> [CurvePoint] {
        var points = [start]
        var h = settings.initialStep
        problem.accept(start.u)
        while points.count < settings.maxPoints {
            let last = points[points.count - 1]
            guard let (next, iterations) = point(along: last, at: h),
                  next.tangent.dot(last.tangent) >= settings.minTangentCosine else {
                h /= 2
                if h < settings.minStep { break }
                continue
            }
            points.append(next)
            problem.accept(next.u)
            if !keepGoing(next) { break }
            if iterations <= 4 { h = min(h * 1.5, settings.maxStep) }
            else if iterations >= 8 { h = max(h / 2, settings.minStep) }
        }
        return points
    }

    /// Follows the curve while its parameter stays in `range` and `keepGoing` agrees; a
    /// curve that leaves the range ends exactly on its edge, one that `keepGoing` stops
    /// ends at the last point it accepted.
    mutating func trace(from start: CurvePoint, within range: ClosedRange<Double>,
                        keepGoing: (CurvePoint) -> Bool = { _ in true }) -> [CurvePoint] {
        let inside = { (point: CurvePoint) in range.contains(point.parameter) && point.u.allSatisfy(\.isFinite) }
        var stopped = false
        var points = trace(from: start) { point in
            guard inside(point) else { return false }
            stopped = !keepGoing(point)
            return !stopped
        }
        if stopped { points.removeLast() }
        guard points.count >= 2, let last = points.last, !inside(last) else { return points }
        let before = points[points.count - 2]
        let edge = last.parameter > range.upperBound ? range.upperBound : range.lowerBound
        points.removeLast()
        problem.accept(before.u)
        if let end = locate(between: before, and: last, zeroOf: { $0.parameter - edge }) { points.append(end) }
        return points
    }

    /// The point between `a` and the next point `b` where `test` vanishes, to the
    /// corrector's tolerance (Illinois regula falsi on the arclength along a's tangent),
    /// or where |test| falls to `negligible`.
    func locate(between a: CurvePoint, and b: CurvePoint, negligible: Double = 0,
                zeroOf test: (CurvePoint) -> Double) -> CurvePoint? {
        var (s0, f0) = (0.0, test(a))
        var (s1, f1) = (a.tangent.dot(b.u - a.u), test(b))
        guard f0 * f1 <= 0 else { return nil }
        let width = abs(s1)
        var best = abs(f0) < abs(f1) ? a : b
        for _ in 0..<40 {
            let s = s1 - f1 * (s1 - s0) / (f1 - f0)
            guard s.isFinite, let (p, _) = point(along: a, at: s) else { return best }
            let f = test(p)
            best = p
            if abs(f) <= negligible { return p }
            let moved = abs(s - s1)
            if f * f1 < 0 { (s0, f0) = (s1, f1) } else { f0 /= 2 }
            (s1, f1) = (s, f)
            // A bracket of 1e-10 of the step puts a fold (quadratic in s) to rounding
            // and a crossing (linear in s) well within 1e-8 of the parameter.
            if moved <= 1e-13 * width || abs(s1 - s0) <= 1e-10 * width { return p }
        }
        return best
    }
}
