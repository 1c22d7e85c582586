import XCTest
import Kernel
@testable import Execution
@testable import Language
@testable import Output

/// Problems are cases that carry their facts; the wording comes from one place and JSON carries the facts as fields.
final class DiagnosticTests: XCTestCase {
    private let cell = """
        neuron Cell {
          param E = -65 mV
          var V = E
          dV/dt = (E - V) / (10 ms)
        }
        population P = Cell(2)

        """

    private func firstError(_ source: String) throws -> Diagnostic {
        let outputs = Interpreter().execute(source)
        for case .error(let diagnostic) in outputs { return diagnostic }
        throw XCTSkip("no error in \(outputs)")
    }

    func testAUnitMismatchCarriesItsSubjectAndBothDimensions() throws {
        let diagnostic = try firstError(cell + "P.V = 2 nA\n")
        XCTAssertEqual(diagnostic.problem, .unitMismatch(subject: "P.V", expected: .voltage, found: .current))
        XCTAssertEqual(diagnostic.message, "unit mismatch: P.V is voltage (V), the value is current (A)")
        XCTAssertEqual([diagnostic.line, diagnostic.column], [7, 7])
    }

    func testUnknownNamesAndMissingMembersCarryWhatWasLookedFor() throws {
        XCTAssertEqual(try firstError(cell + "population Q = Nope(3)\n").problem, .unknown(kind: "model", name: "Nope"))
        XCTAssertEqual(try firstError(cell + "record P.W\n").problem, .noSuchMember(owner: "Cell", kind: "state variable", name: "W"))
        XCTAssertEqual(try firstError(cell + "record P.spikes\n").problem, .neverSpikes(population: "P", model: "Cell"))
        XCTAssertEqual(try firstError(cell + "run 1 ms dt = 0.1 ms dt = 0.2 ms\n").problem, .givenTwice(name: "dt"))
    }

    func testSyntaxErrorsSayWhatWasExpectedAndWhatWasFound() throws {
        XCTAssertEqual(try firstError("population P = \n").problem, .syntax(expected: "a neuron or system name", found: "end of line"))
        XCTAssertEqual(try firstError("print 1 +\n").problem, .syntax(expected: "a value", found: "end of line"))
    }

    func testJSONCarriesTheFactsAsFields() throws {
        let line = OutputFormat.json(.error(try firstError(cell + "P.V = 2 nA\n")), cell: 1)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        XCTAssertEqual(object["problem"] as? String, "unit_mismatch")
        XCTAssertEqual(object["subject"] as? String, "P.V")
        XCTAssertEqual(object["expected"] as? String, "voltage (V)")
        XCTAssertEqual(object["found"] as? String, "current (A)")
        XCTAssertEqual(object["line"] as? Int, 7)
    }
}
