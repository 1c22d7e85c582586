import Foundation
import SomaTestSupport
import XCTest
import Kernel
@testable import Analysis
@testable import Execution
@testable import Language

/// The ring network of examples/ring_attractor.soma (N = 128, J0 = −2, J1 = 6, F(u) = 1/(1 + e^(−4(u + 1)))).
final class RingAttractorTests: XCTestCase {
    let n = 128
    func f(_ u: Double) -> Double { 1 / (1 + exp(-4 * (u + 1))) }
    func angle(_ i: Int) -> Double { 2 * Double.pi * Double(i) / Double(n) }

    /// The bump's order parameters, independently: m0 = ⟨F(J0 m0 + J1 ρ cos θ)⟩ and
    /// ρ = ⟨F(J0 m0 + J1 ρ cos θ) cos θ⟩ over the N angles, by 2-D Newton with difference quotients.
    func bumpOrderParameters() -> (m0: Double, rho: Double) {
        func residual(_ m0: Double, _ rho: Double) -> (Double, Double) {
            var (a, b) = (0.0, 0.0)
            for j in 0..<n {
                let r = f(-2 * m0 + 6 * rho * cos(angle(j)))
                a += r / Double(n)
                b += r * cos(angle(j)) / Double(n)
            }
            return (a - m0, b - rho)
        }
        var (m0, rho) = (0.5, 0.3)
        for _ in 0..<50 {
            let (g0, g1) = residual(m0, rho), h = 1e-7
            let (a0, a1) = residual(m0 + h, rho), (b0, b1) = residual(m0, rho + h)
            let (j00, j10, j01, j11) = ((a0 - g0) / h, (a1 - g1) / h, (b0 - g0) / h, (b1 - g1) / h)
            let det = j00 * j11 - j01 * j10
            m0 -= (j11 * g0 - j01 * g1) / det
            rho -= (j00 * g1 - j10 * g0) / det
        }
        return (m0, rho)
    }

    /// Every fixed point other than the uniform one is a bump r_i = F(J0 m0 + J1 ρ cos(θ_i − ψ)) with the
    /// independent m0 and ρ (to 1e-9), at several different ψ: they lie on one ring. At each, the largest
    /// eigenvalue is 0 (the ring's tangent; |λ1| < 1e-8 /ms against rates of 0.1 /ms) and the rest are negative.
    func testFixedPointsFormARingOfBumps() throws {
        let interpreter = Interpreter.withPrivateCache()
        XCTAssertNil(firstError(interpreter.execute(try example("ring_attractor.soma").components(separatedBy: "\nfixedpoints")[0])))
        let at = SourceRange(SourcePosition(line: 1, column: 1, offset: 0))
        let system = try interpreter.dynamicalSystem("R", at: at)
        XCTAssertEqual(system.dimension, n)
        let points = try SlowPointSearch(system: system, parameters: system.parameterValues,
                                     box: Array(repeating: 0...1, count: n)).run()
        let (m0, rho) = bumpOrderParameters()
        XCTAssertGreaterThan(rho, 0.1)
        var positions: [Double] = []
        for point in points where point.isFixed {
            let r = point.state
            let c = r.indices.reduce(0) { $0 + r[$1] * cos(angle($1)) } / Double(n)
            let s = r.indices.reduce(0) { $0 + r[$1] * sin(angle($1)) } / Double(n)
            let mean = r.reduce(0, +) / Double(n)
            if (c * c + s * s).squareRoot() < 1e-6 {
                XCTAssertEqual(mean, 0.5, accuracy: 1e-9)
                XCTAssertEqual(point.eigenvalues[0].re * 1e-3, 0.2, accuracy: 1e-9)
                XCTAssertEqual(point.eigenvalues[1].re * 1e-3, 0.2, accuracy: 1e-9)
                continue
            }
            let psi = atan2(s, c)
            XCTAssertEqual(mean, m0, accuracy: 1e-9)
            XCTAssertEqual((c * c + s * s).squareRoot(), rho, accuracy: 1e-9)
            for i in 0..<n { XCTAssertEqual(r[i], f(-2 * m0 + 6 * rho * cos(angle(i) - psi)), accuracy: 1e-9) }
            XCTAssertLessThan(abs(point.eigenvalues[0].re) * 1e-3, 1e-8)
            XCTAssertLessThan(point.eigenvalues[1].re * 1e-3, -0.05)
            positions.append(psi)
        }
        XCTAssertGreaterThanOrEqual(positions.count, 4)
        var distinct: [Double] = []
        for psi in positions.sorted() where distinct.last.map({ psi - $0 > 0.01 }) ?? true { distinct.append(psi) }
        XCTAssertGreaterThanOrEqual(distinct.count, 3)
    }

