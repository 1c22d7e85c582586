import CBLAS
import Runtime
import Support
import Symbolic

/// Fixed and slow points of a high-dimensional system (Sussillo & Barak 2013):
/// q(x) = ½|f(x)|² minimised from many initial states by Newton steps where they
/// lower q, else Levenberg–Marquardt (JᵀJ by dgemm), on the exact Jacobian with
/// every linear solve by LAPACK, in variables
/// scaled by the box. Half the starts are random states, half the same states
/// carried along the flow for a while (near the attractors, which the random
/// states of a large network rarely are). Minima with f = 0 are fixed points;
/// minima where the flow is still far slower than the system's rates are slow points.
public struct SlowPointSearch: Sendable {
    public struct Point: Sendable {
        public var state: [Double]
        /// ½ Σ (f_i / width_i)², in 1/time².
        public var q: Double
        public var isFixed: Bool
        /// All eigenvalues of the Jacobian, by decreasing real part.
        public var eigenvalues: [LinearAlgebra.Complex]
        public var stability: Stability
    }

    public var system: DynamicalSystem
    public var parameters: [Double]
    public var box: [ClosedRange<Double>]
    public var starts = 16
    /// RK4 steps of 1/(2‖J‖∞) that carry a start along the flow.
    public var relaxationSteps = 200
    public var seed: UInt64 = 1
    public var maximumIterations = 100
    /// |f_i|/width_i below this fraction of the flow's fastest rate: a fixed point.
    public var fixedTolerance = 1e-10
    /// Below this fraction: a slow point.
    public var slowTolerance = 1e-3

    public init(system: DynamicalSystem, parameters: [Double], box: [ClosedRange<Double>]) {
        self.system = system
        self.parameters = parameters
        self.box = box
    }

    var widths: [Double] { box.map { max($0.upperBound - $0.lowerBound, .leastNormalMagnitude) } }

    /// `library`: OpenBLAS and LAPACKE, or why they could not be opened (`BLAS.process`), which this throws.
    public func run(library: Result<BLAS, BLAS.LoadFailure> = BLAS.process) throws(BLAS.LoadFailure) -> [Point] {
        let blas = try library.get()
        var found: [Point] = []
        for start in startingStates() {
            guard let point = minimise(from: start, blas: blas) else { continue }
            if !found.contains(where: { same($0.state, point.state) }) { found.append(point) }
        }
        return found.sorted { ($0.isFixed ? 0 : 1, $0.q) < ($1.isFixed ? 0 : 1, $1.q) }
    }

    /// Uniform random states in the box (Philox, reproducible by `seed`), every other one relaxed along the flow.
    func startingStates() -> [[Double]] {
        (0..<starts).map { k in
            var random = CounterRandom(seed: seed, stream: UInt32(k / 2))
            var x = box.enumerated().map { i, interval in
                random.startNeuron(i)
                return interval.lowerBound + random.uniform() * (interval.upperBound - interval.lowerBound)
            }
            if k % 2 == 1 {
                let dt = 0.5 / max(system.jacobianNorm(x, parameters), .leastNormalMagnitude)
                for _ in 0..<relaxationSteps { x = system.rk4Step(x, parameters, dt: dt) }
            }
            return x
        }
    }

    func minimise(from start: [Double], blas: BLAS) -> Point? {
        let n = system.dimension
        var x = start
        var r = scaledResidual(x)
        var q = half(r)
        var mu = -1.0
        for _ in 0..<maximumIterations {
            let j = scaledJacobian(x)
            let rate = rowSumNorm(j, n)
            if r.map(abs).max() ?? 0 <= fixedTolerance * rate { break }
            if let step = newtonStep(j, from: x, r: r, q: q, blas: blas) {
                (x, r, q) = (step.x, step.r, step.q)
                if step.size < 1e-13 { break }
                continue
            }
            var normal = [Double](repeating: 0, count: n * n)
            blas.dgemm(CblasRowMajor, CblasTrans, CblasNoTrans, Int32(n), Int32(n), Int32(n), 1, j, Int32(n), j, Int32(n), 0, &normal, Int32(n))
            var gradient = [Double](repeating: 0, count: n)
            blas.dgemv(CblasRowMajor, CblasTrans, Int32(n), Int32(n), 1, j, Int32(n), r, 1, 0, &gradient, 1)
            if mu < 0 { mu = 1e-3 * ((0..<n).map { normal[$0 * n + $0] }.max() ?? 1) }
            guard let step = dampedStep(normal, gradient, mu: &mu, from: x, q: q, blas: blas) else { break }
            (x, r, q) = (step.x, step.r, step.q)
            if step.size < 1e-13 { break }
        }
        return point(x, r: r, q: q, blas: blas)
    }

