import Foundation
import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import Runtime
@testable import Library

/// The shipped synapse library against closed forms: one spike's kinetics, the NMDA Mg²⁺ block and saturating gating,
/// Tsodyks–Markram amplitudes along a regular train, and STDP weights after one pair.
final class SynapseLibraryTests: XCTestCase {
    /// `Cell(tau)` fires once, when v = 20 mV·(1 − e^(−t/tau)) crosses 10 mV at tau·ln 2, seen at the end of that step:
    /// tau = 10 ms fires at 7.0 ms, tau = 15 ms at 10.4 ms. Its Isyn is read by nothing, so its spike times are fixed.
    /// `Clamp` holds v and integrates its input: q = ∫ Isyn dt / 1 nF.
    private let cells = """
        neuron Cell {
          param tau = 10 ms
          var v = 0 mV
          input I = 20 mV
          input Isyn = 0 nA
          dv/dt = (I - v) / tau
          spike v > 10 mV
          reset { v = -1000 mV }
        }
        neuron Clock {
          param tau = 10 ms
          var v = 0 mV
          input I = 20 mV
          dv/dt = (I - v) / tau
          spike v > 10 mV
          reset { v = 0 mV }
        }
        neuron Clamp {
          var v = -60 mV
          var q = 0 mV
          input Isyn = 0 nA
          dv/dt = 0 mV / ms
          dq/dt = Isyn / (1 nF)
        }

        """

    private func run(_ text: String) -> Interpreter {
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute(cells + text)
        XCTAssertNil(firstError(outputs).map { "\($0.line):\($0.column) \($0.message)" })
        return interpreter
    }

    /// The samples of the first state record: (time, value of neuron 0).
    private func samples(_ interpreter: Interpreter) -> [(Double, Double)] {
        let record = interpreter.state.stateRecords[0]
        return zip(record.times, record.values.map { $0[0] }).map { ($0, $1) }
    }

    func testTheLibraryHoldsEveryModelTheIssueNames() {
        XCTAssertEqual(SynapseLibrary.names, ["AMPA", "Alpha", "DualExp", "ExpCond", "ExpCurr", "GABA_A", "Gap", "NMDA", "STDP", "TsodyksMarkram"])
    }

    func testSignaturesShowTheDefaultsInTheirWrittenUnits() {
        XCTAssertEqual(SynapseLibrary.signature(of: "AMPA"), "AMPA(tau_AMPA = 2 ms, E_AMPA = 0 mV)")
        XCTAssertEqual(SynapseLibrary.signature(of: "NMDA"), "NMDA(tau_decay = 100 ms, tau_rise = 2 ms, alpha = 500 Hz, Mg = 1 mM, E_NMDA = 0 mV)")
    }

    /// A user's AMPA that adds 3·w and never decays replaces the library's (w, decaying with 2 ms) in that session only.
    func testAUserDefinitionWinsOverTheLibrary() {
        let text = """
            population A = Cell(1)
            population B = Clamp(1)
            connect A -> B using AMPA all w = 1 nS
            run 7.1 ms dt = 0.1 ms
            """
        let own = run("""
            synapse AMPA {
              var g = 0 nS per post
              on pre { g += 3 * w }
              current = g * (0 mV - v_post)
            }

            """ + text)
        XCTAssertEqual(own.buffer("g_A", of: "B")![0], 3e-9, accuracy: roundOff(3e-9))
        XCTAssertEqual(run(text).buffer("g_A", of: "B")![0], 1e-9 * exp(-0.1 / 2), accuracy: roundOff(1e-9))
    }

