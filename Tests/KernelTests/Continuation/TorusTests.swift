import XCTest
import Kernel
@testable import Analysis

/// `TestSystems.torus`: the cycle born at p = 0 meets a torus bifurcation at p = 1/2 exactly,
/// where the uncoupled oscillator's pair of multipliers exp((p − 1/2 ± 2i)·2π) leaves the unit circle.
final class TorusTests: XCTestCase {
    func testTorusBifurcationOfTheProductSystemIsAtOneHalf() throws {
        let system = TestSystems.torus
        let hopf = try XCTUnwrap(EquilibriumContinuation(system: system, parameterIndex: 0, range: -0.2...1)
            .run(from: [0, 0, 0, 0]).special.first { $0.kind == .hopf && abs($0.parameters[0]) < 1e-6 })
        let branch = try XCTUnwrap(CycleContinuation(system: system, parameterIndex: 0, range: -0.2...1).run(from: hopf))
        let tori = branch.special.filter { $0.kind == .torus }
        XCTAssertEqual(tori.count, 1)
        // Measured: p 5.6e-16 from 1/2, the period 2π to the last digit.
        XCTAssertEqual(tori[0].parameters[0], 0.5, accuracy: 1e-14)
        XCTAssertEqual(try XCTUnwrap(tori[0].period), 2 * .pi, accuracy: 1e-13)
        XCTAssertFalse(branch.special.contains { $0.kind == .periodDoubling || $0.kind == .cycleFold })
        for point in branch.points where abs(point.parameter - 0.5) > 1e-6 {
            XCTAssertEqual(point.stable, point.parameter < 0.5, "p = \(point.parameter)")
        }
    }
}