    /// The full Newton step J dy = −r (half the work of forming JᵀJ), taken where it lowers q
    /// and moves less than the box: near a fixed point it converges quadratically.
    private func newtonStep(_ j: [Double], from x: [Double], r: [Double], q: Double, blas: BLAS) -> (x: [Double], r: [Double], q: Double, size: Double)? {
        let n = system.dimension, s = widths
        guard let dy = try? LinearAlgebra.solve(Matrix(rows: n, columns: n, values: j), r.map { -$0 }, blas) else { return nil }
        let size = dy.map(abs).max() ?? 0
        guard size <= 1 else { return nil }
        let trial = (0..<n).map { x[$0] + dy[$0] * s[$0] }
        let trialR = scaledResidual(trial)
        let trialQ = half(trialR)
        return trialQ < q ? (trial, trialR, trialQ, size) : nil
    }

    /// The Levenberg–Marquardt step (JᵀJ + μI) dy = −Jᵀr, μ raised until q falls and lowered after;
    /// nil when no μ lowers q (a minimum to rounding).
    private func dampedStep(_ normal: [Double], _ gradient: [Double], mu: inout Double, from x: [Double], q: Double, blas: BLAS)
        -> (x: [Double], r: [Double], q: Double, size: Double)? {
        let n = system.dimension, s = widths
        while mu < 1e30 {
            var damped = normal
            for i in 0..<n { damped[i * n + i] += mu }
            if let dy = try? LinearAlgebra.solve(Matrix(rows: n, columns: n, values: damped), gradient.map { -$0 }, blas) {
                let trial = (0..<n).map { x[$0] + dy[$0] * s[$0] }
                let r = scaledResidual(trial)
                let trialQ = half(r)
                if trialQ < q {
                    mu = max(mu / 3, 1e-300)
                    return (trial, r, trialQ, dy.map(abs).max() ?? 0)
                }
            }
            mu *= 4
        }
        return nil
    }

    private func point(_ x: [Double], r: [Double], q: Double, blas: BLAS) -> Point? {
        let n = system.dimension
        let rate = rowSumNorm(scaledJacobian(x), n)
        let speed = r.map(abs).max() ?? 0
        guard x.allSatisfy(\.isFinite), speed <= slowTolerance * rate else { return nil }
        let eigenvalues = system.spectrum(at: x, parameters: parameters, blas: blas)
        let fixed = speed <= fixedTolerance * rate
        return Point(state: x, q: q, isFixed: fixed, eigenvalues: eigenvalues,
                     stability: Stability(eigenvalues: eigenvalues))
    }

    private func scaledResidual(_ x: [Double]) -> [Double] {
        zip(system.rhs(x, parameters), widths).map { $0 / $1 }
    }

    /// D⁻¹ J D with D = diag(widths): the Jacobian in box-scaled variables.
    private func scaledJacobian(_ x: [Double]) -> [Double] {
        let s = widths, n = system.dimension
        var j = system.jacobian(x, parameters)
        for row in 0..<n { for column in 0..<n { j[row * n + column] *= s[column] / s[row] } }
        return j
    }

    private func rowSumNorm(_ j: [Double], _ n: Int) -> Double {
        (0..<n).map { row in (0..<n).reduce(0) { $0 + abs(j[row * n + $1]) } }.max() ?? 0
    }

    private func half(_ r: [Double]) -> Double { 0.5 * r.reduce(0) { $0 + $1 * $1 } }

    private func same(_ a: [Double], _ b: [Double]) -> Bool {
        zip(zip(a, b), widths).allSatisfy { abs($0.0 - $0.1) <= 1e-6 * $1 }
    }
}
