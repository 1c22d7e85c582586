/// An orbit of the system by classical RK4, with each step sized so the point
/// moves about 1/200 of the box (fine where the flow is fast, long where it is
/// slow) but never beyond 1/‖J‖∞, which keeps RK4 stable and accurate near rest.
struct Trajectory {
    var system: DynamicalSystem
    var parameters: [Double]
    var box: [ClosedRange<Double>]
    var maximumSteps = 6000

    /// The visited states, ending where the orbit leaves twice the box or comes to rest.
    func points(from start: [Double]) -> [[Double]] {
        let widths = box.map { $0.upperBound - $0.lowerBound }
        var x = start
        var path = [x]
        for _ in 0..<maximumSteps {
            let f = system.rhs(x, parameters)
            let speed = zip(f, widths).map { abs($0) / $1 }.max() ?? 0
            guard speed.isFinite, speed > 1e-12 else { break }
            let j = system.jacobian(x, parameters), n = x.count
            let stiffness = (0..<n).map { i in (0..<n).reduce(0) { $0 + abs(j[i * n + $1]) } }.max() ?? 0
            x = step(x, dt: min(0.005 / speed, 1 / stiffness))
            guard x.allSatisfy(\.isFinite) else { break }
            path.append(x)
            if !zip(x, box).allSatisfy({ value, interval in
                let margin = interval.upperBound - interval.lowerBound
                return value >= interval.lowerBound - margin && value <= interval.upperBound + margin
            }) { break }
        }
        return path
    }

    func step(_ x: [Double], dt: Double) -> [Double] {
        func f(_ y: [Double]) -> [Double] { system.rhs(y, parameters) }
        func plus(_ y: [Double], _ k: [Double], _ h: Double) -> [Double] { zip(y, k).map { $0 + h * $1 } }
        let k1 = f(x), k2 = f(plus(x, k1, dt / 2)), k3 = f(plus(x, k2, dt / 2)), k4 = f(plus(x, k3, dt))
        return x.indices.map { x[$0] + dt / 6 * (k1[$0] + 2 * k2[$0] + 2 * k3[$0] + k4[$0]) }
    }
}
