import XCTest
import Kernel

/// Halving dt shrinks the global error by about 2^p for a method of order p,
/// on dx/dt = (−x + A·sin(2πft))/tau whose closed form is in References/forced_linear.json.
final class ConvergenceTests: XCTestCase {
    private func forced(method: String, dt: Double, asDrive: Bool) -> Double {
        let equation = asDrive
            ? "input I = 0 mV\n  dx/dt = (-x + I) / tau"
            : "dx/dt = (-x + A*sin(2*pi*f*t)) / tau"
        let source = """
        system Forced {
          param tau = 10 ms, A = 5 mV, f = 40 Hz
          var x = 0 mV
          \(equation)
        }
        population P = Forced(1)
        \(asDrive ? "P.I = 5 mV * sin(2*pi*40 Hz*t)" : "")
        run 20 ms dt = \(dt) ms method = \(method)
        print P.x
        """
        return printed(runModel(source), "P.x")[0]
    }

    private func observedOrder(_ method: String, dts: [Double], asDrive: Bool = false) throws -> Double {
        let exact = (try reference("forced_linear")["x_mV"] as! [Double])[3]
        let errors = dts.map { abs(forced(method: method, dt: $0, asDrive: asDrive) - exact) }
        return log2(errors[1] / errors[2])
    }

    /// FitzHugh–Nagumo (nonlinear, so every order condition matters; a linear problem lets
    /// some third-order methods superconverge) at t = 20 against References/fhn.json.
    private func fhnOrder(_ method: String, dts: [Double]) throws -> Double {
        let states = try reference("fhn")["states"] as! [[String: Double]]
        let exact = states.first { $0["t"] == 20 }!["v"]!
        let model = try example("fhn.soma").components(separatedBy: "population O")[0]
        let errors = dts.map { dt in
            abs(printed(runModel(model + "population O = FHN(1)\nrun 20 dt = \(dt) method = \(method)\nprint O.v"), "O.v")[0] - exact)
        }
        return log2(errors[1] / errors[2])
    }

    /// The first-order methods measured within 0.003 of order 1; the higher orders below, with larger step sizes
    /// before round-off, within 0.06 to 0.26 of theirs.
    func testEulerIsFirstOrder() throws {
        XCTAssertEqual(try observedOrder("euler", dts: [0.1, 0.05, 0.025]), 1, accuracy: 0.03)
        XCTAssertEqual(try fhnOrder("euler", dts: [0.1, 0.05, 0.025]), 1, accuracy: 0.03)
    }

    func testSecondOrderMethods() throws {
        for method in ["midpoint", "heun2", "rk2", "ralston2"] {
            XCTAssertEqual(try fhnOrder(method, dts: [0.05, 0.025, 0.0125]), 2, accuracy: 0.2, method)
        }
    }

    func testThirdOrderMethods() throws {
        for method in ["rk3", "heun3", "ralston3", "ssprk3"] {
            XCTAssertEqual(try fhnOrder(method, dts: [0.1, 0.05, 0.025]), 3, accuracy: 0.2, method)
        }
    }

    func testFourthOrderMethods() throws {
        for method in ["rk4", "rk4_38rule", "ralston4"] {
            XCTAssertEqual(try fhnOrder(method, dts: [0.2, 0.1, 0.05]), 4, accuracy: 0.25, method)
        }
    }

    /// A drive that depends on t is read at each stage's time, so RK4 keeps its order.
    func testTimeDependentDriveKeepsTheOrderOfRK4() throws {
        XCTAssertEqual(try observedOrder("rk4", dts: [1.0, 0.5, 0.25], asDrive: true), 4, accuracy: 0.25)
    }

    /// Exponential Euler reads the drive at the start of the step: first order here, exact without drive.
    func testExponentialEulerIsFirstOrderWithADriveAndExactWithout() throws {
        XCTAssertEqual(try observedOrder("exp_euler", dts: [0.1, 0.05, 0.025]), 1, accuracy: 0.03)
        let decay = runModel("system D {\n var x = 1\n dx/dt = -x / 2\n}\npopulation P = D(1)\nrun 3 dt = 0.5 method = exp_euler\nprint P.x")
        XCTAssertEqual(printed(decay, "P.x")[0], exp(-1.5), accuracy: 1e-15)
    }

    /// The Hodgkin–Huxley state at 1 ms (before the spike) converges at each method's order.
    func testHodgkinHuxleyConvergesAtTheOrderOfEachMethod() throws {
        let exact = (try reference("hh")["state_at_1ms"] as! [String: Double])["V_mV"]!
        let model = try example("hh.soma").components(separatedBy: "population Axon")[0]
        func v(_ method: String, _ dt: Double) -> Double {
            printed(runModel(model + "population Axon = HH(1)\nAxon.I = 10 uA/cm^2\nrun 1 ms dt = \(dt) ms method = \(method)\nprint Axon.V"), "Axon.V")[0]
        }
        for (method, order, dts) in [("euler", 1.0, [0.01, 0.005, 0.0025]), ("rk2", 2.0, [0.04, 0.02, 0.01]), ("rk4", 4.0, [0.025, 0.0125, 0.00625])] {
            let errors = dts.map { abs(v(method, $0) - exact) }
            // HH's fast gating keeps RK4 slightly pre-asymptotic down to dt = 0.006 ms (4.26 observed).
            XCTAssertEqual(log2(errors[1] / errors[2]), order, accuracy: 0.3, method)
        }
    }
}
