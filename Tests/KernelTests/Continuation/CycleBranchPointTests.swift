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

    /// Switching there: the crossing branch, on both sides, is the cycles r = √μ with
    /// z = ±√(μ − a), of period 2π, stable (multipliers e^(−4πμ) and e^(−4π(μ − a))).
    func testTheSwitchedBranchIsTheClosedFormCyclesOffThePlane() throws {
        let a = 0.6
        let system = TestSystems.cyclePitchfork(a: a)
        let hopf = try XCTUnwrap(EquilibriumContinuation(system: system, parameterIndex: 0, range: -0.5...1)
            .run(from: [0, 0, 0]).special.first { $0.kind == .hopf })
        let family = try CycleContinuation(system: system, parameterIndex: 0, range: -0.5...1, intervals: 16, degree: 6)
            .family(from: hopf, switches: 1)
        XCTAssertEqual(family.count, 3)
        var worst = (z: 0.0, r: 0.0, period: 0.0, multiplier: 0.0)
        for (side, branch) in family.dropFirst().enumerated() {
            XCTAssertGreaterThan(branch.points.count, 5)
            XCTAssertEqual(try XCTUnwrap(branch.points.last).parameter, 1, accuracy: 1e-12)
            for point in branch.points {
                let mu = point.parameter
                let z = side == 0 ? point.maxima[2] : point.minima[2]
                XCTAssertEqual(point.maxima[2], point.minima[2], accuracy: 1e-9, "z is constant on these cycles")
                worst.z = max(worst.z, abs(abs(z) - (mu - a).squareRoot()))
                worst.r = max(worst.r, abs(point.maxima[0] - mu.squareRoot()))
                worst.period = max(worst.period, abs(point.period - 2 * .pi))
                let expected = exp(-4 * .pi * (mu - a))
                let closest = point.multipliers.map { abs($0.re - expected) + abs($0.im) }.min() ?? .infinity
                worst.multiplier = max(worst.multiplier, closest / expected)
                XCTAssertTrue(point.stable)
            }
        }
        XCTAssertTrue(family[1].points.allSatisfy { $0.maxima[2] > 0 } != family[2].points.allSatisfy { $0.maxima[2] > 0 },
                      "one side each")
        // Measured: z within 5.9e-12, r 4.7e-15, the period 2.7e-15, the multiplier 1.7e-13 relative.
        XCTAssertLessThan(worst.z, 5e-11)
        XCTAssertLessThan(worst.r, 4e-14)
        XCTAssertLessThan(worst.period, 2e-14)
        XCTAssertLessThan(worst.multiplier, 1e-12)
    }
}
