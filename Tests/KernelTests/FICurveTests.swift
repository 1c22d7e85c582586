import SomaTestSupport
import XCTest
import Kernel
@testable import Execution

/// `fi MODEL I in [a, b] n = N for T`: one population, one run, each neuron's steady rate against its drive.
final class FICurveTests: XCTestCase {
    private func table(_ source: String) throws -> Table {
        let outputs = Interpreter.withPrivateCache().execute(source)
        XCTAssertNil(firstError(outputs).map { "\($0.line):\($0.column) \($0.problem)" })
        let table = outputs.compactMap { if case .table(let t) = $0 { return t } else { return nil } }.first
        XCTAssertTrue(outputs.contains { if case .figure = $0 { return true } else { return false } }, "the curve is drawn")
        return try XCTUnwrap(table)
    }

    private func numbers(_ row: [Table.Entry]) -> (Double, Double) {
        guard case .number(let x) = row[0], case .number(let y) = row[1] else { preconditionFailure("numbers") }
        return (x, y)
    }

    /// The library's LIFRef (V_rest = 0, V_reset = -5 mV, V_th = 20 mV, R = 1 Mohm, tau = 10 ms, tau_ref = 1 ms):
    /// f = 1 / (tau_ref + tau·ln((R·I − V_reset)/(R·I − V_th))) above the rheobase R·I = V_th, 0 at and below it.
    /// Its linear equation is stepped exactly (exp_euler), so each interval is the closed form's rounded up to
    /// the step: f/(1 + f·dt) ≤ rate ≤ f.
    func testLIFMatchesItsClosedForm() throws {
        let dt = 1e-5
        let table = try table("fi LIFRef I in [0 nA, 100 nA] n = 21 for 1 s dt = 0.01 ms\n")
        XCTAssertEqual(table.columns.map(\.name), ["I", "rate"])
        XCTAssertEqual(table.columns.map(\.unit), ["nA", "Hz"])
        XCTAssertEqual(table.rows.count, 21)
        for row in table.rows {
            let (current, rate) = numbers(row)
            let ri = current   // mV, with R = 1 Mohm and I in nA
            guard ri > 20 else { XCTAssertEqual(rate, 0, "I = \(current) nA"); continue }
            let f = 1 / (1e-3 + 10e-3 * log((ri + 5) / (ri - 20)))
            XCTAssertLessThanOrEqual(rate, f * (1 + 1e-12), "I = \(current) nA")
            XCTAssertGreaterThanOrEqual(rate, f / (1 + f * dt), "I = \(current) nA")
        }
    }

    /// ExpIF's rheobase in closed form: the fixed points of −(V − V_rest) + ΔT·exp((V − V_T)/ΔT) + R·I = 0 meet at
    /// V = V_T when R·I = V_T − V_rest − ΔT = 1.62 mV (I = 1.62 nA): silent at 1.61 nA and below, firing from 1.64 nA.
    func testExpIFRheobaseMatchesItsClosedForm() throws {
        let table = try table("fi ExpIF I in [1.5 nA, 1.74 nA] n = 25 for 2 s dt = 0.01 ms\n")
        for row in table.rows {
            let (current, rate) = numbers(row)
            if current <= 1.61 + 1e-9 { XCTAssertEqual(rate, 0, "I = \(current) nA") }
            if current >= 1.64 - 1e-9 { XCTAssertGreaterThan(rate, 0, "I = \(current) nA") }
        }
    }

    /// Strong drives at dt = 0.01 ms: a Runge–Kutta stage that overshot the cut-off inside a spike's step took exp of hundreds,
    /// overflowed, and V became NaN from 25 nA on (AdEx's rate even fell from 79 Hz at 9 nA to 34 Hz at 10 nA on the way).
    /// With the exponential taken up to V_th every rate is finite and rises with the drive, and each stays below the
    /// bound of a neuron that jumps from its reset to V_th at once: 1/tau_ref for ExpIF, 1/dt for AdEx.
    func testStrongDrivesGiveFiniteRisingRates() throws {
        for (model, bound) in [("AdExIF", 1e5), ("ExpIF", 1 / 1.7e-3)] {
            let table = try table("fi \(model) I in [5 nA, 100 nA] n = 20 for 500 ms dt = 0.01 ms\n")
            let rates = table.rows.map { numbers($0).1 }
            XCTAssertEqual(rates.count, 20)
            XCTAssertTrue(rates.allSatisfy { $0.isFinite && $0 > 0 && $0 < bound }, "\(model): \(rates)")
            for k in 1..<rates.count { XCTAssertGreaterThan(rates[k], rates[k - 1], "\(model) at \(numbers(table.rows[k]).0) nA") }
        }
    }

    /// The session's network is left as it was: no population is added and a model defined in the session is used.
    func testACurveLeavesTheSessionAlone() throws {
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute("""
            neuron Mine {
              param tau = 10 ms
              var V = 0 mV
              input I = 0 mV
              dV/dt = (I - V) / tau
              spike V > 10 mV
              reset { V = 0 mV }
            }
            fi Mine I in [0 mV, 20 mV] n = 3 for 100 ms
            """)
        XCTAssertNil(firstError(outputs))
        XCTAssertTrue(interpreter.network.populations.isEmpty)
        XCTAssertEqual(interpreter.state.time, 0)
    }

    /// Bad curves are typed errors at the place written.
    func testBadCurvesAreReportedWhereWritten() throws {
        let cases: [(String, Int, String)] = [
            ("fi LIFRef I in [0 nA, 1 nA] n = 1 for 1 s", 33, "from 2"),
            ("fi LIFRef J in [0 nA, 1 nA] for 1 s", 11, "inputs are I"),
            ("fi LIFRef I in [0 nA, 1 mV] for 1 s", 23, "highest I"),
            ("fi Nope I in [0 nA, 1 nA] for 1 s", 4, "Nope"),
            ("fi LIFRef I in [0 nA, 1 nA] n = 5", 34, "for"),
                        ("fi WilsonCowan Q in [0, 1] for 1 s", 4, "never spikes"),
        ]
        for (line, column, words) in cases {
            let outputs = Interpreter.withPrivateCache().execute(line + "\n")
            guard let error = firstError(outputs) else { XCTFail("no error for \(line)"); continue }
            XCTAssertEqual(error.range.start.column, column, line)
            let text = DiagnosticRenderer(fileName: "fi.soma", source: line).render(error)
            XCTAssertTrue(text.contains(words), "\(line): \(text)")
        }
    }
}
