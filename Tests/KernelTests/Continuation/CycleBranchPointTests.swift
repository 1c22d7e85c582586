import XCTest
import Kernel
@testable import Analysis

/// Branch points on a branch of cycles, against a closed form: in `TestSystems.cyclePitchfork`
/// the cycles born at the Hopf point μ = 0 have the multiplier e^(2π(μ − a)), which crosses +1 at
/// μ = a while the branch goes on in μ (no fold): a BP there, with the period 2π.
final class CycleBranchPointTests: XCTestCase {
    func testAMultiplierCrossingOneWithoutAFoldIsABranchPoint() throws {
        for a in [0.3, 0.6] {
            let system = TestSystems.cyclePitchfork(a: a)
            let hopf = try XCTUnwrap(EquilibriumContinuation(system: system, parameterIndex: 0, range: -0.5...1)
                .run(from: [0, 0, 0]).special.first { $0.kind == .hopf })
            let branch = try XCTUnwrap(CycleContinuation(system: system, parameterIndex: 0, range: -0.5...1, intervals: 16, degree: 6)
                .run(from: hopf))
            XCTAssertEqual(branch.special.map(\.kind), [.branchPoint], "a = \(a)")
            let point = try XCTUnwrap(branch.special.first)
            // Measured: μ within 1.4e-14 of a, the period within 1.8e-15 of 2π.
            XCTAssertEqual(point.parameters[0], a, accuracy: 1e-13)
            XCTAssertEqual(try XCTUnwrap(point.period), 2 * .pi, accuracy: 2e-14)
            // Past it the cycles with z = 0 are unstable: the multiplier e^(2π(μ − a)) > 1.
            for cycle in branch.points where cycle.parameter > a + 1e-6 {
                XCTAssertFalse(cycle.stable)
            }
        }
    }
}
