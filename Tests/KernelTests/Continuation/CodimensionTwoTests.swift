import XCTest
import Kernel
@testable import Analysis

final class CodimensionTwoTests: XCTestCase {
    /// x' = a + b x − x³: the fold curve is 4b³ = 27a² with a cusp at (0, 0).
    func testCuspNormalFormFoldCurveAndCusp() throws {
        let system = DynamicalSystem(
            variables: ["x"], parameters: ["a", "b"], parameterValues: [0, 1],
            rhs: { x, p in [p[0] + p[1] * x[0] - x[0] * x[0] * x[0]] },
            jacobian: { x, p in [p[1] - 3 * x[0] * x[0]] },
            parameterDerivative: { x, _, k in k == 0 ? [1] : [x[0]] })
        let result = try CodimensionTwoContinuation(system: system, varied: (0, 1), ranges: (-1...1, -1...1))
            .run(from: [1])
        let folds = result.curves.filter { $0.kind == .fold }
        XCTAssertFalse(folds.isEmpty)
        for point in folds.flatMap(\.parameters) {
            let (a, b) = (point[0], point[1])
            XCTAssertEqual(4 * b * b * b, 27 * a * a, accuracy: 1e-8)
        }
        XCTAssertTrue(folds.flatMap(\.parameters).contains { $0[1] < 0.01 }, "the curve reaches the cusp")
        let cusps = result.special.filter { $0.kind == .cusp }
        XCTAssertEqual(cusps.count, 1)
        XCTAssertEqual(cusps[0].parameters[0], 0, accuracy: 1e-8)
        XCTAssertEqual(cusps[0].parameters[1], 0, accuracy: 1e-6)
    }

    /// The Bogdanov–Takens normal form x' = y, y' = β1 + β2 x + x² − x y: folds on
    /// β1 = β2²/4, Hopf points on β1 = 0 for β2 < 0, and the BT point at (0, 0).
    func testBogdanovTakensNormalForm() throws {
        let system = DynamicalSystem(
            variables: ["x", "y"], parameters: ["b1", "b2"], parameterValues: [-0.2, -0.5],
            rhs: { s, p in [s[1], p[0] + p[1] * s[0] + s[0] * s[0] - s[0] * s[1]] },
            jacobian: { s, p in [0, 1, p[1] + 2 * s[0] - s[1], -s[0]] },
            parameterDerivative: { s, _, k in k == 0 ? [0, 1] : [0, s[0]] })
        let result = try CodimensionTwoContinuation(system: system, varied: (0, 1), ranges: (-0.5...0.5, -1...0.5))
            .run(from: [0.1, 0])
        let fold = result.curves.filter { $0.kind == .fold }.flatMap(\.parameters)
        let hopf = result.curves.filter { $0.kind == .hopf }.flatMap(\.parameters)
        XCTAssertFalse(fold.isEmpty)
        XCTAssertFalse(hopf.isEmpty)
        for p in fold { XCTAssertEqual(p[0], p[1] * p[1] / 4, accuracy: 1e-8) }
        for p in hopf {
            XCTAssertEqual(p[0], 0, accuracy: 1e-8)
            XCTAssertLessThanOrEqual(p[1], 1e-8)
        }
        let bt = result.special.filter { $0.kind == .bogdanovTakens }
        XCTAssertEqual(bt.count, 1)
        XCTAssertEqual(bt[0].parameters[0], 0, accuracy: 1e-8)
        XCTAssertEqual(bt[0].parameters[1], 0, accuracy: 1e-6)
    }

    /// The Hopf normal form z' = (mu + i omega) z + sigma z|z|² in (mu, sigma): the Hopf curve
    /// is mu = 0, along which l1 = 2 sigma/omega changes sign at the generalized Hopf point (0, 0).
    func testGeneralizedHopfWhereTheFirstLyapunovCoefficientChangesSign() throws {
        let system = TestSystems.hopf(omega: 1, sigma: 0.5)
        let result = try CodimensionTwoContinuation(system: system, varied: (0, 2), ranges: (-1...1, -1...1)).run(from: [0, 0])
        let hopf = try XCTUnwrap(result.curves.first { $0.kind == .hopf })
        XCTAssertTrue(hopf.parameters.allSatisfy { abs($0[0]) < 1e-12 })
        let points = result.special.filter { $0.kind == .generalizedHopf }
        XCTAssertEqual(points.count, 1)
        // Measured: exactly (0, 0) (l1 is linear in sigma along the curve, so regula falsi lands on it).
        XCTAssertEqual(points[0].parameters[0], 0, accuracy: 1e-14)
        XCTAssertEqual(points[0].parameters[1], 0, accuracy: 1e-14)
    }
}