    /// One spike at 7.0 ms: the variable jumps by w on arrival and decays as w·e^(−(t − 7 ms)/τ), exactly under exponential Euler.
    func testExponentialKineticsFollowTheClosedFormAfterOneSpike() {
        let cases = [("ExpCurr(tau_syn = 4 ms)", "I_A", 4e-3, 2e-9, "2 nA"), ("ExpCond(tau_syn = 4 ms)", "g_A", 4e-3, 2e-9, "2 nS"),
                     ("AMPA", "g_A", 2e-3, 1e-9, "1 nS"), ("GABA_A", "g_A", 5e-3, 1e-9, "1 nS")]
        for (synapse, variable, tau, w, written) in cases {
            let interpreter = run("""
                population A = Cell(1)
                population B = Clamp(1)
                connect A -> B using \(synapse) all w = \(written)
                record B.\(variable)
                run 20 ms dt = 0.1 ms
                """)
            for (t, value) in samples(interpreter) {
                let expected = t < 7e-3 - 1e-9 ? 0 : w * exp(-(t - 7e-3) / tau)
                XCTAssertEqual(value, expected, accuracy: roundOff(w), "\(synapse) at t = \(t)")
            }
        }
    }

    /// Dual exponential (τr = 1 ms, τd = 5 ms): peak w at t_peak = τrτd/(τd − τr)·ln(τd/τr) = 2.0118 ms after the spike;
    /// alpha (τ = 3 ms): peak w at τ. RK4 at dt = 0.01 ms: the sampled peak lies within one step of t_peak and within 1e-5·w.
    func testDualExponentialAndAlphaPeakWhereTheClosedFormsSay() {
        let dual = 1.0 * 5 / 4 * log(5.0) * 1e-3
        for (synapse, peakTime) in [("DualExp(tau_rise = 1 ms, tau_decay = 5 ms)", dual), ("Alpha(tau_syn = 3 ms)", 3e-3)] {
            let interpreter = run("""
                population A = Cell(1)
                population B = Clamp(1)
                connect A -> B using \(synapse) all w = 2 nS
                record B.g_A
                record A.spikes
                run 20 ms dt = 0.01 ms method = rk4
                """)
            let spike = interpreter.state.spikeRecords["A"]!.times[0]
            let peak = samples(interpreter).max { $0.1 < $1.1 }!
            XCTAssertEqual(peak.0 - spike, peakTime, accuracy: 1e-5, synapse)
            XCTAssertEqual(peak.1, 2e-9, accuracy: 1e-5 * 2e-9, synapse)
        }
    }

    /// Held at V, the charge the NMDA current carries is ∝ B(V)·(E − V); with Mg = 0 the block is 1, so the ratio of the
    /// charges is B(V) = 1/(1 + [Mg]/3.57 mM·e^(−0.062 V/mV)) to rounding (the conductance's path is the same).
    func testNMDAMagnesiumBlockMatchesJahrAndStevens() {
        for (voltage, mg) in [(-60.0, 1.0), (-20.0, 1.0), (-40.0, 2.0)] {
            let interpreter = run("""
                population A = Cell(1)
                population Blocked = Clamp(1)
                population Open = Clamp(1)
                Blocked.v = \(voltage) mV
                Open.v = \(voltage) mV
                connect A -> Blocked using NMDA(Mg = \(mg) mM) all w = 1 nS
                connect A -> Open using NMDA(Mg = 0 mM) all w = 1 nS
                run 30 ms dt = 0.1 ms
                """)
            let blocked = interpreter.buffer("q", of: "Blocked")![0]
            let open = interpreter.buffer("q", of: "Open")![0]
            let expected = 1 / (1 + mg / 3.57 * exp(-0.062 * voltage))
            XCTAssertGreaterThan(open, 0)
            XCTAssertEqual(blocked / open, expected, accuracy: roundOff(expected), "V = \(voltage) mV, Mg = \(mg) mM")
        }
    }

