import SomaTestSupport
import XCTest
import Kernel
@testable import Analysis
@testable import Execution
@testable import Language
@testable import Symbolic

/// The system built from model text: f, the symbolic Jacobian and ∂f/∂p against
/// the equations differentiated by hand (exact up to rounding, 1e-12).
final class DynamicalSystemModelTests: XCTestCase {
    static let fhn = """
    system FHN {
      param a = 0.7, b = 0.8, tau = 12.5
      input Iext = 0.5
      var v = -1, w = 1
      dv/dt = v - v^3/3 - w + Iext
      dw/dt = (v + a - b*w) / tau
    }
    """

    func system(_ source: String, _ name: String, with: [Binding] = [], fix: [Binding] = []) throws -> DynamicalSystem {
        let interpreter = Interpreter.withPrivateCache()
        XCTAssertNil(firstError(interpreter.execute(source)))
        return try interpreter.dynamicalSystem(name, at: SourceRange(SourcePosition(line: 1, column: 1, offset: 0)), with: with, fix: fix)
    }

    func testFitzHughNagumoFieldJacobianAndParameterDerivatives() throws {
        let s = try system(Self.fhn, "FHN")
        XCTAssertEqual(s.variables, ["v", "w"])
        XCTAssertEqual(s.parameters, ["a", "b", "tau", "Iext"])
        XCTAssertEqual(s.parameterValues, [0.7, 0.8, 12.5, 0.5])
        let x = [0.3, -0.4], p = s.parameterValues
        let f = s.rhs(x, p)
        XCTAssertEqual(f[0], 0.3 - 0.027 / 3 + 0.4 + 0.5, accuracy: 1e-12)
        XCTAssertEqual(f[1], (0.3 + 0.7 + 0.32) / 12.5, accuracy: 1e-12)
        let j = s.jacobian(x, p)
        let expected = [1 - 0.09, -1, 1 / 12.5, -0.8 / 12.5]
        for k in 0..<4 { XCTAssertEqual(j[k], expected[k], accuracy: 1e-12) }
        XCTAssertEqual(s.parameterDerivative(x, p, 3), [1, 0])
        let dTau = s.parameterDerivative(x, p, 2)
        XCTAssertEqual(dTau[0], 0)
        XCTAssertEqual(dTau[1], -(0.3 + 0.7 + 0.32) / (12.5 * 12.5), accuracy: 1e-12)
    }

    func testPopulationCarriesItsOverridesAndDrives() throws {
        let s = try system(Self.fhn + "\npopulation P = FHN(1, a = 0.5)\nP.Iext = 0.9", "P")
        XCTAssertEqual(s.parameterValues, [0.5, 0.8, 12.5, 0.9])
    }

    func testWithAndFixSetValuesInUnits() throws {
        let source = """
        neuron Leak {
          param tau = 10 ms, El = -65 mV, R = 10 Mohm
          input I = 0 nA
          var V = El, h = 0.5
          dV/dt = (El - V + R*I*h) / tau
          dh/dt = (1 - h) / tau
        }
        """
        let at = SourceRange(SourcePosition(line: 1, column: 1, offset: 0))
        let with = [Binding(name: "I", value: Expression(.quantity(2, unit: "nA", power: 1), at), range: at)]
        let fix = [Binding(name: "h", value: Expression(.number(0.6), at), range: at)]
        let s = try system(source, "Leak", with: with, fix: fix)
        XCTAssertEqual(s.variables, ["V"])
        XCTAssertEqual(s.parameters, ["tau", "El", "R", "I", "h"])
        XCTAssertEqual(s.parameterValues[3], 2e-9, accuracy: 1e-24)
        XCTAssertEqual(s.parameterValues[4], 0.6)
        XCTAssertEqual(s.variableUnits.map(\.name), ["mV"])
        XCTAssertEqual(s.timeUnit.name, "ms")
        // dV/dt = (El - V + R I h)/tau at V = El: R I h / tau = 10e6 * 2e-9 * 0.6 / 0.01 V/s
        XCTAssertEqual(s.rhs([-0.065], s.parameterValues)[0], 1.2, accuracy: 1e-12)
        XCTAssertEqual(s.jacobian([-0.065], s.parameterValues)[0], -100, accuracy: 1e-12)
    }

    func testNonAutonomousAndUnknownNamesAreRefused() {
        let source = "system S {\n  param a = 1\n  var x = 0\n  dx/dt = a*sin(t) - x\n}"
        XCTAssertThrowsError(try system(source, "S")) { error in
            XCTAssertEqual((error as? Diagnostic)?.message, "dx/dt reads the time t: analysis needs an autonomous system")
        }
        XCTAssertThrowsError(try system(source, "T")) { error in
            XCTAssertEqual((error as? Diagnostic)?.message, "unknown model or population 'T'")
        }
    }

    func testCompiledExpressionMatchesTheEvaluator() throws {
        let x = Expr.symbol("x"), y = Expr.symbol("y")
        let e = Expr.call(.exprel, [x]) * Expr.call(.clip, [y, .constant(-1), .constant(1)]) + x.pow(.constant(3)) / (y - .constant(4))
        let compiled = try CompiledExpression(e, slots: ["x": 0, "y": 1])
        for (a, b) in [(0.0, 0.5), (-2.5, 3.0), (1e-9, -7)] {
            let reference = try e.evaluate { $0 == "x" ? a : b }
            XCTAssertEqual(compiled([a, b]), reference, accuracy: 1e-15 * max(1, abs(reference)))
        }
    }
}
