import Runtime

/// An orbit of the system by classical RK4, with each step sized so the point
/// moves about 1/100 of the box (fine where the flow is fast, long where it is
/// slow) but never beyond 1/‖J‖∞, which keeps RK4 stable and accurate near rest.
/// A system with noise takes Euler–Maruyama steps of the same sizes instead, its
/// increments drawn from seed 0 (orbit k is stream k), so a figure is the same each time.
struct Trajectory {
    var system: DynamicalSystem
    var parameters: [Double]
    var box: [ClosedRange<Double>]
    var maximumSteps = 1000

    /// The visited states, ending where the orbit leaves twice the box or (without noise) comes to rest.
    func points(from start: [Double], orbit: Int = 0) -> [[Double]] {
        let widths = box.map { $0.upperBound - $0.lowerBound }
        var random = CounterRandom(seed: 0, stream: UInt32(truncatingIfNeeded: orbit))
        var x = start
        var path = [x]
        for _ in 0..<maximumSteps {
            let f = system.rhs(x, parameters)
            let speed = zip(f, widths).map { abs($0) / $1 }.max() ?? 0
            guard speed.isFinite, speed > 1e-12 || system.diffusion != nil else { break }
            let dt = min(0.01 / max(speed, 1e-12), 1 / system.jacobianNorm(x, parameters))
            if let diffusion = system.diffusion {
                var next = zip(x, f).map { $0 + dt * $1 }
                for g in diffusion(x, parameters) {
                    let dW = dt.squareRoot() * random.normal()
                    next = zip(next, g).map { $0 + $1 * dW }
                }
                x = next
            } else {
                x = system.rk4Step(x, parameters, dt: dt)
            }
            guard x.allSatisfy(\.isFinite) else { break }
            path.append(x)
            if !zip(x, box).allSatisfy({ value, interval in
                let margin = interval.upperBound - interval.lowerBound
                return value >= interval.lowerBound - margin && value <= interval.upperBound + margin
            }) { break }
        }
        return path
    }
}
