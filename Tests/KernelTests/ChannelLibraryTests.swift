import Foundation
import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import Library

/// The library's calcium pools, the CAN current, the potassium leak and the gates of the other channels against closed forms
/// and an independent solution written here (bisection of the pool's steady state), in SI units as the buffers hold them.
final class ChannelLibraryTests: XCTestCase {
    private let faraday = 96485.33212, gas = 8.314462618

    private func run(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Interpreter {
        let interpreter = Interpreter.withPrivateCache()
        if let error = firstError(interpreter.execute(text)) { XCTFail("\(error.line):\(error.column) \(error.message)", file: file, line: line) }
        return interpreter
    }

    /// Nernst's potential of calcium at 36 °C, in volts, for concentrations in mM.
    private func nernst(_ inside: Double, outside: Double = 2) -> Double {
        gas * 309.15 / (2 * faraday) * log(outside / inside)
    }

    /// V and Ca clamped at -60 mV and K_Ca = 0.2 mM, p from 0: p = p_inf·(1 − e^(−t/tau_p)), and the membrane charge
    /// Q = ∫ I dt / C = g·M·(V − E)·p_inf·(t − tau_p·(1 − e^(−t/tau_p))) / C with M = 1/2.
    func testCANCurrentRisesToItsSteadyStateScaledByCalcium() {
        let interpreter = run("""
            neuron Clamped {
              param Cm = 1 uF/cm^2
              var V = -60 mV, Ca = 0.2 mM, Q = 0 mV
              use ICaN_IS2008
              dV/dt = 0 mV/ms
              dCa/dt = 0 mM/ms
              dQ/dt = I_channels / Cm
            }
            population P = Clamped(1)
            P.ICaN_IS2008_p = 0
            run 10 ms dt = 0.001 ms method = rk4
            """)
        let pInf = 1 / (1 + exp(17 / 5.2))
        let tau = (2.7 / (exp(1.0 / 3) + exp(-1.0 / 3)) + 1.6) * 1e-3    // s
        let t = 0.010
        let p = interpreter.buffer("ICaN_IS2008_p", of: "P")![0]
        XCTAssertEqual(p, pInf * (1 - exp(-t / tau)), accuracy: 1e-12)
        let q = 10 * 0.5 * (-0.070) * pInf * (t - tau * (1 - exp(-t / tau))) / 0.01   // S/m^2, V, F/m^2
        XCTAssertEqual(interpreter.buffer("Q", of: "P")![0], q, accuracy: 1e-9 * abs(q))
    }

    /// A passive membrane with the potassium leak alone relaxes to E = -90 mV with tau = C/g = 200 ms.
    func testPotassiumLeakRelaxesToItsReversal() {
        let interpreter = run("""
            neuron Passive {
              param Cm = 1 uF/cm^2
              var V = -60 mV
              use IKL
              dV/dt = -I_channels / Cm
            }
            population P = Passive(1)
            run 100 ms dt = 0.01 ms method = rk4
            """)
        XCTAssertEqual(interpreter.buffer("V", of: "P")![0], -0.090 + 0.030 * exp(-0.5), accuracy: 1e-12)
    }

    /// A constant inward calcium current of 1 uA/cm^2 into the first-order pool: Ca relaxes exponentially (tau 5 ms)
    /// from Ca_rest to Ca_rest + tau·I/(2·F·d); an outward current brings no calcium in (the influx is rectified).
    func testFirstOrderPoolFollowsItsClosedForm() {
        let interpreter = run("""
            channel ICaStep {
              ion Ca
              param I0 = -1 uA/cm^2
              current = I0
            }
            neuron Shell {
              var V = -65 mV
              use ICaStep, CaFirstOrder_Ba1998
              dV/dt = 0 mV/ms
            }
            population In = Shell(1)
            population Out = Shell(1, ICaStep_I0 = 1 uA/cm^2)
            run 3 ms dt = 0.001 ms method = rk4
            """)
        let rest = 0.05e-3, tau = 0.005
        let steady = rest + tau * 0.01 / (2 * faraday * 1e-6)                        // 1 uA/cm^2 = 0.01 A/m^2, d = 1 um
        let expected = steady + (rest - steady) * exp(-0.003 / tau)
        XCTAssertEqual(interpreter.buffer("Ca", of: "In")![0], expected, accuracy: 1e-12 * expected)
        XCTAssertEqual(interpreter.buffer("Ca", of: "Out")![0], rest, accuracy: 1e-15)
    }

    /// The detailed pool's steady state under a constant 1 uA/cm^2 inward current: influx − K_T·C/(C + K_d) + (C_rest − C)/tau_r = 0,
    /// the positive root of C² − tau_r·(a + C_rest/tau_r − K_d/tau_r − K_T)·C − tau_r·K_d·(a + C_rest/tau_r) = 0.
    func testDetailedPoolReachesThePumpsSteadyState() {
        let interpreter = run("""
            channel ICaStep {
              ion Ca
              param I0 = -1 uA/cm^2
              current = I0
            }
            neuron Shell {
              var V = -65 mV
              use ICaStep, CaDetailed_De1993
              dV/dt = 0 mV/ms
            }
            population P = Shell(1)
            run 200 ms dt = 0.01 ms method = rk4
            """)
        let a = 0.01 / (2 * faraday * 1e-6), tau = 0.005, kT = 0.1, kD = 1e-4, rest = 2.4e-4   // SI: mol/m^3, s
        let b = tau * (a + rest / tau - kD / tau - kT), c = tau * kD * (a + rest / tau)
        let expected = (b + (b * b + 4 * c).squareRoot()) / 2
        XCTAssertEqual(interpreter.buffer("Ca", of: "P")![0], expected, accuracy: 1e-10 * expected)
    }

    /// One pool shared: an ohmic calcium channel reads the pool's Nernst E_Ca, its current fills the pool, and IAHP reads the
    /// same Ca. With V clamped at -60 mV the pool settles where Ca = Ca_rest + tau·g·(E_Ca(Ca) − V)/(2·F·d), found here by bisection.
    func testPoolsNernstPotentialIsSharedByTheCalciumChannels() {
        let interpreter = run("""
            channel ICaOhm {
              ion Ca
              param g = 0.01 mS/cm^2
              current = g*(V - E_Ca)
            }
            neuron Shell {
              var V = -60 mV
              use ICaOhm, CaFirstOrder_Ba1998, IAHP_De1994
              dV/dt = 0 mV/ms
            }
            population P = Shell(1)
            run 200 ms dt = 0.01 ms method = rk4
            """)
        let rest = 0.05e-3, tau = 0.005, g = 0.1
        func excess(_ ca: Double) -> Double { rest + tau * g * (nernst(ca) + 0.060) / (2 * faraday * 1e-6) - ca }
        var (low, high) = (rest, 1.0)
        for _ in 0..<200 { let mid = (low + high) / 2; if excess(mid) > 0 { low = mid } else { high = mid } }
        let ca = interpreter.buffer("Ca", of: "P")![0]
        XCTAssertEqual(ca, low, accuracy: 1e-10 * low)
        let bound = 48e3 * ca * ca                                                    // 48 /ms/mM^2 · Ca^2, in 1/s
        XCTAssertEqual(interpreter.buffer("IAHP_De1994_p", of: "P")![0], bound / (bound + 90), accuracy: 1e-9)
    }

    /// Voltage clamp at -45 and -75 mV (either side of the switches of tau_q in IKA1, IKA2, IK2B and ICaHT), every activation gate from 0 and
    /// every inactivation gate from 1: each relaxes as x_inf + (x0 − x_inf)·e^(−t/tau) with x_inf and tau at the clamped V
    /// from the papers' formulas written out here (rates in 1/ms, V in mV, Q10 factors at 36 °C from 24 °C).
    func testGatesUnderVoltageClampFollowThePapersSteadyStatesAndTimeConstants() {
        let interpreter = run("""
            neuron Clamp {
              param E_Ca = 120 mV
              var V = -45 mV
              use INa_Ba2002, IKDR_Ba2002, IKA1_HM1992, IKA2_HM1992, IK2A_HM1992, IK2B_HM1992, IKNI_Ya1989
              use ICaT_HM1992, ICaT_HP1992, ICaHT_HM1992, ICaL_IS2008, Ih_HM1992
              dV/dt = 0 mV/ms
            }
            population P = Clamp(1)
            population Q = Clamp(1)
            Q.V = -75 mV
            P.INa_Ba2002_m = 0
            Q.INa_Ba2002_m = 0
            P.INa_Ba2002_h = 1
            Q.INa_Ba2002_h = 1
            P.IKDR_Ba2002_n = 0
            Q.IKDR_Ba2002_n = 0
            P.IKA1_HM1992_p = 0
            Q.IKA1_HM1992_p = 0
            P.IKA1_HM1992_q = 1
            Q.IKA1_HM1992_q = 1
            P.IKA2_HM1992_p = 0
            Q.IKA2_HM1992_p = 0
            P.IKA2_HM1992_q = 1
            Q.IKA2_HM1992_q = 1
            P.ICaT_HM1992_p = 0
            Q.ICaT_HM1992_p = 0
            P.ICaT_HM1992_q = 1
            Q.ICaT_HM1992_q = 1
            P.ICaT_HP1992_p = 0
            Q.ICaT_HP1992_p = 0
            P.ICaT_HP1992_q = 1
            Q.ICaT_HP1992_q = 1
            P.IK2A_HM1992_p = 0
            Q.IK2A_HM1992_p = 0
            P.IK2A_HM1992_q = 1
            Q.IK2A_HM1992_q = 1
            P.IK2B_HM1992_p = 0
            Q.IK2B_HM1992_p = 0
            P.IK2B_HM1992_q = 1
            Q.IK2B_HM1992_q = 1
            P.IKNI_Ya1989_p = 0
            Q.IKNI_Ya1989_p = 0
            P.ICaHT_HM1992_p = 0
            Q.ICaHT_HM1992_p = 0
            P.ICaHT_HM1992_q = 1
            Q.ICaHT_HM1992_q = 1
            P.ICaL_IS2008_p = 0
            Q.ICaL_IS2008_p = 0
            P.ICaL_IS2008_q = 1
            Q.ICaL_IS2008_q = 1
            P.Ih_HM1992_p = 0
            Q.Ih_HM1992_p = 0
            run 1 ms dt = 0.0005 ms method = rk4
            """)
        // After 1 ms the fast gates (INa's m, tau near 0.1 ms) have moved most of the way and the slowest (IKNI, tau of
        // seconds) by parts in 10^4: a wrong steady state or time constant shows in either far beyond the 1e-9 allowed.
        let t = 1.0
        for (population, v) in [("P", -45.0), ("Q", -75.0)] {
            func rates(_ a: Double, _ b: Double) -> (Double, Double) { (a / (a + b), 1 / (a + b)) }
            let phiP = pow(3.55, 1.2), phiQ = pow(3, 1.2)
            let ht = v - 25, t3 = v + 3, phiHP = pow(5, 1.2)
            let tauA = 1 / (exp((v + 35.8) / 19.7) + exp(-(v + 79.7) / 12.7)) + 0.37
            let tauAq = 1 / (exp((v + 46) / 5) + exp(-(v + 238) / 37.5))
            let gates: [(String, Double, (Double, Double))] = [
                ("INa_Ba2002_m", 0, rates(0.32 * (v + 37) / (1 - exp(-(v + 37) / 4)), 0.28 * (v + 10) / (exp((v + 10) / 5) - 1))),
                ("INa_Ba2002_h", 1, rates(0.128 * exp(-(v + 33) / 18), 4 / (1 + exp(-(v + 10) / 5)))),
                ("IKDR_Ba2002_n", 0, rates(0.032 * (v + 35) / (1 - exp(-(v + 35) / 5)), 0.5 * exp(-(v + 40) / 40))),
                ("IKA1_HM1992_p", 0, (1 / (1 + exp(-(v + 60) / 8.5)), tauA)),
                ("IKA1_HM1992_q", 1, (1 / (1 + exp((v + 78) / 6)), v < -63 ? tauAq : 19)),
                ("IKA2_HM1992_p", 0, (1 / (1 + exp(-(v + 36) / 20)), tauA)),
                ("IKA2_HM1992_q", 1, (1 / (1 + exp((v + 78) / 6)), v < -73 ? tauAq : 60)),
                ("ICaT_HM1992_p", 0, (1 / (1 + exp(-(t3 + 59) / 6.2)),
                                      (1 / (exp(-(t3 + 132) / 16.7) + exp((t3 + 16.8) / 18.2)) + 0.612) / phiP)),
                ("ICaT_HM1992_q", 1, (1 / (1 + exp((t3 + 83) / 4)),
                                      (t3 < -80 ? exp((t3 + 467) / 66.6) : exp(-(t3 + 22) / 10.5) + 28) / phiQ)),
                ("ICaT_HP1992_p", 0, (1 / (1 + exp(-(t3 + 52) / 7.4)),
                                      (3 + 1 / (exp((t3 + 27) / 10) + exp(-(t3 + 102) / 15))) / phiHP)),
                ("ICaT_HP1992_q", 1, (1 / (1 + exp((t3 + 80) / 5)),
                                      (85 + 1 / (exp((t3 + 48) / 4) + exp(-(t3 + 407) / 50))) / phiQ)),
                ("IK2A_HM1992_p", 0, (1 / (1 + exp(-(v + 43) / 17)), 1 / (exp((v - 81) / 25.6) + exp(-(v + 132) / 18)) + 9.9)),
                ("IK2A_HM1992_q", 1, (1 / (1 + exp((v + 58) / 10.6)), 1 / (exp((v - 1329) / 200) + exp(-(v + 130) / 7.1)) + 120)),
                ("IK2B_HM1992_p", 0, (1 / (1 + exp(-(v + 43) / 17)), 1 / (exp((v - 81) / 25.6) + exp(-(v + 132) / 18)) + 9.9)),
                ("IK2B_HM1992_q", 1, (1 / (1 + exp((v + 58) / 10.6)),
                                      v < -70 ? 1 / (exp((v - 1329) / 200) + exp(-(v + 130) / 7.1)) + 120 : 8.9)),
                ("IKNI_Ya1989_p", 0, (1 / (1 + exp(-(v + 35) / 10)), 4000 / (3.3 * exp((v + 35) / 20) + exp(-(v + 35) / 20)))),
                ("ICaHT_HM1992_p", 0, (1 / (1 + exp(-(ht + 59) / 6.2)),
                                       (1 / (exp(-(ht + 132) / 16.7) + exp((ht + 16.8) / 18.2)) + 0.612) / phiP)),
                ("ICaHT_HM1992_q", 1, (1 / (1 + exp((ht + 83) / 4)),
                                       (ht < -80 ? exp((ht + 467) / 66.6) : exp(-(ht + 22) / 10.5) + 28) / phiQ)),
                ("ICaL_IS2008_p", 0, (1 / (1 + exp(-(v + 10) / 4)), (0.4 + 0.7 / (exp(-(v + 5) / 15) + exp((v + 5) / 15))) / phiP)),
                ("ICaL_IS2008_q", 1, (1 / (1 + exp((v + 25) / 2)), (300 + 100 / (exp((v + 40) / 9.5) + exp(-(v + 40) / 9.5))) / phiQ)),
                ("Ih_HM1992_p", 0, (1 / (1 + exp((v + 75) / 5.5)), 1 / (exp(-0.086 * v - 14.59) + exp(0.0701 * v - 1.87)))),
            ]
            for (gate, start, (steady, tau)) in gates {
                let expected = steady + (start - steady) * exp(-t / tau)
                XCTAssertEqual(interpreter.buffer(gate, of: population)![0], expected, accuracy: 1e-9, "\(gate) at \(v) mV")
            }
        }
    }

    func testHelpShowsThePoolsReferenceParametersAndEquations() throws {
        let lines = try XCTUnwrap(NeuronLibrary.help("CaDetailed_De1993"))
        XCTAssertTrue(lines[0].contains("Destexhe, Babloyantz & Sejnowski (1993)"), lines[0])
        XCTAssertTrue(lines.contains { $0.contains("param d = 1 um, K_T = 0.0001 mM/ms") })
        XCTAssertTrue(lines.contains { $0.contains("dCa/dt = influx - K_T * Ca / (Ca + K_d)") })
        XCTAssertTrue(try XCTUnwrap(NeuronLibrary.help("ICaN_IS2008"))[0].contains("Inoue & Strowbridge (2008)"))
        XCTAssertTrue(try XCTUnwrap(NeuronLibrary.help("IKL"))[0].contains("McCormick & Huguenard (1992)"))
    }

    /// A pool without calcium currents has no I_Ca to read: the error is shown where the pool is used.
    func testAPoolWithoutCalciumCurrentsIsAnErrorAtItsUse() throws {
        let outputs = Interpreter.withPrivateCache().execute("neuron N {\n  var V = -65 mV\n  use CaFirstOrder_Ba1998\n  dV/dt = 0 mV/ms\n}\npopulation P = N(1)")
        let error = try XCTUnwrap(firstError(outputs))
        XCTAssertEqual(error.line, 3)
        XCTAssertTrue(error.message.contains("I_Ca"), error.message)
    }
}
