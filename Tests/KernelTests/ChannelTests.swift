import Foundation
import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import Language
@testable import Library
@testable import Runtime

/// Channels composed into neurons: the composed Hodgkin–Huxley axon against the written-out one, a thalamic
/// rebound burst made by the T-current, a calcium pool shared by the channels that use calcium, and the errors
/// of composition.
final class ChannelTests: XCTestCase {
    private func run(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> (Interpreter, [Output]) {
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute(text)
        if let error = firstError(outputs) { XCTFail("\(error.line):\(error.column) \(error.message)", file: file, line: line) }
        return (interpreter, outputs)
    }

    private func error(_ text: String) -> Diagnostic? {
        firstError(Interpreter.withPrivateCache().execute(text))
    }

    func testTheLibraryHoldsTheChannelsOfBrainPysSet() {
        XCTAssertEqual(ChannelLibrary.names, ["CaDetailed_De1993", "CaFirstOrder_Ba1998", "IAHP_De1994", "ICaHT_HM1992", "ICaL_IS2008", "ICaN_IS2008",
                                              "ICaT_HM1992", "ICaT_HP1992", "IK2A_HM1992", "IK2B_HM1992", "IKA1_HM1992", "IKA2_HM1992", "IKDR_Ba2002",
                                              "IKL", "IKNI_Ya1989", "IK_HH1952", "IK_TM1991", "IL", "INa_Ba2002", "INa_HH1952", "INa_TM1991",
                                              "Ih_De1996", "Ih_HM1992"])
    }

    /// hh_from_channels.soma sums the library's INa_HH1952, IK_HH1952 and IL as I - INa - IK - IL, the arithmetic hh.soma
    /// writes by hand: every sample of V and the final gates are the same doubles.
    func testHodgkinHuxleyFromChannelsIsHHBitForBit() throws {
        let (written, writtenOutputs) = run(try example("hh.soma"))
        let (composed, composedOutputs) = run(try example("hh_from_channels.soma"))
        let a = written.state.stateRecords[0].values, b = composed.state.stateRecords[0].values
        XCTAssertEqual(a.count, 500)
        XCTAssertEqual(a, b)
        XCTAssertEqual(spikeTimes(writtenOutputs, "Axon"), spikeTimes(composedOutputs, "Axon"))
        for (gate, channel) in [("m", "INa_HH1952_m"), ("h", "INa_HH1952_h"), ("n", "IK_HH1952_n")] {
            XCTAssertEqual(printed(writtenOutputs, "Axon.\(gate)"), printed(composedOutputs, "Axon.\(channel)"))
        }
    }

    /// thalamic_rebound.soma: no spike at rest or under the hyperpolarising step (100–300 ms); a burst of sodium spikes on
    /// release, within 70 ms, riding a low-threshold spike; the same cell with g_T = 0 stays silent. The T-current's
    /// inactivation gate q is near 0 at rest and de-inactivates under hyperpolarisation.
    func testTheTCurrentMakesAReboundBurst() throws {
        let (interpreter, outputs) = run(try example("thalamic_rebound.soma"))
        let times = spikeTimes(outputs, "Relay")
        XCTAssertGreaterThanOrEqual(times.count, 3)
        XCTAssertTrue(times.allSatisfy { $0 > 300 && $0 < 370 }, "\(times)")
        XCTAssertEqual(printed(outputs, "count(Silent)"), [0])
        let q = interpreter.state.stateRecords.first { $0.variable == "ICaT_HM1992_q" }!
        let atRest = q.values[999][0], released = q.values[2999][0]
        XCTAssertLessThan(atRest, 0.1)
        XCTAssertGreaterThan(released, 0.5)
    }

    /// A user's channel takes the library's place; `use` overrides its parameters and a population overrides them again.
    func testOverridesAndOwnChannels() {
        let (_, outputs) = run("""
            channel IL {
              param g_max = 1 mS/cm^2, E = -60 mV
              current = g_max*(V - E)
            }
            neuron Passive {
              param C = 1 uF/cm^2
              var V = 0 mV
              use IL(E = -50 mV)
              dV/dt = -I_channels / C
            }
            population A = Passive(1)
            population B = Passive(1, IL_E = -40 mV)
            run 20 ms dt = 0.01 ms
            print A.V, B.V
            """)
        // tau = C/g = 1 ms: after 20 tau, V is E within 1e-6 mV of exp(-20)·50 mV (the defaults' -60 mV and 0.1 mS/cm^2 would differ).
        XCTAssertTrue(outputs.contains { if case .defined("channel IL: 0 variables, 2 parameters") = $0 { return true } else { return false } })
        XCTAssertEqual(printed(outputs, "A.V")[0], -50, accuracy: 1e-6)
        XCTAssertEqual(printed(outputs, "B.V")[0], -40, accuracy: 1e-6)
    }

    /// `I_Ca` sums the calcium currents, which a first-order pool (Destexhe et al. 1993) integrates; the pool's Ca sets E_Ca
    /// by Nernst and gates IAHP, both channels reading the neuron's one pool. With V clamped at -70 mV the T-current's gates
    /// settle, and the pool reaches Ca = Ca_rest - tau_Ca·I_Ca/(2·F·d) with I_Ca = g·p²·q·(V - E_Ca(Ca)); IAHP's gate
    /// is alpha·Ca²/(alpha·Ca² + beta) of that Ca.
    func testACalciumPoolIsSharedByTheChannelsThatUseCalcium() {
        let (interpreter, _) = run("""
            neuron Clamped {
              param d = 1 um, tau_Ca = 5 ms, Ca_rest = 0.05 uM, Ca_out = 2 mM
              param Faraday = 96485.33212 A*s/(mM*m^3), RT_F = 8.314462618 * 309.15 / 96485.33212 * 1 V
              var V = -70 mV, Ca = Ca_rest
              use ICaT_HM1992, IAHP_De1994
              E_Ca = RT_F / 2 * log(Ca_out / Ca)
              dV/dt = 0 mV / ms
              dCa/dt = -I_Ca / (2 * Faraday * d) + (Ca_rest - Ca) / tau_Ca
            }
            population P = Clamped(1)
            run 2000 ms dt = 0.01 ms method = rk4
            """)
        func value(_ name: String) -> Double { interpreter.buffer(name, of: "P")![0] }
        let (ca, p, q, ahp) = (value("Ca"), value("ICaT_HM1992_p"), value("ICaT_HM1992_q"), value("IAHP_De1994_p"))
        let eCa = 8.314462618 * 309.15 / 96485.33212 / 2 * log(2 / ca)           // V; Ca in mol/m^3 = mM
        let iCa = 20 * p * p * q * (-0.070 - eCa)                                 // A/m^2: 2 mS/cm^2 = 20 S/m^2
        let expected = 0.05e-3 - 5e-3 * iCa / (2 * 96485.33212 * 1e-6)
        XCTAssertGreaterThan(ca, 2 * 0.05e-3)                                     // the T-current's window current fills the pool
        XCTAssertEqual(ca, expected, accuracy: 1e-9 * ca)
        let bound = 48e3 * ca * ca                                                 // 48 /ms/mM^2 · Ca^2, in 1/s
        XCTAssertEqual(ahp, bound / (bound + 90), accuracy: 1e-9 * ahp)
    }

    /// Ih_De1996 starts at its steady state for the neuron's V and Ca and stays there: at Ca = Ca_half the regulating
    /// factor is half bound (P1 = k1·Ca⁴/(k1·Ca⁴ + k2) = 1/2) and locked channels are k3·P1/k4 = 50 times the open ones.
    func testCalciumUpregulatedHCurrentKeepsItsSteadyState() {
        let (interpreter, _) = run("""
            neuron Clamped {
              var V = -80 mV, Ca = 0.002 mM
              use Ih_De1996
              dV/dt = 0 mV / ms
              dCa/dt = 0 mM / ms
            }
            population P = Clamped(1)
            run 2000 ms dt = 0.1 ms method = rk4
            """)
        func value(_ name: String) -> Double { interpreter.buffer(name, of: "P")![0] }
        XCTAssertEqual(value("Ih_De1996_P1"), 0.5, accuracy: 1e-12)
        XCTAssertEqual(value("Ih_De1996_OL"), 50 * value("Ih_De1996_O"), accuracy: 1e-9 * value("Ih_De1996_OL"))
    }

    func testCompositionErrorsNameTheChannelAndWhereItWasUsed() throws {
        let base = "neuron N {\n  var V = -65 mV\n  input I = 0 uA/cm^2\n"
        let unknown = try XCTUnwrap(error(base + "  use INa_XX\n  dV/dt = (I - I_channels) / (1 uF/cm^2)\n}"))
        XCTAssertEqual(unknown.problem, .unknown(kind: "channel", name: "INa_XX"))
        XCTAssertEqual(unknown.line, 4)
        let parameter = try XCTUnwrap(error(base + "  use IL(g = 1 mS/cm^2)\n  dV/dt = (I - I_channels) / (1 uF/cm^2)\n}"))
        XCTAssertEqual(parameter.problem, .noSuchMember(owner: "IL", kind: "parameter", name: "g"))
        XCTAssertEqual(parameter.range.start.column, 10)
        let twice = try XCTUnwrap(error(base + "  use IL, IL\n  dV/dt = (I - I_channels) / (1 uF/cm^2)\n}"))
        XCTAssertEqual(twice.problem, .second(what: "use of IL"))
        // The T-current reads the neuron's E_Ca: its absence is shown at the use, not in the library's text.
        let reversal = try XCTUnwrap(error(base + "  use ICaT_HM1992\n  dV/dt = (I - I_channels) / (1 uF/cm^2)\n}"))
        XCTAssertEqual(reversal.line, 4)
        XCTAssertTrue(reversal.message.contains("E_Ca"), reversal.message)
        let noCurrent = try XCTUnwrap(error("channel Empty {\n  param g = 1 mS/cm^2\n}\n" + base + "  use Empty\n  dV/dt = I / (1 uF/cm^2)\n}"))
        XCTAssertEqual(noCurrent.problem, .missingPart(subject: "channel Empty", part: "a current (current = ...)"))
        let item = try XCTUnwrap(error("channel Bad {\n  spike V > 0 mV\n  current = 0 uA/cm^2\n}"))
        XCTAssertEqual(item.line, 2)
    }
}
