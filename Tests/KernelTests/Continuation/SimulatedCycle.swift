import Kernel
@testable import Analysis

/// A stable limit cycle measured by a fixed-step RK4 simulation written here, independent
/// of the collocation: after `transient` time units, the period is the mean time between
/// upward crossings of the first variable through the middle of its range and the extremes
/// are those of that variable, each crossing and extremum placed on the parabola through
/// the three samples around it, so that neither is limited to the step.
struct SimulatedCycle {
    var period = 0.0
    var maximum = -Double.infinity
    var minimum = Double.infinity

    init(system: DynamicalSystem, parameters p: [Double], start: [Double] = [1, 1], dt: Double,
         transient: Double = 500, periods: Int = 4) {
        var x = start
        func step() {
            let k1 = system.rhs(x, p)
            let k2 = system.rhs(x.adding((dt / 2) * k1), p)
            let k3 = system.rhs(x.adding((dt / 2) * k2), p)
            let k4 = system.rhs(x.adding(dt * k3), p)
            x = x.adding((dt / 6) * k1.adding(2 * k2).adding(2 * k3).adding(k4))
        }
        var low = Double.infinity, high = -Double.infinity
        for k in 0..<Int(transient / dt) {
            step()
            if Double(k) * dt > transient / 2 { low = min(low, x[0]); high = max(high, x[0]) }
        }
        let level = (low + high) / 2
        var crossings: [Double] = []
        var samples = [x[0], x[0], x[0]]
        var t = 0.0
        while crossings.count <= periods {
            step()
            t += dt
            samples = [samples[1], samples[2], x[0]]
            let (a, b, c) = (samples[0], samples[1], samples[2])
            // The parabola through (−dt, a), (0, b), (dt, c).
            let slope = (c - a) / (2 * dt), curvature = (c - 2 * b + a) / (dt * dt)
            if b > a, b >= c { maximum = max(maximum, b - slope * slope / (2 * curvature)) }
            if b < a, b <= c { minimum = min(minimum, b - slope * slope / (2 * curvature)) }
            if b < level, c >= level {
                // The root of the parabola in (0, dt], relative to the time of b.
                let s = curvature == 0 ? (level - b) / slope
                    : (-slope + (slope * slope + 2 * curvature * (level - b)).squareRoot()) / curvature
                crossings.append(t - dt + s)
            }
        }
        period = (crossings.last! - crossings.first!) / Double(periods)
    }
}
