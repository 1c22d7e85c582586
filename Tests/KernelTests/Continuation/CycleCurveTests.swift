import XCTest
import Kernel
import Plot
@testable import Analysis

/// Curves of folds of cycles (LPC), period doublings (PD) and torus bifurcations (TR) in two
/// parameters, started from a cycle (`from branch N point M` of a diagram in one parameter,
/// or `from orbit`):
/// - the Bautin normal form r' = r(β1 + β2 r² − r⁴), θ' = 1 (in x, y) has its cycles' fold
///   where β1 + β2 s − s² = 0 has a double root s = r²: on β1 = −β2²/4, with r² = β2/2;
/// - Rössler's first period doubling in (c, b) (examples/rossler_period_doubling_curve.soma,
///   from a recorded orbit), against shooting with RK4 of the variational equations at the
///   curve's own values of b (`ShootingCycle`, the secant method on c for the multiplier
///   + 1 = 0, as PeriodDoublingTests does at b = 0.2).
final class CycleCurveTests: XCTestCase {
    /// The (x, y) of each curve of the two-parameter figure, by its legend name.
    private func curves(_ run: BifurcationExampleRun, figure k: Int) -> [(name: String?, x: [Double], y: [Double])] {
        run.figures[k].panels[0].series.compactMap { series in
            if case .line(let name, let x, let y, _) = series { return (name, x, y) } else { return nil }
        }
    }

    func testTheFoldOfCyclesCurveOfTheBautinNormalFormIsTheParabola() throws {
        let run = try BifurcationExampleRun(source: """
            system Bautin {
              param b2 = 1
              input b1 = -0.5
              var x = 0.1, y = 0
              dx/dt = b1*x - y + b2*x*(x^2 + y^2) - x*(x^2 + y^2)^2
              dy/dt = x + b1*y + b2*y*(x^2 + y^2) - y*(x^2 + y^2)^2
            }
            bifurcation Bautin vary b1 in [-1, 1] show x intervals = 20 degree = 4
            bifurcation Bautin vary b1 in [-1, 0.5], b2 in [0.2, 1.5] from branch 2 point 10
            """)
        let found = curves(run, figure: 1)
        XCTAssertEqual(found.map(\.name), ["folds of cycles (LPC)"])
        let (b1, b2) = (found[0].x, found[0].y)
        XCTAssertGreaterThan(b1.count, 20)
        // From edge to edge of the box in β2 (the curve ends exactly on it).
        XCTAssertEqual(b2.min()!, 0.2, accuracy: 1e-12)
        XCTAssertEqual(b2.max()!, 1.5, accuracy: 1e-12)
        // Measured: within 5e-16 of the parabola at every one of its 34 points.
        for (p, q) in zip(b1, b2) { XCTAssertEqual(p, -q * q / 4, accuracy: 1e-10, "β2 = \(q)") }
    }

    /// The cycle |z| = √p of z' = (p + i) z − z|z|² is the product with w' = (p − q + 1.3 i) w of a
    /// torus bifurcation where its multipliers exp(2π(p − q ± 1.3 i)) cross the unit circle:
    /// on p = q. Started from the orbit a run at p = 0.3 ends on, in two parameters.
    func testTheTorusCurveOfAProductSystemIsTheDiagonal() throws {
        let run = try BifurcationExampleRun(source: """
            system Torus {
              param q = 0.5
              input p = 0.3
              var x = 0.5, y = 0, u = 0.1, v = 0
              dx/dt = p*x - y - x*(x^2 + y^2)
              dy/dt = x + p*y - y*(x^2 + y^2)
              du/dt = (p - q)*u - 1.3*v
              dv/dt = 1.3*u + (p - q)*v
            }
            population T = Torus(1)
            record T.x, T.y, T.u, T.v every 0.05
            run 200 dt = 0.01 method = rk4
            bifurcation T vary p in [0.1, 1], q in [0.2, 0.8] from orbit intervals = 20 degree = 4
            """)
        let found = curves(run, figure: 0)
        XCTAssertEqual(found.map(\.name), ["tori (TR)"])
        let (p, q) = (found[0].x, found[0].y)
        XCTAssertGreaterThan(p.count, 20)
        XCTAssertEqual(q.min()!, 0.2, accuracy: 1e-12)
        XCTAssertEqual(q.max()!, 0.8, accuracy: 1e-12)
        // Measured: within 3.4e-16 of the diagonal at every one of its 36 points.
        for (a, b) in zip(p, q) { XCTAssertEqual(a, b, accuracy: 1e-10) }
    }

    /// The period doubling of the cycle near c (stable just below it) at b, by shooting.
    private func shootingPeriodDoubling(b: Double, near c: Double) throws -> Double {
        let system = TestSystems.rossler(b: b)
        var p = [0.2, b, c - 0.05]
        let steps = 4000
        let guess = ShootingCycle.guess(system: system, parameters: p, from: [1, 1, 0], dt: 2e-3, transient: 100)
        var cycle = try XCTUnwrap(ShootingCycle(system: system, parameters: p, start: guess.start, period: guess.period, steps: steps,
                                                blas: BLAS.require()))
        func distance(_ c: Double) throws -> Double {
            p[2] = c
            cycle = try XCTUnwrap(ShootingCycle(system: system, parameters: p, start: cycle.start, period: cycle.period, steps: steps,
                                                blas: BLAS.require()))
            return try XCTUnwrap(cycle.multipliers.filter { $0.im == 0 }.map(\.re).min()) + 1
        }
        var (c0, c1) = (c - 0.01, c + 0.01)
        var (g0, g1) = (try distance(c0), try distance(c1))
        while abs(c1 - c0) > 1e-13 {
            (c0, g0, c1) = (c1, g1, c1 - g1 * (c1 - c0) / (g1 - g0))
            g1 = try distance(c1)
        }
        return c1
    }

    func testRosslersPeriodDoublingCurveMatchesShooting() throws {
        let run = try BifurcationExampleRun("rossler_period_doubling_curve.soma")
        let found = curves(run, figure: 0)
        XCTAssertEqual(found.map(\.name), ["period doublings (PD)"])
        let (c, b) = (found[0].x, found[0].y)
        // Through the PD of the branch in c at b = 0.2 (2.8324450278728 by shooting; on 20 intervals of
        // degree 4, measured 1.8e-7 from it).
        XCTAssertTrue(zip(c, b).contains { abs($0.1 - 0.2) < 1e-12 && abs($0.0 - 2.8324450278728) < 1e-6 })
        XCTAssertEqual(b.min()!, 0.15, accuracy: 1e-12)
        XCTAssertEqual(b.max()!, 0.3, accuracy: 1e-12)
        // At the points nearest b = 0.16 and 0.28 (0.1606 and 0.2764). Measured: 1.9e-7 and 1.6e-7, the
        // error of the mesh (the one-parameter PD at b = 0.2 on 40 intervals of degree 5 is within 6.4e-12).
        for target in [0.16, 0.28] {
            let k = b.indices.min { abs(b[$0] - target) < abs(b[$1] - target) }!
            XCTAssertEqual(c[k], try shootingPeriodDoubling(b: b[k], near: c[k]), accuracy: 1e-6, "b = \(b[k])")
        }
    }
}
