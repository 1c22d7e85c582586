import Foundation
import XCTest
import Kernel
@testable import Language
@testable import Lowering
@testable import Model
@testable import Symbolic

/// Exact differentiation is checked against central finite differences on a corpus
/// of expressions; folding and the exprel rewrite against their defining identities.
final class SymbolicTests: XCTestCase {
    private func parse(_ text: String) throws -> Expr {
        var scope = Scope()
        for name in ["x", "y", "V"] { scope[name] = .symbol(.one) }
        var parser = Parser(tokens: Lexer.tokenize(text).tokens)
        return try ExpressionResolver(scope: scope).lower(try parser.expression()).expr
    }

    private let corpus = [
        "x^3 - 2*x*y + 5", "exp(-x/2) * sin(3*x)", "log(1 + x^2) / (1 + y^2)", "sqrt(1 + x^2)", "tanh(2*x - y)",
        "x / (1 - exp(-x))", "0.1*(x + 4)/(1 - exp(-(x + 4)/10))", "cos(x)*cos(y) - tan(x/3)", "abs(x - 0.3) * y",
        "min(x, y) + max(x^2, y)", "clip(x, -0.5, 0.5) * 3", "exprel(x - 0.2)", "(1 + x^2)^2.5 * y", "(x - y)^4 / (2 + x^2)",
        "1 / (1 + exp(-(x + 35)/10))", "x * exp(y) - y * exp(x)",
    ]

    func testDerivativesMatchFiniteDifferences() throws {
        let points: [(Double, Double)] = [(0.7, -0.3), (1.3, 0.4), (-0.45, 1.1), (2.1, -1.7)]
        for text in corpus {
            let e = try parse(text)
            for variable in ["x", "y"] {
                let d = e.derivative(with: variable)
                for (x, y) in points {
                    let h = 1e-6
                    func f(_ dx: Double, _ dy: Double) throws -> Double {
                        try e.evaluate { ["x": x + dx, "y": y + dy][$0] }
                    }
                    let numeric = variable == "x" ? (try f(h, 0) - f(-h, 0)) / (2 * h) : (try f(0, h) - f(0, -h)) / (2 * h)
                    let exact = try d.evaluate { ["x": x, "y": y][$0] }
                    XCTAssertEqual(exact, numeric, accuracy: 1e-6 * max(1, abs(numeric)), "d/d\(variable) \(text) at (\(x), \(y))")
                }
            }
        }
    }

    func testJacobianOfFitzHughNagumo() throws {
        let dv = try parse("x - x^3/3 - y + 0.5"), dw = try parse("(x + 0.7 - 0.8*y) / 12.5")
        let at: (String) -> Double? = { ["x": -1.2, "y": -0.6][$0] }
        XCTAssertEqual(try dv.derivative(with: "x").evaluate(at), 1 - 1.44, accuracy: 1e-15)
        XCTAssertEqual(try dv.derivative(with: "y").evaluate(at), -1)
        XCTAssertEqual(try dw.derivative(with: "x").evaluate(at), 1 / 12.5)
        XCTAssertEqual(try dw.derivative(with: "y").evaluate(at), -0.8 / 12.5, accuracy: 1e-17)
    }

    func testFoldingRemovesIdentities() throws {
        let x = Expr.symbol("x")
        XCTAssertEqual(x + .zero, x)
        XCTAssertEqual(.one * x, x)
        XCTAssertEqual(x * .zero, .zero)
        XCTAssertEqual(x - x, .zero)
        XCTAssertEqual(x / x, .one)
        XCTAssertEqual(-(-x), x)
        XCTAssertEqual(x.pow(.one), x)
        XCTAssertEqual(Expr.constant(2) * .constant(3) + .constant(1), .constant(7))
        XCTAssertEqual(try parse("2*x*0 + 3").constantValue, 3)
    }

    func testLinearityInOwnVariable() throws {
        XCTAssertTrue(try parse("(-65 - V + 20) / 10").isLinear(in: "V"))
        XCTAssertTrue(try parse("0.3*(1 - x)*exp(y) - 2*x").isLinear(in: "x"))
        XCTAssertFalse(try parse("0.04*V^2 + 5*V").isLinear(in: "V"))
        XCTAssertFalse(try parse("exp(x)").isLinear(in: "x"))
    }

    /// k·u/(1 − exp(−u)) becomes k/exprel(−u): equal away from 0, finite at u = 0.
    func testExprelRewriteIsExactAndFiniteAtTheSingularPoint() throws {
        let alpha = try parse("0.1*(V + 40)/(1 - exp(-(V + 40)/10))")
        let safe = alpha.exprelSafe()
        XCTAssertNotEqual(safe, alpha)
        for v in [-80.0, -55.0, -40.5, -39.9, 10.0] {
            XCTAssertEqual(try safe.evaluate { $0 == "V" ? v : nil }, try alpha.evaluate { $0 == "V" ? v : nil }, accuracy: 1e-12)
        }
        XCTAssertTrue(try alpha.evaluate { $0 == "V" ? -40 : nil }.isNaN)
        XCTAssertEqual(try safe.evaluate { $0 == "V" ? -40 : nil }, 1, accuracy: 1e-15)
    }

    func testExprelDerivativeIsSmoothThroughZero() {
        for z in [-1e-3, -1e-5, 0, 1e-5, 1e-3, 0.5] {
            let h = 1e-4
            let numeric = (MathFunction.exprel.apply([z + h]) - MathFunction.exprel.apply([z - h])) / (2 * h)
            XCTAssertEqual(MathFunction.exprelDerivative.apply([z]), numeric, accuracy: 1e-7)
        }
    }
}
