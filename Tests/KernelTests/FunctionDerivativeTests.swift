import Foundation
import XCTest
import Kernel
@testable import Symbolic

/// The derivatives the analyses use (Jacobians, linearity tests) for the functions beyond exp and log,
/// against central differences: h = 1e-6 leaves an error of about h² from the formula and 1e-10 from rounding.
final class FunctionDerivativeTests: XCTestCase {
    private let x = Expr.symbol("x")

    private func checkDerivative(_ e: Expr, at point: Double, file: StaticString = #filePath, line: UInt = #line) throws {
        let h = 1e-6
        let value = { (v: Double) in try e.evaluate { $0 == "x" ? v : nil } }
        let numeric = (try value(point + h) - value(point - h)) / (2 * h)
        let symbolic = try e.derivative(with: "x").evaluate { $0 == "x" ? point : nil }
        XCTAssertEqual(symbolic, numeric, accuracy: 1e-8 * max(1, abs(numeric)), "d/dx \(e.text) at \(point)", file: file, line: line)
    }

    func testEachFunctionsDerivativeMatchesACentralDifference() throws {
        let one: [MathFunction] = [.sinh, .cosh, .asinh, .atan, .log1p, .expm1, .erf, .erfc, .sigmoid]
        for f in one { try checkDerivative(.call(f, [x * .constant(0.7) + .constant(0.2)]), at: 0.4) }
        for f in [MathFunction.atanh, .asin, .acos] { try checkDerivative(.call(f, [x * .constant(0.5)]), at: 0.3) }
        for f in [MathFunction.acosh, .log10, .log2] { try checkDerivative(.call(f, [x + .constant(1.5)]), at: 0.3) }
        try checkDerivative(.call(.atan2, [x, .constant(1) - x]), at: 0.3)
        try checkDerivative(.call(.pow, [x + .constant(1), .constant(0.5) * x]), at: 0.3)
        try checkDerivative(.call(.fmod, [.constant(3) * x, x + .constant(0.5)]), at: 0.9)
    }

    func testStepFunctionsHaveNoSlope() {
        for f in [MathFunction.floor, .ceil, .round] {
            XCTAssertEqual(Expr.call(f, [x]).derivative(with: "x"), .zero, "\(f)")
        }
    }
}