    /// Two leakless cells (1 nF) joined by a gap junction of 5 nS from −60 mV and −40 mV: the sum of their potentials stays,
    /// the difference decays as e^(−2·g_gap·t/C). The coupling current is summed at every stage of rk4, so after n steps
    /// the difference is 20 mV·R(z)^n with RK4's R(z) = 1 + z + z²/2 + z³/6 + z⁴/24, z = −2·g_gap·dt/C, which is the
    /// continuous decay to round-off at dt = 0.01 ms (RK4's own error, n·z⁵/120, is 1e-20).
    /// Y's potential is V and X's v: each side reads the other's membrane potential, whatever it is called.
    func testGapJunctionEqualisesTwoCellsAtTheClosedFormRate() {
        let interpreter = run("""
            neuron Leakless {
              var v = -60 mV
              input Isyn = 0 nA
              dv/dt = Isyn / (1 nF)
            }
            neuron LeaklessV {
              var V = -60 mV
              input Isyn = 0 nA
              dV/dt = Isyn / (1 nF)
            }
            population X = Leakless(1)
            population Y = LeaklessV(1)
            Y.V = -40 mV
            connect X -> Y using Gap(g_gap = 5 nS) all
            run 0.2 s dt = 0.01 ms method = rk4
            """)
        let x = interpreter.buffer("v", of: "X")![0], y = interpreter.buffer("V", of: "Y")![0]
        XCTAssertEqual(x + y, -100e-3, accuracy: roundOff(100e-3))
        let z = -2 * 5e-9 * 1e-5 / 1e-9
        XCTAssertEqual(y - x, 20e-3 * pow(1 + z + z * z / 2 + z * z * z / 6 + z * z * z * z / 24, 20000), accuracy: 5e-15)
        XCTAssertEqual(y - x, 20e-3 * exp(-2 * 5e-9 * 0.2 / 1e-9), accuracy: 5e-15)  // 20 000 steps' roundings: 4e-16 measured
    }

    /// Spikes at 7, 14, 21 and 28 ms (T = 7 ms): s jumps by a·(1 − s) with a = 1 − e^(−ατr) and decays with τd between,
    /// so the conductance at 30 ms is w·s₄·e^(−2 ms/τd).
    func testNMDAGatingSaturatesAlongATrain() {
        let interpreter = run("""
            population A = Clock(1)
            population B = Clamp(1)
            connect A -> B using NMDA all w = 1 nS
            record A.spikes
            run 30 ms dt = 0.1 ms
            """)
        XCTAssertEqual(interpreter.state.spikeRecords["A"]!.times.map { ($0 * 1e4).rounded() }, [70, 140, 210, 280])
        let a = 1 - exp(-0.5 * 2.0), decay = exp(-7.0 / 100)
        var s = 0.0
        for _ in 0..<4 { s = s * decay + a * (1 - s * decay) }
        let expected = 1e-9 * s * exp(-2.0 / 100)
        XCTAssertEqual(interpreter.buffer("g_A", of: "B")![0], expected, accuracy: roundOff(expected))
    }

    /// A regular train (T = 7 ms) through U = 0.3, τrec = 20 ms, τfacil = 10 ms: the current's jump at spike n is
    /// w·u_n·x_n with u_n = u⁻ + U(1 − u⁻), u⁻ = u_{n−1}·e^(−T/τfacil), x_n = 1 − (1 − x_{n−1} + u_{n−1}x_{n−1})·e^(−T/τrec).
    func testTsodyksMarkramAmplitudesFollowTheRecursion() {
        let interpreter = run("""
            population A = Clock(1)
            population B = Clamp(1)
            connect A -> B using TsodyksMarkram(U = 0.3, tau_rec = 20 ms, tau_facil = 10 ms, tau_syn = 3 ms) all w = 1 nA
            record A.spikes
            record B.I_A
            run 60 ms dt = 0.1 ms
            """)
        let spikes = interpreter.state.spikeRecords["A"]!.times
        XCTAssertEqual(spikes.count, 8)
        let trace = samples(interpreter)
        let step = exp(-0.1 / 3)
        let jumps = zip(trace.dropFirst(), trace).map { now, before in now.1 - before.1 * step }
        let measured = jumps.filter { abs($0) > 1e-15 }
        var expected: [Double] = []
        var u = 0.0, x = 1.0
        for n in spikes.indices {
            if n > 0 {
                u *= exp(-7.0 / 10)
                x = 1 - (1 - x) * exp(-7.0 / 20)
            }
            u += 0.3 * (1 - u)
            expected.append(1e-9 * u * x)
            x -= u * x
        }
        XCTAssertEqual(measured.count, expected.count)
        for (m, e) in zip(measured, expected) { XCTAssertEqual(m, e, accuracy: roundOff(e)) }
        XCTAssertLessThan(expected.last!, expected.first!, "the train depresses")
    }

