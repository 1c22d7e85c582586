import Foundation
import XCTest
import Kernel
@testable import Execution
@testable import Language
@testable import Lowering
@testable import Network

/// `method = exact`: x ← e^{A·dt}·x + (∫₀^dt e^{A·s} ds)·b for models linear in their state with
/// constant coefficients, against closed forms to round-off; every other model refused with the
/// equation that is not linear, and why.
final class ExactMethodTests: XCTestCase {
    /// dv/dt = −v/τ + w, dw/dt = −w/τ₂ + I0 from (1, 2): w = w∞ + (w0 − w∞)e^{−t/τ₂} with w∞ = τ₂·I0, and
    /// v = v∞ + A·e^{−t/τ} + B·e^{−t/τ₂} with v∞ = τ·w∞, B = (w0 − w∞)/(1/τ − 1/τ₂), A = v0 − v∞ − B.
    /// 30 steps of dt = 0.1 end within 64 ulps of the closed form (measured within a few).
    func testTwoVariableLinearSystemMatchesItsClosedForm() {
        let (tau, tau2, current, v0, w0, t) = (2.0, 0.5, 1.0, 1.0, 2.0, 3.0)
        let outputs = runModel("""
            system Pair {
              param tau = \(tau), tau2 = \(tau2), I0 = \(current)
              var v = \(v0), w = \(w0)
              dv/dt = -v / tau + w
              dw/dt = -w / tau2 + I0
            }
            population P = Pair(1)
            run \(t) dt = 0.1 method = exact
            print P.v
            print P.w
            """)
        let wInf = tau2 * current, vInf = tau * wInf
        let b = (w0 - wInf) / (1 / tau - 1 / tau2), a = v0 - vInf - b
        let v = vInf + a * exp(-t / tau) + b * exp(-t / tau2), w = wInf + (w0 - wInf) * exp(-t / tau2)
        XCTAssertEqual(printed(outputs, "P.v")[0], v, accuracy: roundOff(v, ulps: 64))
        XCTAssertEqual(printed(outputs, "P.w")[0], w, accuracy: roundOff(w, ulps: 64))
    }

    /// The lowered update, as `soma emit` prints it: b per variable, then Φ·x + Ψ·b.
    func testTheLoweredUpdateReadsThePropagators() throws {
        let interpreter = Interpreter.withPrivateCache()
        _ = interpreter.execute("system Pair {\n  param tau = 2\n  var v = 1, w = 2\n  dv/dt = -v / tau + w\n  dw/dt = 1 - w\n}\npopulation P = Pair(1)\n")
        let program = lower(NetworkPlan(interpreter.network, options: RunOptions(dt: 0.1, method: .exact)) { _ in })
        let text = program.text(of: interpreter.network)
        XCTAssertTrue(text.contains("b_w = 1"), text)
        XCTAssertTrue(text.contains("n_v = phi_v_v * v + phi_v_w * w + psi_v_v * b_v + psi_v_w * b_w"), text)
    }

    /// A damped oscillator (complex eigenvalues −ζω ± iω√(1 − ζ²)) from x = 1, y = 0:
    /// x = e^{−ζωt}(cos ω_d t + ζω/ω_d sin ω_d t), at t = 10 after 1000 steps, to round-off of the amplitude.
    func testDampedOscillatorMatchesItsClosedForm() {
        let (omega, zeta, t) = (3.0, 0.1, 10.0)
        let outputs = runModel("""
            system Spring {
              param omega = \(omega), zeta = \(zeta)
              var x = 1, y = 0
              dx/dt = y
              dy/dt = -omega^2 * x - 2 * zeta * omega * y
            }
            population P = Spring(1)
            run \(t) dt = 0.01 method = exact
            print P.x
            """)
        let damped = omega * (1 - zeta * zeta).squareRoot()
        let x = exp(-zeta * omega * t) * (cos(damped * t) + zeta * omega / damped * sin(damped * t))
        XCTAssertEqual(printed(outputs, "P.x")[0], x, accuracy: 1e-13)
    }

    /// LIF with a constant drive per neuron is linear with a constant coefficient: its spikes (References/lif.json)
    /// come within the grid's lag of k·dt, as with exp_euler, which is exact there too.
    func testLIFSpikesMatchTheClosedForm() throws {
        let lif = try reference("lif")
        let expected = lif["spike_times_ms"] as! [Double]
        let outputs = runModel(try example("lif.soma").components(separatedBy: "population")[0] + """
            population P = LIF(1)
            P.I = 2 nA
            record P.spikes
            run 160 ms dt = 0.1 ms method = exact
            print spikes(P)
            """)
        let times = spikeTimes(outputs, "P")
        XCTAssertEqual(times.count, expected.count)
        for (k, (time, exact)) in zip(times, expected).enumerated() {
            XCTAssertGreaterThanOrEqual(time, exact - 1e-9, "spike \(k + 1)")
            XCTAssertLessThanOrEqual(time, exact + Double(k + 1) * 0.1 + 1e-9, "spike \(k + 1)")
        }
    }

    private func refusal(_ body: String, drive: String = "") throws -> Diagnostic {
        let outputs = Interpreter.withPrivateCache().execute("""
            system M {
              param tau = 1, a = 2
              var x = 1, y = 0
              input g = 1
              \(body)
            }
            population P = M(1)
            \(drive)
            run 1 dt = 0.1 method = exact
            """)
        return try XCTUnwrap(firstError(outputs))
    }

    /// Each refusal names the model, the equation and why, at the method's name in the run.
    func testNonlinearAndTimeDependentModelsAreRefused() throws {
        let nonlinear = try refusal("dx/dt = -x / tau + y\n  dy/dt = x * y")
        XCTAssertEqual(nonlinear.problem, .notLinearSystem(model: "M", variable: "y", reason: "is nonlinear in y"))
        XCTAssertEqual(nonlinear.line, 10)
        XCTAssertEqual(nonlinear.column, 25)
        XCTAssertEqual(try refusal("dx/dt = -x / tau + sin(t)").problem,
                       .notLinearSystem(model: "M", variable: "x", reason: "depends on t"))
        XCTAssertEqual(try refusal("dx/dt = -x / tau + g", drive: "P.g = sin(t)").problem,
                       .notLinearSystem(model: "M", variable: "x", reason: "depends on t through the drive of g"))
        XCTAssertEqual(try refusal("dx/dt = -g * x").problem,
                       .notLinearSystem(model: "M", variable: "x", reason: "has a coefficient that reads g, which is not constant"))
    }

    /// An input that does not read t, a drive of i, and a variable without an equation all go into b.
    func testInputsAndVariablesWithoutEquationsEnterTheConstantTerm() {
        let outputs = runModel("""
            system M {
              param tau = 1
              var x = 0, c = 3
              input g = 0
              dx/dt = (c + g - x) / tau
            }
            population P = M(2)
            P.g = 1 + i
            run 50 dt = 0.5 method = exact
            print P.x
            """)
        let x = printed(outputs, "P.x")
        XCTAssertEqual(x[0], 4 * (1 - exp(-50.0)), accuracy: roundOff(4, ulps: 64))
        XCTAssertEqual(x[1], 5 * (1 - exp(-50.0)), accuracy: roundOff(5, ulps: 64))
    }
}
