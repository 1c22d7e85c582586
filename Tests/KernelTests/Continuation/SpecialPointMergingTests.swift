import XCTest
import Kernel
@testable import Analysis
@testable import Output

/// Issue 11, bug 13: special points located twice print once; small genuine values stay.
final class SpecialPointMergingTests: XCTestCase {
    /// A branch in p over [0, 10] with x in [0, 2], whose cycles report the fold of cycles
    /// at 7.842347115 and again at 7.84234715 (3.5e-9 of the span apart), and a second,
    /// distinct one at 7.85.
    private func diagram() -> BifurcationDiagram {
        let equilibria = EquilibriumBranch(
            points: stride(from: 0.0, through: 10, by: 0.5).map {
                EquilibriumPoint(state: [$0 / 5], parameter: $0, eigenvalues: [LinearAlgebra.Complex(-1, 0)])
            },
            special: [])
        let lpc = { (p: Double, x: Double) in BifurcationPoint(kind: .cycleFold, parameters: [p], state: [x], period: 3) }
        let cycle = { (p: Double) in CyclePoint(parameter: p, period: 3, maxima: [1.5], minima: [0.5], multipliers: [],
                                                  collocation: CollocationOrbit(mesh: [0, 1], degree: 1, periodScale: 1, values: [])) }
        let cycles = CycleBranch(points: [cycle(7), cycle(8)],
                                 special: [lpc(7.842347115, 1.2), lpc(7.84234715, 1.2000000004), lpc(7.85, 1.2)])
        return BifurcationDiagram(system: TestSystems.fold, parameterIndex: 0, shown: .variable(0), equilibria: [equilibria], cycles: [cycles])
    }

    func testAFoldOfCyclesLocatedTwiceIsOneRow() {
        let table = diagram().table(title: "special points")
        let parameters = table.rows.map { $0[1] }
        XCTAssertEqual(parameters, [.number(7.842347115), .number(7.85)])
        guard case .specialPoints(let labels) = diagram().figure(title: "").panels[0].series.last else {
            return XCTFail("no special points drawn")
        }
        XCTAssertEqual(labels.count, 2)
    }

    func testOnlyValuesBelowTheSolverToleranceOfTheirScaleAreZero() {
        XCTAssertEqual((-9.9e-13).zeroWithinSolverTolerance(scale: 2), 0)
        XCTAssertEqual(1e-12.zeroWithinSolverTolerance(scale: 1e-6), 1e-12, "a genuine small value on a small scale")
        XCTAssertEqual(3e-9.zeroWithinSolverTolerance(scale: 2), 3e-9)
    }
}