    /// Pre at 7.0 ms and post at 10.4 ms (Δt = 3.4 ms): w = w₀ + A₊·e^(−Δt/τ₊); swapped: w = w₀ − A₋·e^(−Δt/τ₋);
    /// a large A₊ or A₋ clips at wmax or 0.
    func testSTDPWeightAfterOnePairAndItsBounds() {
        let cases: [(pre: String, post: String, plasticity: String, expected: Double)] = [
            ("10 ms", "15 ms", "", 0.5e-9 + 0.01e-9 * exp(-3.4 / 20)),
            ("15 ms", "10 ms", "", 0.5e-9 - 0.0105e-9 * exp(-3.4 / 20)),
            ("10 ms", "15 ms", "(A_plus = 1 nS, wmax = 0.8 nS)", 0.8e-9),
            ("15 ms", "10 ms", "(A_minus = 1 nS)", 0),
        ]
        for (pre, post, plasticity, expected) in cases {
            let interpreter = run("""
                population Pre = Cell(1)
                population Post = Cell(1)
                Pre.tau = \(pre)
                Post.tau = \(post)
                connect Pre -> Post.Isyn using STDP\(plasticity) all w = 0.5 nS
                run 20 ms dt = 0.1 ms
                """)
            XCTAssertEqual(interpreter.state.projections[0].weights![0], expected, accuracy: roundOff(1e-9), "pre \(pre), post \(post) \(plasticity)")
        }
    }

    /// The README's LIF calls its membrane potential V, the COBA example's LIF (here with its synaptic input in nA) calls it v.
    /// Library AMPA and GABA_A read either as v_post, and renaming the potential changes no number: v is read as before.
    func testLibrarySynapsesReadTheMembranePotentialWhateverTheTargetCallsIt() throws {
        let readme = """
            neuron LIF {
              param tau = 10 ms, El = -65 mV, Vth = -50 mV, Vreset = -65 mV
              param R = 10 Mohm, t_ref = 2 ms
              var V = El
              input I = 1.8 nA
              dV/dt = (El - V + R*I) / tau
              spike V > Vth
              reset { V = Vreset }
              refractory t_ref
            }
            """
        let coba = """
            neuron LIF {
              param taum = 20 ms, El = -60 mV, Vt = -50 mV, Vr = -60 mV, I = 20 mV, R = 100 Mohm
              var v = El
              input Isyn = 0 nA
              dv/dt = (R * Isyn - (v - El) + I) / taum
              spike v > Vt
              reset { v = Vr }
              refractory 5 ms
            }
            """
        let network = """

            population Exc = LIF(40)
            population Inh = LIF(10)
            Exc.POTENTIAL = -60 mV + 10 mV * rand()
            Inh.POTENTIAL = -60 mV + 10 mV * rand()
            connect Exc -> Exc, Inh using AMPA p = 0.2 w = 3 nS
            connect Inh -> Exc, Inh using GABA_A(tau_GABA = 10 ms) p = 0.2 w = 20 nS
            record Exc.spikes
            run 200 ms dt = 0.1 ms seed = 7
            print count(Exc), Exc.POTENTIAL
            """
        for (model, potential, renamed) in [(readme, "V", "v"), (coba, "v", "V")] {
            let pattern = try NSRegularExpression(pattern: "\\b(d?)\(potential)\\b")
            let other = pattern.stringByReplacingMatches(in: model, range: NSRange(model.startIndex..., in: model), withTemplate: "$1\(renamed)")
            let outputs = [model, other].map { text in
                Interpreter.withPrivateCache().execute(text + network.replacingOccurrences(of: "POTENTIAL", with: text == model ? potential : renamed))
            }
            for output in outputs { XCTAssertNil(firstError(output).map { "\($0.line):\($0.column) \($0.message)" }) }
            let counts = outputs.map { printed($0, "count(Exc)") }
            XCTAssertGreaterThan(counts[0].first ?? 0, 0)
            XCTAssertEqual(counts[0], counts[1])
            XCTAssertEqual(printed(outputs[0], "Exc.\(potential)"), printed(outputs[1], "Exc.\(renamed)"))
        }
    }
}
