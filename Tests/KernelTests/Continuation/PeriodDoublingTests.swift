import XCTest
import Kernel
@testable import Analysis

/// Rössler (a = b = 0.2) continued in c: its cycle's multiplier crosses −1 at the first
/// period doubling. The reference is `ShootingCycle`, written in the test: shooting with
/// RK4 of the variational equations (4000 steps a period; 2000 steps move the point by
/// 1.5e-10, so 4000 are within about 1e-11), and the secant method on c for the multiplier
/// + 1 = 0.
final class PeriodDoublingTests: XCTestCase {
    private func shootingPeriodDoubling() throws -> (c: Double, period: Double) {
        let system = TestSystems.rossler()
        var p = system.parameterValues
        p[2] = 2.8
        let guess = ShootingCycle.guess(system: system, parameters: p, from: [1, 1, 0], dt: 2e-3, transient: 100)
        var cycle = try XCTUnwrap(ShootingCycle(system: system, parameters: p, start: guess.start, period: guess.period))
        func distance(_ c: Double) throws -> Double {
            p[2] = c
            cycle = try XCTUnwrap(ShootingCycle(system: system, parameters: p, start: cycle.start, period: cycle.period))
            return try XCTUnwrap(cycle.multipliers.filter { $0.im == 0 }.map(\.re).min()) + 1
        }
        var (c0, c1) = (2.8, 2.86)
        var (g0, g1) = (try distance(c0), try distance(c1))
        while abs(c1 - c0) > 1e-13 {
            (c0, g0, c1) = (c1, g1, c1 - g1 * (c1 - c0) / (g1 - g0))
            g1 = try distance(c1)
        }
        return (c1, cycle.period)
    }

    func testRosslerFirstPeriodDoublingMatchesShooting() throws {
        // Started at c = 0.3, below the fold at c = 2√(ab) = 0.4 where the equilibria and the cycle are born.
        let system = TestSystems.rossler(c: 0.3)
        let hopf = try XCTUnwrap(EquilibriumContinuation(system: system, parameterIndex: 2, range: 0.1...4)
            .run(from: [0, 0, 0]).special.first { $0.kind == .hopf })
        let branch = try XCTUnwrap(CycleContinuation(system: system, parameterIndex: 2, range: 0.1...4).run(from: hopf))
        let doublings = branch.special.filter { $0.kind == .periodDoubling }
        XCTAssertEqual(doublings.count, 1)
        let reference = try shootingPeriodDoubling()
        // Measured: c 6.4e-12 and the period 4e-13 from the shooting answer.
        XCTAssertEqual(doublings[0].parameters[0], reference.c, accuracy: 1e-10)
        XCTAssertEqual(try XCTUnwrap(doublings[0].period), reference.period, accuracy: 1e-11)
        // Past it the cycle is unstable, a multiplier beyond −1.
        for point in branch.points where point.parameter > reference.c + 1e-6 {
            XCTAssertTrue(point.multipliers.contains { $0.im == 0 && $0.re < -1 })
            XCTAssertFalse(point.stable)
        }
    }
}
