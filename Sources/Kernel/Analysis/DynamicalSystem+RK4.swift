/// One classical Runge–Kutta step of the flow (orbits in phase planes, relaxing
/// starting states before a slow-point search).
extension DynamicalSystem {
    public func rk4Step(_ x: [Double], _ p: [Double], dt: Double) -> [Double] {
        func plus(_ y: [Double], _ k: [Double], _ h: Double) -> [Double] { zip(y, k).map { $0 + h * $1 } }
        let k1 = rhs(x, p), k2 = rhs(plus(x, k1, dt / 2), p), k3 = rhs(plus(x, k2, dt / 2), p), k4 = rhs(plus(x, k3, dt), p)
        return x.indices.map { x[$0] + dt / 6 * (k1[$0] + 2 * k2[$0] + 2 * k3[$0] + k4[$0]) }
    }

    /// max_i Σ_j |J_ij|: bounds every eigenvalue, so steps below 1/‖J‖∞ keep RK4 stable.
    public func jacobianNorm(_ x: [Double], _ p: [Double]) -> Double {
        let j = jacobian(x, p), n = dimension
        return (0..<n).map { i in (0..<n).reduce(0) { $0 + abs(j[i * n + $1]) } }.max() ?? 0
    }
}
