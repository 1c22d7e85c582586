import XCTest
import Kernel
@testable import Analysis

/// FitzHugh–Nagumo's relaxation cycles from continuation against a converged simulation
/// (`SimulatedCycle`: RK4 at dt = 2e-3, which agrees with dt = 1e-3 to 2e-10 in the period
/// and both extremes). The branch is continued from the lower Hopf point to the end of a
/// range that ends at the input in question, so its last point is the cycle there.
final class CycleAccuracyTests: XCTestCase {
    private func cycle(at input: Double, intervals: Int = CycleContinuation.defaultIntervals,
                       degree: Int = CycleContinuation.defaultDegree) throws -> CyclePoint {
        let system = TestSystems.fitzHughNagumo
        let hopf = try XCTUnwrap(EquilibriumContinuation(system: system, parameterIndex: 3, range: 0...2)
            .run(from: [-1.2, -0.6]).special.first { $0.kind == .hopf })
        let branch = try XCTUnwrap(CycleContinuation(system: system, parameterIndex: 3, range: 0...input,
                                                     intervals: intervals, degree: degree).run(from: hopf))
        let last = try XCTUnwrap(branch.points.last)
        XCTAssertEqual(last.parameter, input, accuracy: 1e-12)
        return last
    }

    private func simulated(at input: Double) -> SimulatedCycle {
        var p = TestSystems.fitzHughNagumo.parameterValues
        p[3] = input
        return SimulatedCycle(system: TestSystems.fitzHughNagumo, parameters: p, dt: 2e-3, transient: 300)
    }

    func testDefaultMeshMatchesTheSimulationAtInputsHalfAndOne() throws {
        // Measured: period 1.8e-9, extremes 1.7e-7 at most (the 25-interval uniform mesh had 2e-3).
        for input in [0.5, 1.0] {
            let (found, reference) = (try cycle(at: input), simulated(at: input))
            XCTAssertEqual(found.period, reference.period, accuracy: 1e-8)
            XCTAssertEqual(found.maxima[0], reference.maximum, accuracy: 1e-6)
            XCTAssertEqual(found.minima[0], reference.minimum, accuracy: 1e-6)
            XCTAssertTrue(found.stable)
        }
    }

    func testDegreeSixConvergesFurther() throws {
        // Measured: period 1.1e-10, extremes 4.8e-9 at most.
        for input in [0.5, 1.0] {
            let (found, reference) = (try cycle(at: input, intervals: 40, degree: 6), simulated(at: input))
            XCTAssertEqual(found.period, reference.period, accuracy: 1e-9)
            XCTAssertEqual(found.maxima[0], reference.maximum, accuracy: 5e-8)
            XCTAssertEqual(found.minima[0], reference.minimum, accuracy: 5e-8)
        }
    }
}
