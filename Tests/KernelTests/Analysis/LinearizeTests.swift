import Foundation
import XCTest
import Kernel
@testable import Support

/// `linearize` against Jacobians whose eigenvalues are known in closed form.
/// LAPACK's dgeev is backward stable, so eigenvalues of these well-conditioned
/// 2×2 and 3×3 matrices agree to 1e-12; fixed points carry Newton's 1e-9.
final class LinearizeTests: XCTestCase {
    /// dx/dt = -x + 2y, dy/dt = -2x - y, dz/dt = z/2: eigenvalues 1/2 and -1 ± 2i at every state,
    /// listed leading first; one unstable direction makes it a saddle.
    func testLinearSystemGivesItsMatrixsEigenvalues() throws {
        let outputs = runModel("""
            system L {
              var x = 0, y = 0, z = 0
              dx/dt = -x + 2*y
              dy/dt = -2*x - y
              dz/dt = z/2
            }
            linearize L at (x = 1, y = 2)
            """)
        let table = tables(outputs)[0]
        XCTAssertEqual(table.title, "linearization of L at x = 1, y = 2, z = 0: saddle")
        XCTAssertEqual(table.rows.map { $0[0].number }, [1, 2, 3])
        let expected = [(0.5, 0.0), (-1.0, 2.0), (-1.0, -2.0)]
        for (row, e) in zip(table.rows, expected) {
            XCTAssertEqual(row[1].complex.re, e.0, accuracy: 1e-12)
            XCTAssertEqual(row[1].complex.im, e.1, accuracy: 1e-12)
        }
        guard case .figure(let figure) = outputs.last else { return XCTFail("no spectrum figure") }
        XCTAssertEqual(figure.panels.first?.series.count, 1)
    }

    /// FHN (a = 0.7, b = 0.8, tau = 12.5) with Jacobian [[1 - v², -1], [1/tau, -b/tau]]:
    /// the eigenvalues' sum is the trace 1 - v² - b/tau and their product the determinant
    /// (b(v² - 1) + 1)/tau, at a chosen state and at the fixed point (v from Cardano).
    func testFitzHughNagumoSpectrumMatchesTraceAndDeterminant() throws {
        let model = try example("fhn_analysis.soma").components(separatedBy: "\nfixedpoints")[0]
        let current = 0.5
        let q = -3 * (current - 0.875), p = 0.75
        let root = (q * q / 4 + p * p * p / 27).squareRoot()
        let rest = cbrt(-q / 2 + root) + cbrt(-q / 2 - root)
        let outputs = runModel(model + "\nlinearize FHN at (v = 0.3, w = 2)\nlinearize FHN at fixedpoints with Iext = \(current)")
        let spectra = tables(outputs)
        XCTAssertEqual(spectra.count, 2)
        for (table, v) in zip(spectra, [0.3, rest]) {
            let l1 = table.rows[0][1].complex, l2 = table.rows[1][1].complex
            let trace = 1 - v * v - 0.8 / 12.5, det = (0.8 * (v * v - 1) + 1) / 12.5
            XCTAssertEqual(l1.re + l2.re, trace, accuracy: 1e-9)
            XCTAssertEqual(l1.im + l2.im, 0, accuracy: 1e-12)
            XCTAssertEqual(l1.re * l2.re - l1.im * l2.im, det, accuracy: 1e-9)
            XCTAssertGreaterThanOrEqual(l1.re, l2.re)
        }
        XCTAssertEqual(spectra[1].title, "linearization of FHN with Iext = 0.5 at v = \(NumberText.readable(rest)), w = \(NumberText.readable((rest + 0.7) / 0.8)): unstable focus")
    }

    /// The ring attractor's uniform state r = 1/2 (examples/ring_attractor.soma, N = 128): the circulant
    /// coupling's cos and sin modes grow at (-1 + J1/2 · beta/4)/tau = 0.2/ms, the other modes but the mean
    /// decay at -1/tau = -0.1/ms (the mean at -0.3/ms, beyond the 12 listed).
    func testRingAttractorsUniformStateIsASaddleWithTwoGrowingModes() throws {
        let network = try example("ring_attractor.soma").components(separatedBy: "\nfixedpoints")[0]
        let outputs = runModel(network + "\nlinearize R at (r = 0.5)")
        let table = tables(outputs)[0]
        XCTAssertEqual(table.title, "linearization of R at mean r = 0.5: saddle (2 unstable) (leading 12 of 128)")
        XCTAssertEqual(table.columns.map(\.unit), ["", "1/ms"])
        XCTAssertEqual(table.rows.count, 12)
        for (k, row) in table.rows.enumerated() {
            XCTAssertEqual(row[1].complex.re, k < 2 ? 0.2 : -0.1, accuracy: 1e-12)
            XCTAssertEqual(row[1].complex.im, 0, accuracy: 1e-12)
        }
        guard case .figure(let figure) = outputs.last else { return XCTFail("no spectrum figure") }
        guard case .points(_, let x, _, _) = figure.panels[0].series[0] else { return XCTFail("spectrum is not points") }
        XCTAssertEqual(x.min()!, -0.3, accuracy: 1e-12)
        XCTAssertEqual(x.count, 128)
    }
}
