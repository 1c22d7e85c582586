import XCTest
import Kernel
@testable import Analysis

final class EquilibriumContinuationTests: XCTestCase {
    func testFoldOfTheQuadraticIsLocatedAtTheOrigin() throws {
        let branch = try EquilibriumContinuation(system: TestSystems.fold, parameterIndex: 0, range: -1...1)
            .run(from: [1])
        let folds = branch.special.filter { $0.kind == .fold }
        XCTAssertEqual(folds.count, 1)
        // Closed form: p = 0, x = 0; located to the corrector's tolerance, not the step size.
        XCTAssertEqual(folds[0].parameters[0], 0, accuracy: 1e-10)
        XCTAssertEqual(folds[0].state[0], 0, accuracy: 1e-6)
        // Both halves end on the range's edge p = 1 at x = ±1; the upper half is stable.
        XCTAssertEqual(branch.points.first!.parameter, 1, accuracy: 1e-12)
        XCTAssertEqual(branch.points.last!.parameter, 1, accuracy: 1e-12)
        XCTAssertEqual(Set([branch.points.first!.state[0], branch.points.last!.state[0]].map { ($0 * 1e9).rounded() }),
                       [-1e9, 1e9])
        for point in branch.points where abs(point.state[0]) > 1e-6 {
            XCTAssertEqual(point.stable, point.state[0] > 0, "x = \(point.state[0])")
        }
    }

    func testHopfNormalFormGivesFrequencyAndFirstLyapunovCoefficient() throws {
        for (omega, sigma) in [(2.0, -1.0), (0.5, 1.5)] {
            let branch = try EquilibriumContinuation(system: TestSystems.hopf(omega: omega, sigma: sigma),
                                                     parameterIndex: 0, range: -1...1).run(from: [0, 0])
            let hopf = try XCTUnwrap(branch.special.first { $0.kind == .hopf })
            XCTAssertEqual(branch.special.count, 1)
            XCTAssertEqual(hopf.parameters[0], 0, accuracy: 1e-10)
            XCTAssertEqual(hopf.frequency!, omega, accuracy: 1e-10)
            // Kuznetsov's normalisation ⟨q, q⟩ = 1 makes x² + y² = 2|z|² for x = zq + z̄q̄, so
            // z' = (mu + i omega) z + 2 sigma z|z|² and l1 = Re c1 / omega = 2 sigma / omega.
            XCTAssertEqual(hopf.firstLyapunov!, 2 * sigma / omega, accuracy: 1e-7)
        }
    }

    func testFitzHughNagumoHopfInputsMatchTheClosedForm() throws {
        let branch = try EquilibriumContinuation(system: TestSystems.fitzHughNagumo, parameterIndex: 3, range: 0...2)
            .run(from: [-1.2, -0.6])
        let hopfs = branch.special.filter { $0.kind == .hopf }.map { $0.parameters[0] }
        let expected = TestSystems.fitzHughNagumoHopfInputs()
        XCTAssertEqual(hopfs.count, 2)
        for (found, exact) in zip(hopfs, expected) { XCTAssertEqual(found, exact, accuracy: 1e-8) }
        // Between the Hopf values the equilibrium is unstable, outside stable.
        for point in branch.points where abs(point.parameter - expected[0]) > 1e-6 && abs(point.parameter - expected[1]) > 1e-6 {
            XCTAssertEqual(point.stable, !(expected[0]...expected[1]).contains(point.parameter))
        }
    }
}
