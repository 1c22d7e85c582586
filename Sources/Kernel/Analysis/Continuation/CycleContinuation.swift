import Foundation

/// Continues the periodic orbits born at a Hopf point in one parameter, by
/// orthogonal collocation, until they leave the range, shrink back onto an
/// equilibrium (another Hopf point) or their period grows without bound.
public struct CycleContinuation {
    public var system: DynamicalSystem
    public var parameterIndex: Int
    public var range: ClosedRange<Double>
    public var intervals: Int
    public var maxPoints: Int

    public init(system: DynamicalSystem, parameterIndex: Int, range: ClosedRange<Double>,
                intervals: Int = 25, maxPoints: Int = 300) {
        self.system = system
        self.parameterIndex = parameterIndex
        self.range = range
        self.intervals = intervals
        self.maxPoints = maxPoints
    }

    public func run(from hopf: BifurcationPoint) -> CycleBranch? {
        guard hopf.kind == .hopf, let start = startingOrbit(hopf) else { return nil }
        let (problem, guess, direction, amplitude) = start
        let scale = range.upperBound - range.lowerBound + max(hopf.state.maxNorm, amplitude)
        let settings = ContinuationSettings(initialStep: amplitude, minStep: 1e-9 * scale,
                                            maxStep: 0.15 * scale, maxPoints: maxPoints, minTangentCosine: 0.8)
        var engine = PseudoArclength(problem: problem, settings: settings)
        guard let first = engine.correct(guess, anchor: guess, direction: direction),
              let tangent = engine.tangent(at: first.u, orientedLike: direction) else { return nil }
        var largest = 0.0
        var previous = CurvePoint(u: first.u, tangent: tangent)
        let curve = engine.trace(from: previous, within: range) { point in
            defer { previous = point }
            let size = profile(problem, point.u).amplitude
            largest = max(largest, size)
            // Shrinking onto an equilibrium (another Hopf point) the branch turns back in
            // the parameter through orbits it has already met, shifted half a period.
            let turned = point.tangent.last! * previous.tangent.last! < 0
            return !(turned && size < 0.1 * largest)
                && problem.orbit(point.u)[problem.periodIndex] < 100 * problem.periodScale
        }
        return CycleBranch(points: curve.compactMap { cyclePoint(engine.problem, $0.u) },
                           special: cycleFolds(engine, on: curve))
    }

    /// The small orbit x_H + ε (Re q cos 2πτ − Im q sin 2πτ) of period 2π/ω, and the
    /// direction of growing amplitude in which the branch leaves the Hopf point.
    private func startingOrbit(_ hopf: BifurcationPoint)
        -> (PeriodicOrbitProblem, [Double], [Double], Double)? {
        let equilibria = EquilibriumProblem(system: system, parameterIndex: parameterIndex,
                                            parameters: system.parameterValues)
        let u = hopf.state + [hopf.parameters[0]]
        guard let eigen = try? LinearAlgebra.eigensystem(equilibria.stateJacobian(u)),
              let k = eigen.values.indices.filter({ eigen.values[$0].im > 0 })
                  .min(by: { abs(eigen.values[$0].re) < abs(eigen.values[$1].re) }) else { return nil }
        let q = ComplexVector(eigen.vector(k))
        let scale = 1 / q.inner(q).re.squareRoot()
        let omega = eigen.values[k].im
        let amplitude = 1e-3 * max(1, hopf.state.maxNorm)
        let nodeCount = intervals * CollocationBasis.degree + 1
        var shape: [Double] = []
        for node in 0..<nodeCount {
            let angle = 2 * Double.pi * Double(node) / Double(nodeCount - 1)
            shape += zip(q.re, q.im).map { scale * ($0 * cos(angle) - $1 * sin(angle)) }
        }
        let states = (0..<nodeCount).flatMap { _ in hopf.state }
        let orbit = states.adding(amplitude * shape) + [2 * Double.pi / omega, hopf.parameters[0]]
        var problem = PeriodicOrbitProblem(equilibria: equilibria, intervals: intervals, periodScale: 2 * .pi / omega)
        let guess = problem.unknowns(orbit)
        problem.accept(guess)
        let direction = problem.unknowns(shape + [0, 0]).normalized
        return (problem, guess, direction, amplitude)
    }

    /// The Lagrange weights at 16 equally spaced points of a mesh interval.
    private static let sampleWeights: [[Double]] = (0..<16).map { s in
        (0...CollocationBasis.degree).map { CollocationBasis.lagrange($0, at: Double(s) / 16) }
    }

    /// Extremes of each variable, sampling every interval's polynomial finely.
    private func profile(_ problem: PeriodicOrbitProblem, _ unknowns: [Double]) -> (maxima: [Double], minima: [Double], amplitude: Double) {
        let n = problem.n
        let u = problem.orbit(unknowns)
        var maxima = [Double](repeating: -.infinity, count: n)
        var minima = [Double](repeating: .infinity, count: n)
        for j in 0..<problem.intervals {
            for weights in Self.sampleWeights {
                for i in 0..<n {
                    var value = 0.0
                    for (l, w) in weights.enumerated() { value += w * u[(j * CollocationBasis.degree + l) * n + i] }
                    maxima[i] = max(maxima[i], value)
                    minima[i] = min(minima[i], value)
                }
            }
        }
        let amplitude = zip(maxima, minima).map { $0 - $1 }.max() ?? 0
        return (maxima, minima, amplitude)
    }

    private func cyclePoint(_ problem: PeriodicOrbitProblem, _ u: [Double]) -> CyclePoint? {
        guard let monodromy = problem.monodromy(u),
              var multipliers = try? LinearAlgebra.eigenvalues(monodromy) else { return nil }
        if let trivial = multipliers.indices.min(by: {
            distanceToOne(multipliers[$0]) < distanceToOne(multipliers[$1])
        }) { multipliers.remove(at: trivial) }
        let extremes = profile(problem, u)
        let orbit = problem.orbit(u)
        return CyclePoint(parameter: orbit[problem.periodIndex + 1], period: orbit[problem.periodIndex],
                          maxima: extremes.maxima, minima: extremes.minima, multipliers: multipliers)
    }

    private func distanceToOne(_ z: LinearAlgebra.Complex) -> Double {
        LinearAlgebra.Complex(z.re - 1, z.im).magnitude
    }

    private func cycleFolds(_ engine: PseudoArclength<PeriodicOrbitProblem>, on curve: [CurvePoint]) -> [BifurcationPoint] {
        foldBrackets(on: curve).compactMap { a, b in
            var local = engine
            local.problem.accept(a.u)
            guard let fold = local.locate(between: a, and: b, negligible: FoldTest.negligible, zeroOf: { $0.tangent.last! }) else { return nil }
            let problem = local.problem
            let orbit = problem.orbit(fold.u)
            return BifurcationPoint(kind: .cycleFold, parameters: [fold.parameter], state: profile(problem, fold.u).maxima,
                                    period: orbit[problem.periodIndex])
        }
    }
}
