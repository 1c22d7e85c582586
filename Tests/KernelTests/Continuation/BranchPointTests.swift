import XCTest
import Kernel
@testable import Analysis

/// Branch points against closed forms: Lorenz's pitchfork at ρ = 1, and the Hopf point of
/// the branch switched to there, at ρ = σ(σ + β + 3)/(σ − β − 1).
final class BranchPointTests: XCTestCase {
    private let (sigma, beta) = (10.0, 8.0 / 3)

    private func lorenzBranches() throws -> [EquilibriumBranch] {
        try EquilibriumContinuation(system: TestSystems.lorenz(sigma: sigma, beta: beta), parameterIndex: 1, range: 0...30)
            .branches(from: [0, 0, 0])
    }

    func testLorenzPitchforkIsABranchPointAtRhoOne() throws {
        let branches = try lorenzBranches()
        let origin = branches[0]
        let points = origin.special.filter { $0.kind == .branchPoint }
        XCTAssertEqual(points.count, 1)
        // Measured: 1.1e-16 from ρ = 1 (the branch is x = 0 exactly, so det is linear in ρ).
        XCTAssertEqual(points[0].parameters[0], 1, accuracy: 1e-15)
        XCTAssertEqual(points[0].state.maxNorm, 0, accuracy: 1e-15)
        XCTAssertFalse(origin.special.contains { $0.kind == .hopf || $0.kind == .fold })
    }

    func testTheSwitchedBranchIsCPlusAndMinusWithTheirHopfPoint() throws {
        let branches = try lorenzBranches()
        XCTAssertEqual(branches.count, 2, "the origin's branch and the pitchfork's")
        let switched = branches[1]
        for point in switched.points {
            let r = (beta * max(point.parameter - 1, 0)).squareRoot()
            // Measured: at most 2.0e-15.
            XCTAssertEqual(abs(point.state[0]), r, accuracy: 2e-14)
            XCTAssertEqual(point.state[1], point.state[0], accuracy: 2e-14)
            XCTAssertEqual(point.state[2], point.parameter - 1, accuracy: 2e-14)
        }
        // Both halves, C+ and C−, reach the end of the range.
        let ends = [switched.points.first!, switched.points.last!]
        XCTAssertEqual(ends.map(\.parameter), [30, 30], accuracy: 1e-10)
        XCTAssertEqual(ends[0].state[0], -ends[1].state[0], accuracy: 1e-12)
        let hopfs = switched.special.filter { $0.kind == .hopf }
        let exact = sigma * (sigma + beta + 3) / (sigma - beta - 1)
        XCTAssertEqual(hopfs.count, 2, "one on C+ and one on C−")
        for hopf in hopfs {
            // Measured: 9.6e-14 from the closed form 24.7368….
            XCTAssertEqual(hopf.parameters[0], exact, accuracy: 1e-12)
            XCTAssertGreaterThan(hopf.firstLyapunov!, 0, "Lorenz's Hopf points are subcritical")
        }
    }
}

