import Foundation
import SomaTestSupport
import XCTest
import Plot
import Kernel
@testable import Analysis
@testable import Execution
@testable import Language

/// `fix m = steady`: the fast–slow reduction of Hodgkin–Huxley to the (V, n) plane with
/// m = m∞(V) = α_m/(α_m + β_m) and h held at 0.6, against the reduced equations written out
/// in plain doubles (mV, ms). Newton stops at steps of 1e-12, so the field agrees to 1e-9
/// relative; the Jacobian (implicit function theorem) against central differences of the
/// closed form, step 1e-4 mV and 1e-6 in n, to 1e-6 relative.
final class SteadyStateReductionTests: XCTestCase {
    static let request = "phaseplane HH x = V in [-80 mV, 40 mV] y = n in [0, 1] fix m = steady, h = 0.6"

    /// dV/dt in mV/ms and dn/dt in 1/ms of the reduced system.
    func reduced(_ v: Double, _ n: Double) -> (dv: Double, dn: Double) {
        let am = 0.1 * (v + 40) / (1 - exp(-(v + 40) / 10)), bm = 4 * exp(-(v + 65) / 18)
        let an = 0.01 * (v + 55) / (1 - exp(-(v + 55) / 10)), bn = 0.125 * exp(-(v + 65) / 80)
        let m = am / (am + bm)
        let dv = -120 * m * m * m * 0.6 * (v - 50) - 36 * pow(n, 4) * (v + 77) - 0.3 * (v + 54.387)
        return (dv, an * (1 - n) - bn * n)
    }

    func system() throws -> DynamicalSystem {
        let interpreter = Interpreter.withPrivateCache()
        let model = try example("hh.soma").components(separatedBy: "\npopulation")[0]
        for output in interpreter.execute(model) { if case .error(let d) = output { XCTFail(d.message) } }
        guard case .phaseplane(let request) = try Parser.parse(SteadyStateReductionTests.request)[0] else { throw XCTSkip("not a phaseplane") }
        return try interpreter.dynamicalSystem("HH", at: request.modelRange, fix: request.fix)
    }

    func testReducedFieldAndJacobianMatchTheClosedForm() throws {
        let system = try system()
        XCTAssertEqual(system.variables, ["V", "n"])
        for (v, n) in [(-65.0, 0.32), (-50.0, 0.5), (-20.0, 0.7), (10.0, 0.1)] {
            let x = [v * 1e-3, n]
            let f = system.rhs(x, system.parameterValues)
            let expected = reduced(v, n)
            // SI: mV/ms is V/s; 1/ms is 1000/s.
            XCTAssertEqual(f[0], expected.dv, accuracy: 1e-9 * max(1, abs(expected.dv)))
            XCTAssertEqual(f[1], expected.dn * 1e3, accuracy: 1e-9 * max(1, abs(expected.dn * 1e3)))
            let j = system.jacobian(x, system.parameterValues)
            let hv = 1e-4, hn = 1e-6
            let dvdv = (reduced(v + hv, n).dv - reduced(v - hv, n).dv) / (2 * hv)        // 1/ms
            let dvdn = (reduced(v, n + hn).dv - reduced(v, n - hn).dv) / (2 * hn)        // mV/ms
            let dndv = (reduced(v + hv, n).dn - reduced(v - hv, n).dn) / (2 * hv)        // 1/(mV ms)
            let dndn = (reduced(v, n + hn).dn - reduced(v, n - hn).dn) / (2 * hn)        // 1/ms
            for (actual, value) in zip(j, [dvdv * 1e3, dvdn, dndv * 1e6, dndn * 1e3]) {
                XCTAssertEqual(actual, value, accuracy: 1e-6 * max(abs(value), 1e-3 * abs(dvdv * 1e3)), "at V = \(v) mV, n = \(n)")
            }
        }
    }

    /// The phase plane draws the reduced system: every point of its V-nullcline is a root of the closed form.
    func testPhasePlaneNullclineIsTheReducedOne() throws {
        let model = try example("hh.soma").components(separatedBy: "\npopulation")[0]
        let outputs = runModel(model + "\n" + SteadyStateReductionTests.request)
        guard case .figure(let figure)? = outputs.first(where: { if case .figure = $0 { return true } else { return false } }) else {
            return XCTFail("no figure")
        }
        var checked = 0
        for case .line("dV/dt = 0"?, let x, let y, _) in figure.panels[0].series {
            for (v, n) in zip(x, y) where v.isFinite {
                XCTAssertEqual(reduced(v, n).dv, 0, accuracy: 1e-6)
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 100)
    }
}
