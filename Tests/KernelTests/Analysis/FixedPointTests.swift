import Foundation
import XCTest
import Kernel
@testable import Analysis
@testable import Execution
@testable import Output
import SomaTestSupport

func tables(_ outputs: [Output]) -> [Table] {
    outputs.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
}

extension Table.Entry {
    var number: Double {
        if case .number(let x) = self { return x }
        return .nan
    }
    var complex: (re: Double, im: Double) {
        if case .complex(let re, let im) = self { return (re, im) }
        return (.nan, .nan)
    }
    var word: String {
        if case .text(let w) = self { return w }
        return ""
    }
}

/// Fixed points against closed forms and independent computations. Newton stops
/// when a step is below 1e-10 of the box, so states agree to 1e-9 relative;
/// eigenvalues, from LAPACK at that state, to 1e-9.
final class FixedPointTests: XCTestCase {
    /// FHN (a = 0.7, b = 0.8, tau = 12.5): v is the one real root of v³ + 0.75v − 3(I − 0.875) = 0
    /// (Cardano), w = (v + a)/b; eigenvalues from the trace 1 − v² − b/tau and determinant (b(v² − 1) + 1)/tau.
    func testFitzHughNagumoMatchesTheCubicsRootAndItsLinearisation() throws {
        let source = try example("fhn_analysis.soma").components(separatedBy: "\nfixedpoints")[0]
        for current in [0.0, 0.2, 0.5, 1.0, 1.5] {
            let table = tables(runModel(source + "\nfixedpoints FHN with Iext = \(current)"))[0]
            XCTAssertEqual(table.rows.count, 1)
            let q = -3 * (current - 0.875), p = 0.75
            let root = (q * q / 4 + p * p * p / 27).squareRoot()
            let v = cbrt(-q / 2 + root) + cbrt(-q / 2 - root)
            XCTAssertEqual(table.rows[0][0].number, v, accuracy: 1e-9)
            XCTAssertEqual(table.rows[0][1].number, (v + 0.7) / 0.8, accuracy: 1e-9)
            let trace = 1 - v * v - 0.8 / 12.5, det = (0.8 * (v * v - 1) + 1) / 12.5
            let discriminant = trace * trace / 4 - det
            let lambda = table.rows[0][2].complex
            XCTAssertEqual(lambda.re, discriminant < 0 ? trace / 2 : trace / 2 + discriminant.squareRoot(), accuracy: 1e-9)
            XCTAssertEqual(abs(lambda.im), discriminant < 0 ? (-discriminant).squareRoot() : 0, accuracy: 1e-9)
            let expected = discriminant < 0 ? (trace < 0 ? "stable focus" : "unstable focus") : (trace < 0 ? "stable node" : "unstable node")
            XCTAssertEqual(table.rows[0][4].word, expected, "Iext = \(current)")
        }
    }

    /// Threshold-linear mutual inhibition: (I, 0) and (0, I) with eigenvalues −1/tau (stable nodes),
    /// and I/(1 + w) on the diagonal with (w − 1)/tau and −(1 + w)/tau (a saddle); tau = 20 ms, w = 2, I = 30 Hz.
    func testDecisionModelHasTwoWinnersAndAnUndecidedSaddle() throws {
        let table = tables(runModel(try example("decision_rates.soma")))[0]
        XCTAssertEqual(table.columns.map(\.unit), ["Hz", "Hz", "1/ms", "1/ms", ""])
        XCTAssertEqual(table.rows.count, 3)
        let expected: [(Double, Double, Double, Double, String)] = [
            (0, 30, -0.05, -0.05, "stable node"), (10, 10, 0.05, -0.15, "saddle"), (30, 0, -0.05, -0.05, "stable node"),
        ]
        for (row, e) in zip(table.rows, expected) {
            XCTAssertEqual(row[0].number, e.0, accuracy: 1e-9)
            XCTAssertEqual(row[1].number, e.1, accuracy: 1e-9)
            XCTAssertEqual(row[2].complex.re, e.2, accuracy: 1e-12)
            XCTAssertEqual(row[3].complex.re, e.3, accuracy: 1e-12)
            XCTAssertEqual(row[4].word, e.4)
        }
    }

