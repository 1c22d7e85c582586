import Foundation
import XCTest
import Kernel
@testable import Execution
@testable import Language

/// The embedded pairs with step control per neuron (`run … method = rkdp rtol = … atol = …`):
/// their global errors against closed forms and independent references, how their sub-steps
/// follow the solution, and spikes located within a step.
final class AdaptiveStepTests: XCTestCase {
    private static let methods = ["rkf12", "heun_euler", "bs", "rkf45", "ck", "rkdp"]

    /// Each pair as data: stage rows sum to their times, both weight vectors meet the quadrature conditions
    /// Σ b·c^(k−1) = 1/k up to their orders (and the advanced one the tree condition Σ b·a·c = 1/6 from order 3).
    func testEveryPairMeetsItsOrderConditions() {
        for (name, method) in IntegrationMethod.named {
            guard case .adaptive(_, let pair) = method else { continue }
            let t = pair.tableau
            for (row, c) in zip(t.a, t.c) { XCTAssertEqual(row.reduce(0, +), c, accuracy: 1e-14, name) }
            for (weights, order) in [(t.b, t.order), (pair.embedded, pair.embeddedOrder)] {
                for k in 1...order {
                    let sum = zip(weights, t.c).reduce(0) { $0 + $1.0 * pow($1.1, Double(k - 1)) }
                    XCTAssertEqual(sum, 1 / Double(k), accuracy: 1e-14, "\(name) order \(order), k = \(k)")
                }
                guard order >= 3 else { continue }
                let tree = weights.indices.reduce(0.0) { total, i in
                    total + weights[i] * t.a[i].indices.reduce(0.0) { $0 + t.a[i][$1] * t.c[$1] }
                }
                XCTAssertEqual(tree, 1.0 / 6, accuracy: 1e-14, "\(name) order \(order)")
            }
            XCTAssertEqual(pair.errorTerms.reduce(0) { $0 + $1.weight }, 0, accuracy: 1e-14, name)
        }
    }

    /// x at t = 10 of dx/dt = −x + sin t from x = 1, with its run's summary.
    private func forced(_ method: String, tolerance: Double) -> (error: Double, summary: RunSummary) {
        let outputs = runModel("""
            system S {
              var x = 1
              dx/dt = -x + sin(t)
            }
            population P = S(1)
            run 10 dt = 1 method = \(method) rtol = \(tolerance) atol = \(tolerance)
            print P.x
            """)
        let exact = (sin(10.0) - cos(10.0)) / 2 + 1.5 * exp(-10.0)
        return (abs(printed(outputs, "P.x")[0] - exact), runSummary(outputs)!)
    }

    /// Each sub-step's local error is held within tol·(1 + |x|) ≤ 2·tol, and on this contracting problem
    /// (∂f/∂x = −1) the global error is at most their sum, 2·N·tol over N sub-steps: every method stays within it
    /// (measured at most 0.4 of it, rkf12 at 1e-5). The methods that keep their higher-order solution, and rkf45,
    /// end within 20·tol (measured ≤ 11.3·tol, rkf45 at 1e-9); rkf12 keeps its first-order solution, whose N local
    /// errors add up (measured 843·tol at 1e-9, with 8269 sub-steps). dt = 1 makes every method sub-step.
    func testEachMethodReachesItsRequestedTolerance() {
        for method in Self.methods {
            for tolerance in [1e-5, 1e-7, 1e-9] {
                let (error, summary) = forced(method, tolerance: tolerance)
                let subSteps = Double(summary.subStepsTaken ?? 0)
                XCTAssertGreaterThan(subSteps, 10, "\(method) sub-steps at \(tolerance)")
                XCTAssertLessThanOrEqual(error, 2 * subSteps * tolerance, "\(method) at \(tolerance)")
                if method != "rkf12" { XCTAssertLessThanOrEqual(error, 20 * tolerance, "\(method) at \(tolerance)") }
            }
        }
    }

    /// A tighter tolerance costs sub-steps and buys accuracy: 100 times tighter, at least 5 times smaller.
    func testTighterToleranceMeansSmallerErrorAndMoreSubSteps() {
        for method in Self.methods {
            let loose = forced(method, tolerance: 1e-5), tight = forced(method, tolerance: 1e-7)
            XCTAssertLessThan(tight.error, loose.error / 5, method)
            XCTAssertGreaterThan(tight.summary.subStepsTaken!, loose.summary.subStepsTaken!, method)
        }
    }

