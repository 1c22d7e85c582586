import Foundation
import XCTest
import Kernel
@testable import Execution

/// Delay equations: dx/dt = −x(t − 1) with the history x = cos t before t = 0 has, by the method
/// of steps, x = 1 − sin 1 − sin(t − 1) on [0, 1] and then x(2) = cos 1 − 1.
final class DelayTests: XCTestCase {
    private func methodOfSteps(_ method: String, dt: Double) -> Double {
        let source = "system D {\n var x = 1\n history x = cos(t)\n dx/dt = -x(t - 1)\n}\npopulation P = D(1)\nrun 2 dt = \(dt) method = \(method)\nprint P.x"
        return abs(printed(runModel(source), "P.x")[0] - (cos(1) - 1))
    }

    /// Stages between steps read the past by cubic interpolation, which keeps rk4's order. Measured:
    /// euler 0.98, midpoint 2.00, rk4 3.75 (from dt = 0.05 to 0.025; 6.4e-8 and 4.7e-9).
    func testTheMethodOfStepsSolutionAtTheOrderOfEachMethod() {
        for (method, order, tolerance) in [("euler", 1.0, 0.1), ("midpoint", 2.0, 0.1), ("rk4", 3.75, 0.15)] {
            XCTAssertEqual(log2(methodOfSteps(method, dt: 0.05) / methodOfSteps(method, dt: 0.025)), order, accuracy: tolerance, method)
        }
        XCTAssertLessThan(methodOfSteps("rk4", dt: 0.05), 1e-7)
    }

    /// A solution that is a polynomial of degree three or less between the points k·τ, where its derivatives
    /// jump, is integrated exactly by rk4: the interpolation never reads across such a point. With
    /// `history x = 1 + t`, x = 1 − t²/2 on [0, 1] and x(2) = −1/3; with the initial value as history,
    /// x(3) = −1/6. A history no equation reads is an error.
    func testPiecewiseCubicSolutionsAreExactAndAHistoryMayReadTime() {
        let linear = "system D {\n var x = 1\n history x = 1 + t\n dx/dt = -x(t - 1)\n}\npopulation P = D(1)\nrun 2 dt = 0.05 method = rk4\nprint P.x"
        XCTAssertEqual(printed(runModel(linear), "P.x")[0], -1.0 / 3, accuracy: roundOff(1))
        let constant = "system D {\n var x = 1\n dx/dt = -x(t - 1)\n}\npopulation P = D(1)\nrun 3 dt = 0.05 method = rk4\nprint P.x"
        XCTAssertEqual(printed(runModel(constant), "P.x")[0], -1.0 / 6, accuracy: roundOff(1))
        let unread = Interpreter.withPrivateCache().execute("system D {\n var x = 1\n history x = 1 + t\n dx/dt = -x\n}\npopulation P = D(1)\nrun 1")
        XCTAssertEqual(firstError(unread)?.message, "the history of x is never read")
    }

    /// A delay over a parameter, with units, in a neuron: V(t − d) with d = τ = 2 ms is the same equation in ms.
    func testADelayWithUnitsOverAParameter() {
        let source = """
        neuron N {
          param tau = 2 ms, d = 2 ms
          var V = 1 mV
          dV/dt = -V(t - d) / tau
        }
        population P = N(3)
        run 6 ms dt = 0.01 ms method = rk4
        print P.V / mV
        """
        for v in printed(runModel(source), "P.V / mV") { XCTAssertEqual(v, -1.0 / 6, accuracy: roundOff(1)) }
    }

    /// The history carries over runs and chunks: three runs of 1 and chunks of 7 steps give the bits of one run of 3.
    func testTheHistoryCarriesOverRunsAndChunks() {
        let model = "system D {\n var x = 1\n dx/dt = -x(t - 0.7) + 0.3 * xi\n}\npopulation P = D(50)\n"
        let one = printed(runModel(model + "run 3 dt = 0.01 method = euler seed = 3\nprint P.x"), "P.x")
        let three = printed(runModel(model + "run 1 dt = 0.01 method = euler seed = 3\nrun 1 dt = 0.01 method = euler\nrun 1 dt = 0.01 method = euler\nprint P.x"), "P.x")
        let chunked = printed(runModel(model + "run 3 dt = 0.01 method = euler seed = 3\nprint P.x", chunk: 7), "P.x")
        XCTAssertEqual(three, one)
        XCTAssertEqual(chunked, one)
    }

    /// `couple … delay = 1`: two neurons each driven by minus the other one second ago, both with the
    /// history cos t, follow the same solution; the delayed sum is taken at each stage's time.
    /// Measured: euler 0.98, midpoint 2.00, rk4 3.75.
    func testADelayedCouplingKeepsTheOrderOfEachMethod() {
        func error(_ method: String, _ dt: Double) -> Double {
            let source = """
            system Lin {
              input I = 0
              var x = 1
              history x = cos(t)
              dx/dt = I
            }
            population P = Lin(2)
            couple P.x -> P.I weight = -abs(i - j) delay = 1
            run 2 dt = \(dt) method = \(method)
            print P.x
            """
            return printed(runModel(source), "P.x").map { abs($0 - (cos(1) - 1)) }.max()!
        }
        for (method, order, tolerance) in [("euler", 1.0, 0.1), ("midpoint", 2.0, 0.1), ("rk4", 3.75, 0.15)] {
            XCTAssertEqual(log2(error(method, 0.05) / error(method, 0.025)), order, accuracy: tolerance, method)
        }
        let analysis = Interpreter.withPrivateCache().execute("""
            system Lin {
              input I = 0
              var x = 1
              dx/dt = -x + I
            }
            population P = Lin(2)
            couple P.x -> P.I weight = -abs(i - j) delay = 1
            fixedpoints P
            """)
        XCTAssertEqual(firstError(analysis)?.message,
                       "Lin reads x(t - 1): fixed points, phase planes and continuation of delay equations are not supported")
    }

    /// examples/mackey_glass.soma as written against References/mackey_glass.json (method of steps with DOP853,
    /// cross-checked with Radau to 3e-12): rk4 at dt = 0.05 ends 2.1e-9 from x(300) (order 4 measured from
    /// dt = 0.1 to 0.025: 3.4e-8, 2.1e-9, 1.4e-10).
    func testMackeyGlassAgainstAnIndependentReference() throws {
        let expected = try reference("mackey_glass")["x"] as! [Double]
        let x = printed(runModel(try example("mackey_glass.soma")), "M.x")[0]
        XCTAssertEqual(x, expected.last!, accuracy: 1e-8)
    }
}
