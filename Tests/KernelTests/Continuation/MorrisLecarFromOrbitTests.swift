import XCTest
import Kernel
@testable import Analysis

/// examples/morris_lecar_from_orbit.soma: the branch continued from the recorded orbit at
/// I = 60 uA/cm^2 is the one morris_lecar_bifurcation.soma continues from the Hopf point (the
/// same fold of cycles), its cycle at I = 60 has the period an RK4 simulation written here
/// measures, and `from branch 1 point 40` passes through that diagram's 40th cycle.
final class MorrisLecarFromOrbitTests: XCTestCase {
    /// Morris–Lecar in mV, ms and uA/cm^2, the example's parameters; p[0] is I.
    private let morrisLecar: DynamicalSystem = {
        let (gL, gCa, gK, VL, VCa, VK) = (2.0, 4.0, 8.0, -60.0, 120.0, -84.0)
        let (V1, V2, V3, V4, C, phi) = (-1.2, 18.0, 12.0, 17.4, 20.0, 1.0 / 15)
        return DynamicalSystem(
            variables: ["V", "w"], parameters: ["I"], parameterValues: [60],
            rhs: { s, p in
                let (v, w) = (s[0], s[1])
                let m = 0.5 * (1 + tanh((v - V1) / V2)), wInf = 0.5 * (1 + tanh((v - V3) / V4))
                return [(p[0] - gL * (v - VL) - gCa * m * (v - VCa) - gK * w * (v - VK)) / C,
                        phi * (wInf - w) * cosh((v - V3) / (2 * V4))]
            },
            jacobian: { _, _ in [] }, parameterDerivative: { _, _, _ in [] })
    }()

    func testTheRecordedOrbitLandsOnTheBranchFromTheHopfPoint() throws {
        let run = try BifurcationExampleRun("morris_lecar_from_orbit.soma")
        let fromHopf = try BifurcationExampleRun("morris_lecar_bifurcation.soma")
        XCTAssertEqual(run.kinds(table: 0), ["LPC"])
        let lpc = fromHopf.numbers("I")[fromHopf.kinds().firstIndex(of: "LPC")!]
        // Measured: 3.0e-11 apart.
        XCTAssertEqual(run.numbers("I")[0], lpc, accuracy: 1e-9)
        let (inputs, periods) = (run.numbers("I", table: 1), run.numbers("period", table: 1))
        let start = try XCTUnwrap(inputs.indices.first { abs(inputs[$0] - 60) < 1e-9 })
        let simulated = SimulatedCycle(system: morrisLecar, parameters: [60], start: [-20, 0.1], dt: 0.005, transient: 1000).period
        // Measured: 8.8e-11 relative.
        XCTAssertEqual(periods[start], simulated, accuracy: 1e-7 * simulated)
        // Down to the SNIC, as from the Hopf point: the period grows past 2000 ms.
        XCTAssertGreaterThan(periods.max()!, 2000)
        // From point 40 of that diagram: through it again (measured: I and period 7e-15 apart)
        // and to the same fold (measured: 3.3e-11 apart).
        let (again, againPeriods) = (run.numbers("I", table: 3), run.numbers("period", table: 3))
        XCTAssertTrue(again.indices.contains { abs(again[$0] - inputs[39]) < 1e-9 && abs(againPeriods[$0] - periods[39]) < 1e-7 })
        XCTAssertEqual(run.numbers("I", table: 2)[0], lpc, accuracy: 1e-9)
    }
}