    /// FitzHugh–Nagumo at t = 20 and 100 against References/fhn.json (DOP853 at rtol 1e-13), with dt = 0.5:
    /// within the sum of the local tolerances, 3·N·tol (|v| ≤ 2 on the cycle, and its phase neither grows nor
    /// decays errors); the fifth-order pairs within 10·tol at t = 20.
    func testFitzHughNagumoAgainstItsReference() throws {
        let states = try reference("fhn")["states"] as! [[String: Double]]
        let model = try example("fhn.soma").components(separatedBy: "population O")[0]
        let tolerance = 1e-8
        for method in Self.methods {
            let outputs = runModel(model + """
                population O = FHN(1)
                run 20 dt = 0.5 method = \(method) rtol = \(tolerance) atol = \(tolerance)
                print O.v
                run 80 dt = 0.5 method = \(method) rtol = \(tolerance) atol = \(tolerance)
                print O.w
                """)
            let summaries = outputs.compactMap { output -> RunSummary? in if case .run(let s) = output { return s } else { return nil } }
            let subSteps = Double(summaries.reduce(0) { $0 + $1.subStepsTaken! })
            let v20 = printed(outputs, "O.v")[0], w100 = printed(outputs, "O.w")[0]
            let errors = (abs(v20 - states.first { $0["t"] == 20 }!["v"]!), abs(w100 - states.first { $0["t"] == 100 }!["w"]!))
            XCTAssertLessThanOrEqual(errors.0, 3 * Double(summaries[0].subStepsTaken!) * tolerance, method)
            XCTAssertLessThanOrEqual(errors.1, 3 * subSteps * tolerance, method)
            if ["ck", "rkdp"].contains(method) { XCTAssertLessThanOrEqual(errors.0, 10 * tolerance, method) }
        }
    }

    /// Lorenz (σ = 10, ρ = 28, β = 8/3) from (1, 1, 1) over t = 0..10, against References/lorenz.json (mpmath's
    /// Taylor series at 30 digits). Chaos amplifies each local error by about e^{0.9·(10 − t)}, so rtol = 1e-10
    /// ends within 1e-5 (measured 1.1e-7 for rkdp) and rtol = 1e-12 within 1e-7; sub-steps and the step size
    /// carry over from one `run` to the next, so four runs end where one would.
    func testLorenzAgainstAHighPrecisionReference() throws {
        let states = try reference("lorenz")["states"] as! [[String: Double]]
        for (method, rtol, bound) in [("rkdp", 1e-10, 1e-5), ("rkdp", 1e-12, 1e-7), ("ck", 1e-10, 1e-5), ("rkf45", 1e-11, 1e-5)] {
            var source = """
                system Lorenz {
                  param sigma = 10, rho = 28, beta = 8/3
                  var x = 1, y = 1, z = 1
                  dx/dt = sigma * (y - x)
                  dy/dt = x * (rho - z) - y
                  dz/dt = x * y - beta * z
                }
                population L = Lorenz(1)

                """
            var previous = 0.0
            for state in states {
                source += "run \(state["t"]! - previous) dt = 0.01 method = \(method) rtol = \(rtol) atol = 1e-12\nprint L.x, L.y, L.z\n"
                previous = state["t"]!
            }
            var printedStates: [[Double]] = []
            var row: [Double] = []
            for case .value(_, let values, _, _) in runModel(source) {
                row.append(values[0])
                if row.count == 3 { printedStates.append(row); row = [] }
            }
            XCTAssertEqual(printedStates.count, states.count)
            for (state, values) in zip(states, printedStates) {
                let error = zip(["x", "y", "z"], values).map { abs($0.1 - state[$0.0]!) }.max()!
                XCTAssertLessThanOrEqual(error, bound, "\(method) rtol \(rtol) at t = \(state["t"]!)")
            }
        }
    }

