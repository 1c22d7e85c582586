import Support
import Symbolic

/// Damped Newton iteration for f(x) = 0 with LAPACK's LU solve (dgesv): the
/// full step where it lowers the scaled residual, else halved until it does;
/// a start from which no step lowers it is given up.
public struct NewtonSolver: Sendable {
    public var system: DynamicalSystem
    public var parameters: [Double]
    /// A typical size of each variable: steps and residuals are measured in these units.
    public var scale: [Double]
    public var maximumIterations = 40
    /// Converged when every step component is below this many scales.
    public var tolerance = 1e-10
    /// LAPACK, for the steps.
    let blas: BLAS

    public init(system: DynamicalSystem, parameters: [Double], scale: [Double], blas: BLAS) {
        self.system = system
        self.parameters = parameters
        self.scale = scale
        self.blas = blas
    }

    /// The root reached from `start`, or nil where the iteration diverges or meets a singular Jacobian,
    /// or where `abandon` says the iterate is heading somewhere already known.
    public func solve(from start: [Double], abandon: ([Double]) -> Bool = { _ in false }) -> [Double]? {
        var x = start
        var residual = norm(system.rhs(x, parameters))
        for _ in 0..<maximumIterations {
            let f = system.rhs(x, parameters)
            guard let step = try? LinearAlgebra.solve(Matrix(square: system.jacobian(x, parameters)), f.map { -$0 }, blas) else { return nil }
            if zip(step, scale).allSatisfy({ abs($0) <= tolerance * $1 }) { return zip(x, step).map { $0 + $1 } }
            var damping = 1.0
            var trial = zip(x, step).map { $0 + $1 }
            var trialResidual = norm(system.rhs(trial, parameters))
            while !(trialResidual < residual), damping > 1.0 / 64 {
                damping /= 2
                trial = zip(x, step).map { $0 + damping * $1 }
                trialResidual = norm(system.rhs(trial, parameters))
            }
            // No descent along the Newton direction: a local minimum of |f|, not a root.
            guard trialResidual < residual else { return nil }
            x = trial
            residual = trialResidual
            if abandon(x) { return nil }
        }
        return nil
    }

    private func norm(_ f: [Double]) -> Double {
        zip(f, scale).reduce(0) { $0 + ($1.0 / $1.1) * ($1.0 / $1.1) }.squareRoot()
    }
}
