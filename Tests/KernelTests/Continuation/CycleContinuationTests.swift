import XCTest
import Kernel
@testable import Analysis

final class CycleContinuationTests: XCTestCase {
    private func hopf(of system: DynamicalSystem, parameter k: Int, in range: ClosedRange<Double>,
                      from guess: [Double]) throws -> [BifurcationPoint] {
        try EquilibriumContinuation(system: system, parameterIndex: k, range: range).run(from: guess)
            .special.filter { $0.kind == .hopf }
    }

    func testNormalFormCyclesHaveTheClosedFormRadiusPeriodAndMultiplier() throws {
        // sigma = −1, omega = 2: r² = mu, period π, nontrivial multiplier exp(−2 mu π).
        let system = TestSystems.hopf(omega: 2, sigma: -1)
        let start = try XCTUnwrap(hopf(of: system, parameter: 0, in: -1...1, from: [0, 0]).first)
        let branch = try XCTUnwrap(CycleContinuation(system: system, parameterIndex: 0, range: -1...1).run(from: start))
        XCTAssertGreaterThan(branch.points.count, 5)
        XCTAssertEqual(branch.points.last!.parameter, 1, accuracy: 1e-12)
        for point in branch.points {
            let mu = point.parameter
            XCTAssertEqual(point.period, .pi, accuracy: 1e-9)
            XCTAssertEqual(point.maxima[0], mu.squareRoot(), accuracy: 1e-6 * max(1, mu.squareRoot()))
            XCTAssertEqual(point.minima[1], -mu.squareRoot(), accuracy: 1e-6)
            XCTAssertEqual(point.multipliers.count, 1)
            XCTAssertEqual(point.multipliers[0].re, exp(-2 * mu * .pi), accuracy: 1e-7)
            XCTAssertTrue(point.stable)
        }
    }

    func testSubcriticalNormalFormCyclesAreUnstableOnTheOtherSide() throws {
        let system = TestSystems.hopf(omega: 1, sigma: 0.5)
        let start = try XCTUnwrap(hopf(of: system, parameter: 0, in: -1...1, from: [0, 0]).first)
        XCTAssertGreaterThan(start.firstLyapunov!, 0)
        let branch = try XCTUnwrap(CycleContinuation(system: system, parameterIndex: 0, range: -1...1).run(from: start))
        for point in branch.points {
            XCTAssertLessThan(point.parameter, 1e-9)
            XCTAssertEqual(point.maxima[0], (-point.parameter / 0.5).squareRoot(), accuracy: 1e-6)
            XCTAssertEqual(point.period, 2 * .pi, accuracy: 1e-9)
            XCTAssertFalse(point.stable)
        }
    }
}

/// A limit cycle measured by a long fixed-step RK4 simulation: period from upward
/// crossings of the first variable through the middle of its range, extremes sampled each step.
struct RK4Orbit {
    var period = 0.0
    var maximum = -Double.infinity
    var minimum = Double.infinity

    init(system: DynamicalSystem, parameters p: [Double], start: [Double], dt: Double, transient: Double, periods: Int) {
        var x = start
        func step() {
            let k1 = system.rhs(x, p)
            let k2 = system.rhs(x.adding((dt / 2) * k1), p)
            let k3 = system.rhs(x.adding((dt / 2) * k2), p)
            let k4 = system.rhs(x.adding(dt * k3), p)
            x = x.adding((dt / 6) * k1.adding(2 * k2).adding(2 * k3).adding(k4))
        }
        for _ in 0..<Int(transient / dt) { step() }
        var low = Double.infinity, high = -Double.infinity
        for _ in 0..<Int(transient / dt) {
            step()
            low = min(low, x[0]); high = max(high, x[0])
        }
        let level = (low + high) / 2
        var crossings: [Double] = []
        var t = 0.0
        while crossings.count <= periods {
            let before = x[0]
            step()
            t += dt
            maximum = max(maximum, x[0]); minimum = min(minimum, x[0])
            if before < level, x[0] >= level { crossings.append(t - dt * (x[0] - level) / (x[0] - before)) }
        }
        period = (crossings.last! - crossings.first!) / Double(periods)
    }
}