    /// The statement's table: the uniform saddle (max r = 1/2; λ1 = λ2 = 0.2/ms, λ3 = −1/tau), the bumps, and the spectrum figure.
    func testTableAndSpectrumFigure() throws {
        let outputs = runModel(try example("ring_attractor.soma"))
        let table = tables(outputs)[0]
        XCTAssertEqual(table.columns.map(\.name), ["kind", "mean r", "max r", "peak at", "q", "λ1", "λ2", "λ3", "type"])
        guard let uniform = table.rows.first(where: { abs($0[2].number - 0.5) < 1e-9 }) else { return XCTFail("no uniform state") }
        XCTAssertEqual(uniform[8].word, "saddle (2 unstable)")
        XCTAssertEqual(uniform[5].complex.re, 0.2, accuracy: 1e-9)
        XCTAssertEqual(uniform[7].complex.re, -0.1, accuracy: 1e-9)
        XCTAssertGreaterThanOrEqual(table.rows.filter { $0[8].word == "non-hyperbolic" }.count, 4)
        XCTAssertTrue(outputs.contains { if case .figure = $0 { return true } else { return false } })
    }

    func testCouplingErrors() {
        let model = "system U {\n  param tau = 10 ms\n  input I = 0\n  var r = 0\n  dr/dt = (-r + I) / tau\n}\npopulation R = U(4)\n"
        let cases: [(String, String)] = [
            ("couple R.r -> R.I weight = 1 ms", "unit mismatch: the weight must be dimensionless (1) (input per unit of the variable), not time (s)"),
            ("couple R.I -> R.I weight = 1", "U has no state variable 'I'"),
            ("couple R.r -> R.r weight = 1", "U has no input 'r'"),
            ("couple R.r -> R.I weight = r", "a weight is fixed: it cannot read the state variable r"),
            ("couple R.r -> R.I weight = 1/(i - j)", "the weight is not finite for some i, j"),
        ]
        for (statement, message) in cases {
            XCTAssertEqual(firstError(Interpreter.withPrivateCache().execute(model + statement))?.message, message, statement)
        }
    }

    /// Simulated (rk4, dt = 0.1 ms, 300 ms) from r_i = 1/2 + 0.3 cos(θ_i − θ_40), the network relaxes onto the
    /// bump the fixed-point test finds: r_i = F(J0 m0 + J1 ρ cos(θ_i − θ_40)) with the independent m0 and ρ, to 1e-9
    /// (the slowest transverse mode decays at 0.093/ms, e^(−28) ≈ 1e-12 of the start; by symmetry the bump stays
    /// at θ_40), and the end state is a fixed point of the analysed system (|f| < 1e-9 of the rate 1/tau).
    func testSimulationRelaxesOntoTheBump() throws {
        let interpreter = Interpreter.withPrivateCache()
        let network = try example("ring_attractor.soma").components(separatedBy: "\nfixedpoints")[0]
        let outputs = interpreter.execute(network + "\nR.r = 0.5 + 0.3 * cos(2 * pi * (i - 40) / N)\nrun 300 ms dt = 0.1 ms method = rk4\n")
        XCTAssertNil(firstError(outputs))
        let r = try XCTUnwrap(interpreter.buffer("r", of: "R")).values
        let (m0, rho) = bumpOrderParameters()
        for i in 0..<n { XCTAssertEqual(r[i], f(-2 * m0 + 6 * rho * cos(angle(i) - angle(40))), accuracy: 1e-9, "r[\(i)]") }
        let system = try interpreter.dynamicalSystem("R", at: SourceRange(SourcePosition(line: 1, column: 1, offset: 0)))
        let speed = system.rhs(r, system.parameterValues).map(abs).max()!
        XCTAssertLessThan(speed * 10e-3, 1e-9)
    }
}
