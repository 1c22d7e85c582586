/// An orbit of the system by classical RK4, with each step sized so the point
/// moves about 1/100 of the box (fine where the flow is fast, long where it is
/// slow) but never beyond 1/‖J‖∞, which keeps RK4 stable and accurate near rest.
struct Trajectory {
    var system: DynamicalSystem
    var parameters: [Double]
    var box: [ClosedRange<Double>]
    var maximumSteps = 1000

    /// The visited states, ending where the orbit leaves twice the box or comes to rest.
    func points(from start: [Double]) -> [[Double]] {
        let widths = box.map { $0.upperBound - $0.lowerBound }
        var x = start
        var path = [x]
        for _ in 0..<maximumSteps {
            let f = system.rhs(x, parameters)
            let speed = zip(f, widths).map { abs($0) / $1 }.max() ?? 0
            guard speed.isFinite, speed > 1e-12 else { break }
            x = system.rk4Step(x, parameters, dt: min(0.01 / speed, 1 / system.jacobianNorm(x, parameters)))
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
