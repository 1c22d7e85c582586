import Foundation
import XCTest

/// examples/morris_lecar_bifurcation.soma (class I): the S-shaped curve's folds against the
/// knees of the steady-state current I∞(V), and the cycle branch born at the Hopf point
/// ending at the lower knee, a saddle-node on the invariant circle (SNIC), with its period
/// growing like π/√(a b (I − I_SNIC)), the passage time through the bottleneck of the
/// normal form x' = a (I − I_SNIC) + b x² (a, b computed here from the vector field).
final class MorrisLecarExampleTests: XCTestCase {
    // The example's parameters, in its units (mV, ms, uA/cm^2, mS/cm^2, uF/cm^2).
    private let (gL, gCa, gK, VL, VCa, VK) = (2.0, 4.0, 8.0, -60.0, 120.0, -84.0)
    private let (V1, V2, V3, V4, C, phi) = (-1.2, 18.0, 12.0, 17.4, 20.0, 1.0 / 15)

    private func mInf(_ v: Double) -> Double { 0.5 * (1 + tanh((v - V1) / V2)) }
    private func wInf(_ v: Double) -> Double { 0.5 * (1 + tanh((v - V3) / V4)) }

    private func field(_ v: Double, _ w: Double, _ i: Double) -> [Double] {
        [(i - gL * (v - VL) - gCa * mInf(v) * (v - VCa) - gK * w * (v - VK)) / C,
         phi * (wInf(v) - w) * cosh((v - V3) / (2 * V4))]
    }

    /// I∞(V) and its slope, the current that holds V at rest.
    private func steadyCurrent(_ v: Double) -> (current: Double, slope: Double) {
        let sech2 = { (x: Double) in 1 / (cosh(x) * cosh(x)) }
        let (m, w) = (mInf(v), wInf(v))
        let (dm, dw) = (0.5 / V2 * sech2((v - V1) / V2), 0.5 / V4 * sech2((v - V3) / V4))
        return (gL * (v - VL) + gCa * m * (v - VCa) + gK * w * (v - VK),
                gL + gCa * (dm * (v - VCa) + m) + gK * (dw * (v - VK) + w))
    }

    /// The knee of I∞ in [low, high]: bisection on its slope to rounding.
    private func knee(_ low: Double, _ high: Double) -> (v: Double, current: Double) {
        var (a, b) = (low, high)
        let signLow = steadyCurrent(a).slope > 0
        for _ in 0..<200 where b - a > 1e-14 * abs(a) {
            let middle = (a + b) / 2
            if (steadyCurrent(middle).slope > 0) == signLow { a = middle } else { b = middle }
        }
        return ((a + b) / 2, steadyCurrent((a + b) / 2).current)
    }

    /// a and b of the normal form at the fold (v, w∞(v)), I: the null vectors r, l of the
    /// Jacobian (l·r = 1), a = l·∂f/∂I, b = ½ l·D²f(r, r), derivatives by central differences.
    private func normalForm(v: Double, current: Double) -> (a: Double, b: Double) {
        let x = [v, wInf(v)]
        let f = { (s: [Double]) in self.field(s[0], s[1], current) }
        let h = 1e-5
        var j = [[0.0, 0.0], [0.0, 0.0]]
        for c in 0..<2 {
            var (plus, minus) = (x, x)
            plus[c] += h; minus[c] -= h
            let (fp, fm) = (f(plus), f(minus))
            for r in 0..<2 { j[r][c] = (fp[r] - fm[r]) / (2 * h) }
        }
        let right = [-j[0][1], j[0][0]]
        var left = [j[1][0], -j[0][0]]
        let norm = left[0] * right[0] + left[1] * right[1]
        left = left.map { $0 / norm }
        let fI = [1 / C, 0.0]
        let e = 1e-3
        let (fp, f0, fm) = (f([x[0] + e * right[0], x[1] + e * right[1]]), f(x), f([x[0] - e * right[0], x[1] - e * right[1]]))
        let second = (0..<2).map { (fp[$0] - 2 * f0[$0] + fm[$0]) / (e * e) }
        return (left[0] * fI[0] + left[1] * fI[1], 0.5 * (left[0] * second[0] + left[1] * second[1]))
    }

    func testFoldsAreTheKneesAndTheCycleBranchEndsAtTheSNIC() throws {
        let run = try BifurcationExampleRun("morris_lecar_bifurcation.soma")
        let kinds = run.kinds()
        XCTAssertEqual(kinds, ["LP", "LP", "H", "LPC"], "one fold of cycles, above the Hopf point; none below")
        let (inputs, voltages) = (run.numbers("I"), run.numbers("V"))
        let upper = knee(-10, 0), lower = knee(-40, -20)
        // Measured: I within 2.3e-14, V within 1.1e-11 (flat: the fold is quadratic in V).
        XCTAssertEqual(inputs[0], upper.current, accuracy: 1e-12)
        XCTAssertEqual(inputs[1], lower.current, accuracy: 1e-12)
        XCTAssertEqual(voltages[0], upper.v, accuracy: 1e-10)
        XCTAssertEqual(voltages[1], lower.v, accuracy: 1e-10)

        let cycles = run.tables[1]
        let (cycleInputs, periods) = (run.numbers("I", table: 1), run.numbers("period", table: 1))
        XCTAssertEqual(cycles.title, "cycles of MorrisLecar")
        // Past the fold of cycles the branch runs down to the SNIC, its period growing all the way.
        let fold = try XCTUnwrap(cycleInputs.indices.max { cycleInputs[$0] < cycleInputs[$1] })
        for k in (fold + 1)..<cycleInputs.count {
            XCTAssertLessThan(cycleInputs[k], cycleInputs[k - 1])
            XCTAssertGreaterThan(periods[k], periods[k - 1])
        }
        let snic = lower.current
        let (a, b) = normalForm(v: lower.v, current: snic)
        let bottleneck = Double.pi / (a * b).squareRoot()
        // T = π/√(a b ΔI) + T0 + o(1), T0 the time spent outside the bottleneck (the spike): the
        // line through the last 4 points of T√ΔI against √ΔI meets √ΔI = 0 at π/√(ab).
        // Measured: 176.463 against 176.429 (T√ΔI itself is 178.2 at the last point, ΔI = 0.005),
        // and T0 = 24.5 ms.
        let tail = (cycleInputs.count - 4)..<cycleInputs.count
        let xs = tail.map { (cycleInputs[$0] - snic).squareRoot() }
        let ys = tail.map { periods[$0] * (cycleInputs[$0] - snic).squareRoot() }
        let (mx, my) = (xs.reduce(0, +) / 4, ys.reduce(0, +) / 4)
        let covariance: Double = zip(xs, ys).map { ($0 - mx) * ($1 - my) }.reduce(0, +)
        let variance: Double = xs.map { ($0 - mx) * ($0 - mx) }.reduce(0, +)
        let slope = covariance / variance
        XCTAssertEqual(my - slope * mx, bottleneck, accuracy: 0.35)
        XCTAssertGreaterThan(periods.last!, 2000)
        XCTAssertLessThan(cycleInputs.last! - snic, 0.01)
    }
}