    /// x relaxes from 5 towards sin t with a time constant of 0.2, then follows it smoothly: the sub-steps per step
    /// of dt = 0.1 fall from the transient (t < 0.2) to the smooth part (t in 5..10). Measured at rtol = atol = 1e-6:
    /// rkf12 22 → 3.4, heun_euler 346 → 45, bs 14.5 → 2.6, rkf45 3 → 1.6, ck 2 → 1, rkdp 3 → 1.
    func testSubStepsDropWhenTheTrajectorySmoothsOut() {
        for method in Self.methods {
            let options = "dt = 0.1 method = \(method) rtol = 1e-6 atol = 1e-6"
            let outputs = runModel("""
                system Relax {
                  param tau = 0.2
                  var x = 5
                  dx/dt = (sin(t) - x) / tau
                }
                population P = Relax(1)
                run 0.2 \(options)
                run 4.8 \(options)
                run 5 \(options)
                """)
            let summaries = outputs.compactMap { output -> RunSummary? in if case .run(let s) = output { return s } else { return nil } }
            let transient = Double(summaries[0].subStepsTaken!) / Double(summaries[0].steps)
            let smooth = Double(summaries[2].subStepsTaken!) / Double(summaries[2].steps)
            let factor = ["rkf12", "heun_euler", "bs"].contains(method) ? 4.0 : 1.5
            XCTAssertGreaterThan(transient, factor * smooth, "\(method): \(transient) against \(smooth) sub-steps per step")
        }
    }

    /// V = sin t rises above 0.995 for 0.2 around each peak (t = π/2 + 2πk), between the grid points of dt = 1,
    /// where it stays below (at most 0.9906, at t = 14): a fixed step sees no spike; sub-steps shorter than the
    /// window (rtol = 1e-10 keeps them near 0.1) see all five before t = 30, each in the step it happens in.
    func testSpikesBetweenGridPointsAreLocated() {
        func source(_ method: String) -> String {
            """
            neuron Peak {
              var V = 0, n = 0
              dV/dt = cos(t)
              spike V > 0.995
              reset { n = n + 1 }
            }
            population P = Peak(1)
            record P.spikes
            run 30 dt = 1 method = \(method) \(method == "rk4" ? "" : "rtol = 1e-10 atol = 1e-10")
            print count(P)
            print P.n
            print P.V
            print spikes(P)

            """
        }
        XCTAssertEqual(printed(runModel(source("rk4")), "count(P)"), [0])
        let outputs = runModel(source("rkdp"))
        XCTAssertEqual(printed(outputs, "count(P)"), [5])
        XCTAssertEqual(printed(outputs, "P.n"), [5])
        XCTAssertEqual(spikeTimes(outputs, "P"), [2, 8, 15, 21, 27])
        // The reset leaves V alone and the neuron goes on from the crossing, so V is still sin t.
        XCTAssertEqual(printed(outputs, "P.V")[0], sin(30), accuracy: 1e-8)
    }

    /// Izhikevich regular spiking (References/izhikevich.json) at dt = 0.1: rkdp resets each spike at its crossing
    /// and goes on from there, so every spike is recorded at the first grid point after the reference crossing and
    /// the lags do not add up; rk4 resets at the grid point after it, and its 12th spike lags by 1.1 ms (11·dt).
    func testIzhikevichSpikesLagByLessThanOneStepWhenLocated() throws {
        let expected = try reference("izhikevich")["spike_times_ms"] as! [Double]
        func spikes(_ method: String) throws -> [Double] {
            let source = try example("izhikevich.soma").replacingOccurrences(of: "run 500 dt = 0.01 method = rk4", with: "run 500 dt = 0.1 method = \(method)")
            return spikeTimes(runModel(source), "RS")
        }
        let located = try spikes("rkdp rtol = 1e-8 atol = 1e-8")
        XCTAssertEqual(located.count, expected.count)
        for (k, (time, exact)) in zip(located, expected).enumerated() {
            XCTAssertGreaterThan(time, exact, "spike \(k + 1)")
            XCTAssertLessThanOrEqual(time, exact + 0.1 + 1e-9, "spike \(k + 1)")
        }
        XCTAssertGreaterThan(try spikes("rk4").last! - expected.last!, 0.5)
    }

