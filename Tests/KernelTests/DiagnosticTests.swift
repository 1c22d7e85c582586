import SomaTestSupport
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

    private struct NoError: Error {}

    /// The first error the source gives; a source that gives none fails the test (the example no longer shows its problem).
    private func firstError(_ source: String, file: StaticString = #filePath, line: UInt = #line) throws -> Diagnostic {
        let outputs = Interpreter.withPrivateCache().execute(source)
        for case .error(let diagnostic) in outputs { return diagnostic }
        XCTFail("no error in \(outputs)", file: file, line: line)
        throw NoError()
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

    // MARK: - One problem of each family: the case, its facts and its wording

    /// Two potentials in volts, neither named v or V: a library synapse cannot tell which it reads.
    private let twoPotentials = """
        neuron N {
          var Vs = 0 mV, Vd = 0 mV
          input Isyn = 0 nA
          dVs/dt = Isyn / (1 nF)
          spike Vs > 1 mV
        }
        population A = N(2)

        """

    private struct Example {
        var family: String
        var source: String
        var problem: Problem
        var facts: [String: Problem.FactValue]
        var message: String
    }

    private var examples: [Example] {
        [
            Example(family: "lexer", source: "print 1e999\n", problem: .numberOutOfRange(literal: "1e999"),
                    facts: ["problem": .text("number_out_of_range"), "literal": .text("1e999")], message: "number '1e999' is out of range"),
            Example(family: "parser", source: "print 1 2\n", problem: .unexpected(found: "number 2", place: "at the end of the statement"),
                    facts: ["problem": .text("unexpected"), "found": .text("number 2"), "place": .text("at the end of the statement")],
                    message: "unexpected number 2 at the end of the statement"),
            Example(family: "block", source: "neuron Open {\n  var V = 0 mV\n", problem: .unclosed(what: "neuron Open"),
                    facts: ["problem": .text("unclosed"), "what": .text("neuron Open")], message: "missing '}' to close neuron Open"),
            Example(family: "declaration", source: "neuron R {\n  var t = 0 mV\n}\n", problem: .reservedName(name: "t"),
                    facts: ["problem": .text("reserved_name"), "name": .text("t")], message: "'t' is a reserved name"),
            Example(family: "definition", source: "neuron C {\n  var V = 0 mV\n  a = b\n  b = a\n  dV/dt = a / ms\n}\n",
                    problem: .circularDefinition(name: "a", chain: ["a", "b", "a"]),
                    facts: ["problem": .text("circular_definition"), "name": .text("a"), "chain": .text("a → b → a")],
                    message: "'a' is defined in terms of itself (a → b → a)"),
            Example(family: "call", source: "neuron F {\n  var V = 0 mV\n  dV/dt = exp(1, 2) * mV / ms\n}\n",
                    problem: .wrongArgumentCount(function: "exp", expected: 1, found: 2),
                    facts: ["problem": .text("wrong_argument_count"), "function": .text("exp"), "expected": .number(1), "found": .number(2)],
                    message: "exp takes 1 argument, not 2"),
            Example(family: "library", source: twoPotentials + "connect A -> A using AMPA all w = 1 nS\n",
                    problem: .inLibrarySynapse(synapse: "AMPA", problem: .ambiguousMembranePotential(model: "N", candidates: ["Vs", "Vd"], role: "v_post")),
                    facts: ["problem": .text("in_library_synapse"), "synapse": .text("AMPA"), "cause": .text("ambiguous_membrane_potential"),
                            "model": .text("N"), "candidates": .text("Vs, Vd"), "role": .text("v_post")],
                    message: "ambiguous membrane potential: N has 2 state variables in volts (Vs, Vd), none named v or V, for v_post in the library's AMPA"),
            Example(family: "value", source: cell + "population Q = Cell(0.5)\n",
                    problem: .outOfRange(what: "the number of neurons", value: 0.5, valid: "must be a whole number from 1 to 10^9"),
                    facts: ["problem": .text("out_of_range"), "what": .text("the number of neurons"), "value": .real(0.5),
                            "valid": .text("must be a whole number from 1 to 10^9")],
                    message: "the number of neurons must be a whole number from 1 to 10^9, not 0.5"),
            Example(family: "index", source: cell + "record P.V[5]\n", problem: .indexOutOfRange(owner: "P", items: "neurons", count: 2),
                    facts: ["problem": .text("index_out_of_range"), "owner": .text("P"), "items": .text("neurons"), "count": .number(2)],
                    message: "index out of range: P has neurons 0 to 1"),
            Example(family: "run", source: "neuron Boom {\n  var V = 1 mV\n  dV/dt = V * V / (1 mV * 1 ms)\n}\npopulation B = Boom(1)\nrun 10 ms\n",
                    problem: .nonFinite(population: "B", variable: "V", neuron: 0, value: "+Inf", time: "1.3 ms"),
                    facts: ["problem": .text("non_finite"), "population": .text("B"), "variable": .text("V"), "neuron": .number(0),
                            "value": .text("+Inf"), "time": .text("1.3 ms")],
                    message: "B.V[0] became +Inf at t = 1.3 ms; the run stopped there"),
            Example(family: "run",
                    source: "neuron Blow {\n  param k = 1\n  var x = 1\n  dx/dt = k * x * x / (1 ms)\n}\nnetwork G(k = 1) {\n  population P = Blow(3, k = k)\n}\n"
                        + "sweep W = G(k in [0.001, 1000])\n" + String(repeating: "run 100 ms dt = 0.1 ms method = euler jit = tcc\n", count: 2),
                    problem: .memberStopped(member: "W2", population: "W2.P", variable: "x", neuron: 0, value: "+Inf", time: "0.8 ms", step: 8),
                    facts: ["problem": .text("member_stopped"), "member": .text("W2"), "population": .text("W2.P"), "variable": .text("x"),
                            "neuron": .number(0), "value": .text("+Inf"), "time": .text("0.8 ms"), "step": .number(8)],
                    message: "member W2 stopped at t = 0.8 ms (step 8), where W2.P.x[0] became +Inf; its values are no continuation, so it does not run on"),
            Example(family: "analysis",
                    source: "neuron Two {\n  var V = 0 mV\n  var U = 0 mV\n  dV/dt = -V / ms\n  dU/dt = -U / ms\n}\nphaseplane Two x = W in [-1, 1] y = V in [-1, 1]\n",
                    problem: .unheldVariables(shown: ["W", "V"], model: "Two", others: ["U"]),
                    facts: ["problem": .text("unheld_variables"), "shown": .text("W, V"), "model": .text("Two"), "others": .text("U")],
                    message: "the phase plane shows W and V, but Two also has U"),
            Example(family: "plot", source: cell + "plot P.V\n", problem: .notRecorded(population: "P", field: "V", someNeurons: false),
                    facts: ["problem": .text("not_recorded"), "population": .text("P"), "field": .text("V")], message: "P.V is not recorded"),
            Example(family: "print", source: cell + "print mean(P.V, P.V)\n", problem: .printArguments(function: "mean", takes: "1 argument", found: 2),
                    facts: ["problem": .text("wrong_argument_count"), "function": .text("mean"), "takes": .text("1 argument"), "found": .number(2)],
                    message: "mean takes 1 argument"),
        ]
    }

    func testEachFamilyReportsItsCaseWithItsFacts() throws {
        for example in examples {
            let diagnostic = try firstError(example.source)
            XCTAssertEqual(diagnostic.problem, example.problem, example.family)
            XCTAssertEqual(Dictionary(uniqueKeysWithValues: diagnostic.problem.facts), example.facts, example.family)
            XCTAssertEqual(diagnostic.message, example.message, example.family)
        }
    }

    func testJSONCarriesANumberFactAsANumber() throws {
        let line = OutputFormat.json(.error(try firstError(cell + "population Q = Cell(0.5)\n")), cell: 1)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        XCTAssertEqual(object["problem"] as? String, "out_of_range")
        XCTAssertEqual(object["what"] as? String, "the number of neurons")
        XCTAssertEqual(object["value"] as? Double, 0.5)
        XCTAssertEqual(object["valid"] as? String, "must be a whole number from 1 to 10^9")
        XCTAssertEqual(object["message"] as? String, "the number of neurons must be a whole number from 1 to 10^9, not 0.5")
    }
}