    /// INa,p + IK: equilibria satisfy I∞(V) = I with n = n∞(V); the rest and the saddle meet at the
    /// local maximum of I∞ (the rheobase, found here by golden-section search in plain doubles),
    /// so 3 equilibria 0.01 uA/cm² below it and 1 above, and the fold's eigenvalue → 0 there.
    func testClassIExcitableNeuronFoldsAtTheRheobase() throws {
        func mInf(_ v: Double) -> Double { 1 / (1 + exp((-20 - v) / 15)) }
        func nInf(_ v: Double) -> Double { 1 / (1 + exp((-25 - v) / 5)) }
        func iInf(_ v: Double) -> Double { 8 * (v + 80) + 20 * mInf(v) * (v - 60) + 10 * nInf(v) * (v + 90) }
        var (a, b) = (-70.0, -50.0)
        for _ in 0..<200 {
            let c = b - (b - a) / 1.618033988749895, d = a + (b - a) / 1.618033988749895
            if iInf(c) > iInf(d) { b = d } else { a = c }
        }
        let vFold = (a + b) / 2, rheobase = iInf(vFold)
        XCTAssertEqual(rheobase, 4.51, accuracy: 0.01, "Izhikevich (2007) fig. 6.9 quotes I ≈ 4.51")

        let model = try example("class1_fold.soma").components(separatedBy: "\nfixedpoints")[0]
        let region = "in V = [-90 mV, 20 mV], n = [0, 1]"
        let below = tables(runModel(model + "\nfixedpoints INapIK with I = \(rheobase - 0.01) uA/cm^2 \(region)"))[0]
        let above = tables(runModel(model + "\nfixedpoints INapIK with I = \(rheobase + 0.01) uA/cm^2 \(region)"))[0]
        XCTAssertEqual(below.rows.map { $0[4].word }, ["stable node", "saddle", "unstable focus"])
        XCTAssertEqual(above.rows.map { $0[4].word }, ["unstable focus"])
        for row in below.rows {
            let v = row[0].number
            XCTAssertEqual(iInf(v), rheobase - 0.01, accuracy: 1e-7)
            XCTAssertEqual(row[1].number, nInf(v), accuracy: 1e-9)
        }
        // Near a fold the critical eigenvalue scales as √(I_fold − I); 0.01 below, it is far below the others.
        XCTAssertLessThan(abs(below.rows[0][2].complex.re), 0.1)
        XCTAssertLessThan(abs(below.rows[1][2].complex.re), 0.1)
        XCTAssertEqual(below.rows[0][0].number, vFold, accuracy: 1.5)
        XCTAssertEqual(below.rows[1][0].number, vFold, accuracy: 1.5)
    }

    func testStabilityNames() {
        func s(_ pairs: [(Double, Double)]) -> String { Stability(eigenvalues: pairs.map { LinearAlgebra.Complex($0.0, $0.1) }).name }
        XCTAssertEqual(s([(0, 1), (0, -1)]), "centre")
        XCTAssertEqual(s([(-1, 0)]), "stable")
        XCTAssertEqual(s([(2, 0), (1, 0), (-1, 0)]), "saddle (2 unstable)")
        XCTAssertEqual(s([(1, 1), (1, -1), (3, 0)]), "unstable")
        XCTAssertEqual(s([(0, 0), (-1, 0), (-1, 0)]), "non-hyperbolic")
    }

    func testBadRequestsPointAtTheirPosition() {
        let model = "system S {\n  var x = 0, y = 0\n  dx/dt = -x\n  dy/dt = -y\n}\n"
        let cases: [(String, Int, Int, String)] = [
            ("fixedpoints S in z = [0, 1]", 6, 18, "'z' is not a state variable of the analysed system"),
            ("fixedpoints S in x = [1, 0]", 6, 18, "empty interval: x runs from low to high"),
            ("fixedpoints S with a = 1", 6, 20, "S has no parameter or input 'a'"),
            ("fixedpoints S in x = [0 ms, 1]", 6, 23, "unit mismatch: the low end of x is dimensionless (1), the value is time (s)"),
            ("fixedpoints S with", 6, 19, "expected a name, found end of input"),
            ("fixedpoints S in x = [0, 1] in y = [0, 1]", 6, 29, "'in' is given twice"),
            ("fixedpoints S from (1, 2)", 6, 15, "unexpected 'from' in fixedpoints"),
            ("phaseplane S x = x in [0, 1]", 6, 1, "the phase plane shows x, but S also has y"),
            ("phaseplane S y = x in [0, 1]", 6, 14, "give the x axis before y"),
            ("phaseplane S x = x in [0, 1] y = y in [0, 1] from (1)", 6, 52, "a starting point needs 2 values (x, y), not 1"),
            ("phaseplane S", 6, 1, "phaseplane needs an axis: x = variable in [low, high]"),
        ]
        for (statement, line, column, message) in cases {
            let d = firstError(Interpreter.withPrivateCache().execute(model + statement))
            XCTAssertEqual(d?.message, message, statement)
            XCTAssertEqual(d?.line, line, statement)
            XCTAssertEqual(d?.column, column, statement)
        }
    }
}

/// `soma run` prints the table as aligned text, and `--json` as one object whose numbers round-trip.
final class FixedPointCommandTests: XCTestCase {
    func testSomaRunPrintsTheTableAsTextAndJSON() throws {
        guard SomaBinary.isBuilt else { throw XCTSkip("soma is not built") }
        let file = repositoryRoot.appendingPathComponent("examples/decision_rates.soma").path
        let text = try SomaBinary.run(["run", file])
        XCTAssertEqual(text.status, 0, text.output)
        XCTAssertTrue(text.output.contains("""
        fixed points of Decision
        r1 (Hz)  r2 (Hz)  λ1 (1/ms)  λ2 (1/ms)  type
              0       30      -0.05      -0.05  stable node
             10       10       0.05      -0.15  saddle
             30        0      -0.05      -0.05  stable node
        """), text.output)
        let json = try SomaBinary.run(["run", file, "--json"])
        let line = try XCTUnwrap(json.output.split(separator: "\n").first { $0.contains(#""kind":"table""#) })
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        XCTAssertEqual(object["title"] as? String, "fixed points of Decision")
        let rows = try XCTUnwrap(object["rows"] as? [[Any]])
        XCTAssertEqual(rows.count, 3)
        XCTAssertEqual(rows[1][0] as? Double ?? .nan, 10, accuracy: 1e-9)
        XCTAssertEqual((rows[1][2] as? [String: Double])?["re"] ?? .nan, 0.05, accuracy: 1e-12)
        XCTAssertEqual(rows[1][4] as? String, "saddle")
    }
}