    /// A LIF neuron (exact closed form in References/lif.json) with rkdp: each spike within k·dt of the closed form
    /// and never before it, its reset and refractory period respected, as for the fixed-step methods.
    func testLIFSpikesMatchTheClosedFormWithRefractoriness() throws {
        let lif = try reference("lif")
        let expected = lif["spike_times_ms"] as! [Double]
        let outputs = runModel(try example("lif.soma").components(separatedBy: "population")[0] + """
            population P = LIF(1)
            P.I = \(((lif["parameters"] as! [String: Any])["I_nA"] as! Double)) nA
            record P.spikes
            run 160 ms dt = 0.1 ms method = rkdp rtol = 1e-9 atol = 1e-9
            print spikes(P)
            """)
        let times = spikeTimes(outputs, "P")
        XCTAssertEqual(times.count, expected.count)
        for (k, (time, exact)) in zip(times, expected).enumerated() {
            XCTAssertGreaterThanOrEqual(time, exact - 1e-9, "spike \(k + 1)")
            XCTAssertLessThanOrEqual(time, exact + Double(k + 1) * 0.1 + 1e-9, "spike \(k + 1)")
        }
    }

    /// The summary reports the sub-steps in text and JSON; a fixed-step run reports none.
    func testTheRunSummaryReportsSubSteps() throws {
        let model = "system D {\n  var x = 1\n  dx/dt = -x\n}\npopulation P = D(2)\n"
        let adaptive = runSummary(runModel(model + "run 1 dt = 0.5 method = bs"))!
        XCTAssertGreaterThanOrEqual(adaptive.subStepsTaken!, 4)
        XCTAssertNotNil(adaptive.subStepsRejected)
        XCTAssertTrue(OutputFormat.text(.run(adaptive), renderer: DiagnosticRenderer(fileName: "", source: "")).contains("sub-steps taken"))
        XCTAssertTrue(OutputFormat.json(.run(adaptive), cell: 1).contains("\"substeps\":\(adaptive.subStepsTaken!)"))
        let fixed = runSummary(runModel(model + "run 1 dt = 0.5 method = rk4"))!
        XCTAssertNil(fixed.subStepsTaken)
        XCTAssertFalse(OutputFormat.json(.run(fixed), cell: 1).contains("substeps"))
    }

    /// Each neuron's step size lives in its own state, so results do not depend on threads or chunks.
    func testResultsDoNotDependOnThreadsOrChunks() throws {
        func spikesAndState(threads: Int, chunk: Int64) -> [Double] {
            let outputs = runModel(try! hodgkinHuxley(method: "rkdp", precision: "f64")
                .replacingOccurrences(of: "%JIT%", with: "jit = tcc threads = \(threads)") + "print spikes(P)\nprint P.V\n", chunk: chunk)
            return spikeTimes(outputs, "P") + printed(outputs, "P.V")
        }
        let reference = spikesAndState(threads: 1, chunk: 5000)
        XCTAssertGreaterThan(reference.count, 60)
        XCTAssertEqual(spikesAndState(threads: 4, chunk: 5000), reference)
        XCTAssertEqual(spikesAndState(threads: 1, chunk: 37), reference)
    }

    /// Tolerances belong to adaptive methods, and must be positive (rtol below 1, and above rounding).
    func testToleranceErrorsAreTyped() throws {
        let model = "system D {\n  var x = 1\n  dx/dt = -x\n}\npopulation P = D(2)\n"
        let rk4 = try XCTUnwrap(firstError(Interpreter.withPrivateCache().execute(model + "run 1 dt = 0.5 method = rk4 rtol = 1e-3")))
        XCTAssertEqual(rk4.problem, .toleranceWithoutAdaptiveMethod(option: "rtol", method: "rk4"))
        XCTAssertEqual(rk4.line, 6)
        let zero = try XCTUnwrap(firstError(Interpreter.withPrivateCache().execute(model + "run 1 dt = 0.5 method = rkdp atol = 0")))
        XCTAssertEqual(zero.problem, .outOfRange(what: "atol", value: nil, valid: "must be positive"))
        let fine = try XCTUnwrap(firstError(Interpreter.withPrivateCache().execute(model + "run 1 dt = 0.5 method = rkdp rtol = 1e-9 precision = f32")))
        XCTAssertEqual(fine.problem, .outOfRange(what: "rtol", value: nil, valid: "must be at least 1.2e-05 in f32"))
        // Without rtol, f32 takes its own default.
        XCTAssertNil(firstError(Interpreter.withPrivateCache().execute(model + "run 1 dt = 0.5 method = rkdp precision = f32")))
    }
}
