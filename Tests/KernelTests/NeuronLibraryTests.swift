import Foundation
import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import Library
@testable import Runtime

/// The shipped neuron and rate-model library against closed forms and independent integrations: the rheobases of ExpIF and
/// AdEx (saddle-nodes of their I–V curves) and an f–I point of each, the fixed points of Wilson–Cowan and of the QIF mean
/// field, the bursts of Hindmarsh–Rose and the limit cycle of Stuart–Landau; and every model runs.
final class NeuronLibraryTests: XCTestCase {
    private func run(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> (Interpreter, [Output]) {
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute(text)
        if let error = firstError(outputs) { XCTFail("\(error.line):\(error.column) \(error.message)", file: file, line: line) }
        return (interpreter, outputs)
    }

    func testTheLibraryHoldsEveryModelTheIssueNames() {
        XCTAssertEqual(NeuronLibrary.names, ["AdExIF", "AdQuaIF", "ExpIF", "FHN", "FractionalIzhikevich", "GIF", "HH", "HindmarshRose", "Izhikevich", "JansenRit", "LIF", "LIFRef",
                                             "MorrisLecar", "QIFMeanField", "QuaIF", "StuartLandau", "ThresholdLinear", "WangBuzsaki", "WilsonCowan"])
    }

    /// Each model, by name and with its defaults, runs 100 ms and every state variable stays finite (the fractional
    /// neuron, without units, 100 of its time units with its memory of every step).
    func testEveryModelRuns100msWithoutNaN() {
        for name in NeuronLibrary.names {
            let ms = NeuronLibrary.models[name]!.timeDimension == .one ? "" : " ms"
            let (interpreter, _) = run("population P = \(name)(2)\nrun 100\(ms) dt = 0.01\(ms)")
            for variable in NeuronLibrary.models[name]!.variables {
                let buffer = interpreter.buffer(variable.name, of: "P")!
                XCTAssertTrue(buffer[0].isFinite && buffer[1].isFinite, "\(name).\(variable.name)")
            }
        }
    }

    func testAModelOfTheSameNameWins() {
        let (_, outputs) = run("""
            neuron LIF {
              var V = 7 mV
              dV/dt = 0 mV / ms
            }
            population P = LIF(1)
            print P.V
            """)
        XCTAssertEqual(printed(outputs, "P.V"), [7])
    }

    func testHelpShowsTheReferenceParametersAndEquations() throws {
        let help = try XCTUnwrap(NeuronLibrary.help("AdExIF")).joined(separator: "\n")
        XCTAssertTrue(help.contains("Brette & Gerstner 2005"))
        XCTAssertTrue(help.contains("param a = 1 uS, b = 1 nA"))
        XCTAssertTrue(help.contains("dw/dt = (a*(V - V_rest) - w) / tau_w"))
        XCTAssertTrue(try XCTUnwrap(NeuronLibrary.help("ICaT_HM1992")).joined().contains("Huguenard & McCormick (1992)"))
        XCTAssertNil(NeuronLibrary.help("NoSuchModel"))
    }

    // MARK: - Exponential integrate-and-fire

    /// tau dV/dt = F(V) + R I with F(V) = -(V - V_rest) + delta_T exp((V - V_T)/delta_T): the saddle-node where F' = 0 is at
    /// V = V_T, so R I_rh = V_T - V_rest - delta_T = 1.62 mV, I_rh = 1.62 nA. At 0.98 I_rh it never fires; at 1.02 I_rh it does
    /// (the passage near the ghost of the saddle-node takes pi·tau·sqrt(2 delta_T/(R ΔI)) = 460 ms).
    func testExpIFRheobaseIsTheSaddleNodeOfItsIVCurve() {
        let rheobase = -59.9 + 65 - 3.48
        let (_, outputs) = run("""
            population Below = ExpIF(1)
            population Above = ExpIF(1)
            Below.I = \(0.98 * rheobase) nA
            Above.I = \(1.02 * rheobase) nA
            record Below.spikes, Above.spikes
            run 1000 ms dt = 0.01 ms method = rk4
            print count(Below), count(Above)
            """)
        XCTAssertEqual(printed(outputs, "count(Below)"), [0])
        XCTAssertGreaterThanOrEqual(printed(outputs, "count(Above)")[0], 1)
    }

    /// At I = 10 nA the first spike comes after the integral of tau/(F(V) + R I) from V_rest to V_th, the next ones every
    /// tau_ref + the same integral from V_reset (Simpson's rule on 10^5 intervals). A spike is seen at the end of its step,
    /// so each time lies within dt after the integral's.
    func testExpIFFiringIntervalMatchesTheQuadratureOfItsVoltageEquation() {
        let (_, outputs) = run("""
            population P = ExpIF(1)
            P.I = 10 nA
            record P.spikes
            run 100 ms dt = 0.01 ms method = rk4
            print spikes(P)
            """)
        let drift = { (v: Double) in (-(v + 65) + 3.48 * exp((v + 59.9) / 3.48) + 10) / 10 }   // mV/ms
        func passage(from v0: Double) -> Double { simpson(from: v0, to: -30, intervals: 100_000) { 1 / drift($0) } }
        let first = passage(from: -65), interval = 1.7 + passage(from: -68)
        let times = spikeTimes(outputs, "P")
        XCTAssertGreaterThan(times.count, 5)
        for (k, t) in times.enumerated() {
            let expected = first + Double(k) * interval
            XCTAssertGreaterThanOrEqual(t, expected - Double(k) * 0.01 - 1e-6, "spike \(k)")
            XCTAssertLessThanOrEqual(t, expected + Double(k + 1) * 0.01 + 1e-6, "spike \(k)")
        }
    }

    // MARK: - Adaptive exponential integrate-and-fire

    /// With w at its steady state a(V - V_rest), the I–V curve's saddle-node is where e^((V - V_T)/delta_T) = 1 + R a:
    /// R I_rh = (1 + R a)(V_T - V_rest + delta_T ln(1 + R a) - delta_T). It is the rheobase when R a < tau/tau_w
    /// (Touboul 2008; beyond, a Hopf bifurcation comes first), so a = 0.1 uS: I_rh = 2.1469 nA.
    func testAdExRheobaseIsTheSaddleNodeOfItsIVCurve() {
        let ra = 0.1
        let rheobase = (1 + ra) * (-59.9 + 65 + 3.48 * log(1 + ra) - 3.48)
        let (_, outputs) = run("""
            population Below = AdExIF(1, a = 0.1 uS)
            population Above = AdExIF(1, a = 0.1 uS)
            Below.I = \(0.98 * rheobase) nA
            Above.I = \(1.02 * rheobase) nA
            record Below.spikes, Above.spikes
            run 2000 ms dt = 0.01 ms method = rk4
            print count(Below), count(Above)
            """)
        XCTAssertEqual(printed(outputs, "count(Below)"), [0])
        XCTAssertGreaterThanOrEqual(printed(outputs, "count(Above)")[0], 1)
    }

    /// The defaults (a = 1 uS, b = 1 nA) at I = 20 nA against an independent fourth-order Runge–Kutta integration at
    /// 0.0001 ms with each crossing interpolated and reset there (scipy's DOP853 at rtol 1e-12 agrees to 1e-4 ms). Soma, at
    /// dt = 0.001 ms, sees a spike at the end of its step and resets there, so spike k lags by up to (k + 1)·dt
    /// (measured: 0.2, 0.4, 1.4, 2.7, 3.9 us).
    func testAdExSpikeTimesMatchAnIndependentIntegration() {
        let (_, outputs) = run("""
            population P = AdExIF(1)
            P.I = 20 nA
            record P.spikes
            run 60 ms dt = 0.001 ms method = rk4
            print spikes(P)
            """)
        func field(_ s: [Double]) -> [Double] {
            let (v, w) = (s[0], s[1])
            return [(-(v + 65) + 3.48 * exp((v + 59.9) / 3.48) - w + 20) / 10, (1 * (v + 65) - w) / 30]
        }
        var state = [-65.0, 0.0], t = 0.0, expected: [Double] = []
        let h = 0.0001
        while expected.count < 5, t < 60 {
            let k1 = field(state)
            let k2 = field(zip(state, k1).map { $0 + h / 2 * $1 })
            let k3 = field(zip(state, k2).map { $0 + h / 2 * $1 })
            let k4 = field(zip(state, k3).map { $0 + h * $1 })
            var next = state
            for j in 0..<2 { next[j] += h / 6 * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j]) }
            if next[0] > -30 {
                expected.append(t + h * (-30 - state[0]) / (next[0] - state[0]))
                next = [-68, next[1] + 1]
            }
            state = next
            t += h
        }
        let times = spikeTimes(outputs, "P")
        XCTAssertEqual(expected.count, 5)
        XCTAssertGreaterThanOrEqual(times.count, 5)
        for (k, (t, reference)) in zip(times, expected).enumerated() {
            XCTAssertGreaterThanOrEqual(t, reference - 1e-4, "spike \(k)")
            XCTAssertLessThanOrEqual(t, reference + Double(k + 1) * 0.001, "spike \(k)")
        }
    }

    /// The library's FractionalIzhikevich is examples/fractional_izhikevich.soma's neuron: at I = 10 it fires the 8 spikes
    /// in 300 time units that the example documents at alpha = 0.95, and 19 at alpha = 0.8.
    func testFractionalIzhikevichFiresAsTheExampleDocuments() {
        let (_, outputs) = run("""
            population A = FractionalIzhikevich(1, alpha = 0.95)
            population B = FractionalIzhikevich(1, alpha = 0.8)
            A.I = 10
            B.I = 10
            record A.spikes, B.spikes
            run 300 dt = 0.05 method = caputo_l1
            print count(A), count(B)
            """)
        XCTAssertEqual(printed(outputs, "count(A)"), [8])
        XCTAssertEqual(printed(outputs, "count(B)"), [19])
    }

    // MARK: - Rate models

    /// Wilson–Cowan with I_E = 1: the rates settle where rE = (1 - rE) F_E(12 rE - 4 rI + 1) and rI = (1 - rI) F_I(13 rE - 11 rI),
    /// found by Newton's method on those two equations.
    func testWilsonCowanSettlesOnItsFixedPoint() {
        let (interpreter, _) = run("population P = WilsonCowan(1)\nP.I_E = 1\nrun 200 ms dt = 0.01 ms method = rk4")
        func sigmoid(_ x: Double, _ a: Double, _ theta: Double) -> Double { 1 / (1 + exp(-a * (x - theta))) - 1 / (1 + exp(a * theta)) }
        func residual(_ e: Double, _ i: Double) -> [Double] {
            [-e + (1 - e) * sigmoid(12 * e - 4 * i + 1, 1.2, 2.8), -i + (1 - i) * sigmoid(13 * e - 11 * i, 1, 4)]
        }
        var (e, i) = (0.5, 0.25)
        for _ in 0..<50 {
            let f = residual(e, i), step = 1e-7
            let de = residual(e + step, i), di = residual(e, i + step)
            let (a, b, c, d) = ((de[0] - f[0]) / step, (di[0] - f[0]) / step, (de[1] - f[1]) / step, (di[1] - f[1]) / step)
            let det = a * d - b * c
            (e, i) = (e - (d * f[0] - b * f[1]) / det, i - (a * f[1] - c * f[0]) / det)
        }
        XCTAssertEqual(interpreter.buffer("rE", of: "P")![0], e, accuracy: 1e-9)
        XCTAssertEqual(interpreter.buffer("rI", of: "P")![0], i, accuracy: 1e-9)
    }

    /// The QIF mean field's fixed points: v = -delta/(2 pi tau r), and r a root of
    /// delta²/(4 pi² tau² r²) + eta + J tau r - pi² tau² r² = 0. With eta = -5, J = 15, delta = 1 there are three; from
    /// r = 10 Hz, v = -2 the flow settles on the lowest, a stable node at r = 81.13 Hz (bisection on the quartic).
    func testQIFMeanFieldSettlesOnTheLowActivityFixedPoint() {
        let (interpreter, _) = run("population P = QIFMeanField(1)\nrun 200 ms dt = 0.01 ms method = rk4")
        let g = { (r: Double) in 1 / (4 * .pi * .pi * r * r) - 5 + 15 * r - .pi * .pi * r * r }   // r in 1/tau = kHz
        var (lo, hi) = (0.01, 0.3)
        for _ in 0..<100 { let mid = (lo + hi) / 2; if g(mid) > 0 { lo = mid } else { hi = mid } }
        let r = (lo + hi) / 2
        XCTAssertEqual(interpreter.buffer("r", of: "P")![0], r * 1000, accuracy: 1e-6)
        XCTAssertEqual(interpreter.buffer("v", of: "P")![0], -1 / (2 * .pi * r), accuracy: 1e-9)
    }

    /// dx/dt = (a - x² - y²) x - omega y: the radius relaxes to sqrt(a) = 0.5 at rate 2a per ms.
    func testStuartLandauReachesItsLimitCycle() {
        let (interpreter, _) = run("population P = StuartLandau(1)\nrun 200 ms dt = 0.01 ms method = rk4")
        let (x, y) = (interpreter.buffer("x", of: "P")![0], interpreter.buffer("y", of: "P")![0])
        XCTAssertEqual((x * x + y * y).squareRoot(), 0.5, accuracy: 1e-9)
    }

    /// Hindmarsh–Rose with BrainPy's parameters (r = 0.01, s = 4, x_R = -1.6) at I = 3 bursts regularly, three spikes
    /// per burst, bursts about 61 ms apart, spikes 12–15 ms apart within one (scipy's RK45 at rtol 1e-10 gives the same).
    func testHindmarshRoseBurstsThreeSpikesAtATime() {
        let (_, outputs) = run("""
            population P = HindmarshRose(1)
            P.I = 3
            record P.spikes
            run 2000 ms dt = 0.01 ms method = rk4
            print spikes(P)
            """)
        let times = spikeTimes(outputs, "P").filter { $0 > 500 }
        var bursts: [[Double]] = [[times[0]]]
        for (previous, t) in zip(times, times.dropFirst()) {
            if t - previous > 30 { bursts.append([t]) } else { bursts[bursts.count - 1].append(t) }
        }
        let whole = bursts.dropFirst().dropLast()
        XCTAssertGreaterThan(whole.count, 12)
        XCTAssertTrue(whole.allSatisfy { $0.count == 3 }, "\(bursts.map(\.count))")
    }
}

/// ∫ f from a to b by Simpson's rule on `intervals` (even) pieces.
func simpson(from a: Double, to b: Double, intervals: Int, _ f: (Double) -> Double) -> Double {
    let h = (b - a) / Double(intervals)
    var sum = f(a) + f(b)
    for k in 1..<intervals { sum += f(a + Double(k) * h) * (k % 2 == 1 ? 4 : 2) }
    return sum * h / 3
}
