import Foundation
import XCTest
import Kernel
import SomaTestSupport

/// Issue 11: "a line after each definition saying what was defined", in the workbench and `soma run`;
/// sessions do not record it, so sessions saved before it existed still replay unchanged.
final class DefinitionLineTests: XCTestCase {
    private let text = """
        neuron LIF {
          param tau = 10 ms, El = -65 mV, Vth = -50 mV, Vreset = -65 mV, R = 10 Mohm
          var V = El
          input I = 0 nA
          dV/dt = (El - V + R*I) / tau
          spike V > Vth
          reset { V = Vreset }
        }
        system FHN {
          param a = 0.7, b = 0.8, tau = 12.5, Iext = 0.5
          var v = -1, w = 1
          dv/dt = v - v^3/3 - w + Iext
          dw/dt = (v + a - b*w) / tau
        }
        synapse Plastic {
          param tau = 5 ms
          var apre = 0 per synapse
          var g = 0 nA per post
          dapre/dt = -apre / (20 ms)
          dg/dt = -g / tau
          on pre { g += w
                   apre += 1 }
          on post { w = w + 0.01 nA * apre }
          current = g
        }
        population E = LIF(20)
        population I = LIF(5, Vth = -52 mV)
        connect E -> I using Plastic p = 0.1 w = 0.2 nA as EI
        connect I -> E, I using ExpCurr fanin = 2 w = -0.1 nA
        connect poisson(50, rate = 5 Hz) -> E using ExpCurr w = 0.1 nA
        E.I = 1 nA
        record E.spikes

        """

    private func defined(_ outputs: [Output]) -> [String] {
        outputs.compactMap { if case .defined(let line) = $0 { return line } else { return nil } }
    }

    func testEachDefinitionSaysWhatItDefined() {
        let outputs = Interpreter.withPrivateCache().execute(text)
        XCTAssertNil(firstError(outputs))
        XCTAssertEqual(defined(outputs), [
            "neuron LIF: 1 variable (V), 5 parameters, 1 input (I); method exp_euler by default",
            "system FHN: 2 variables (v, w), 4 parameters; method rk4 by default",
            "synapse Plastic: 1 variable (apre) per synapse, 1 per post (g), 1 parameter; on pre, on post (w plastic)",
            "population E: 20 LIF neurons",
            "population I: 5 LIF neurons (Vth set)",
            "projection EI: E -> I using Plastic, p = 0.1; connections drawn at the next run",
            "projection I_E: I -> E using ExpCurr, fanin = 2; connections drawn at the next run",
            "projection I_I: I -> I using ExpCurr, fanin = 2; connections drawn at the next run",
            "poisson input: 50 sources per neuron of E using ExpCurr",
        ])
    }

    func testASystemsPopulation() {
        let interpreter = Interpreter.withPrivateCache()
        _ = interpreter.execute("system D {\n  var x = 1\n  dx/dt = -x\n}")
        XCTAssertEqual(defined(interpreter.execute("population O = D(1)")), ["population O: 1 D system"])
    }

    /// Issue 11, "time per experiment": a population created after a run is told the clock it joins, not left to find out from its drives.
    func testAPopulationCreatedAfterARunSaysWhenOnTheSessionsClock() {
        let interpreter = Interpreter.withPrivateCache()
        XCTAssertNil(firstError(interpreter.execute(text + "run 20 ms")))
        XCTAssertEqual(defined(interpreter.execute("population Late = LIF(3)")),
                       ["population Late: 3 LIF neurons, created at t = 20 ms (the session's clock: drives of t read it; reset starts over)"])
        _ = interpreter.execute("reset")
        XCTAssertEqual(defined(interpreter.execute("population Later = LIF(3)")), ["population Later: 3 LIF neurons"])
    }

    /// A definition run again says so again; one that fails says nothing but its error.
    func testARedefinitionPrintsItsLineAndAFailedOneNone() {
        let interpreter = Interpreter.withPrivateCache()
        _ = interpreter.execute(text)
        let again = interpreter.execute("population E = LIF(30)")
        XCTAssertEqual(defined(again), ["population E: 30 LIF neurons"])
        let failed = interpreter.execute("population Q = Nobody(3)")
        XCTAssertEqual(defined(failed), [])
        XCTAssertNotNil(firstError(failed))
    }

    /// The line is for reading: a session records only results, so old sessions still check.
    func testSessionsDoNotRecordIt() {
        let outputs = Interpreter.withPrivateCache().execute(text + "print 1 + 1")
        XCTAssertEqual(OutputRecord.lines(for: outputs), RecordedLines(outputs: ["1 + 1 = 2"]))
    }

    /// `soma run` prints it as text, and `--json` as objects of their own kind, beside the existing ones.
    func testSomaRunPrintsItAndItsJSONKind() throws {
        try XCTSkipUnless(SomaBinary.isBuilt, "build soma first: swift build")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("soma-defined-\(UUID().uuidString).soma").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try (text + "print 1 + 1\n").write(toFile: path, atomically: true, encoding: .utf8)
        let run = try SomaBinary.run(["run", path])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.hasPrefix("neuron LIF: 1 variable (V), 5 parameters, 1 input (I); method exp_euler by default\n"), run.output)
        let json = try SomaBinary.run(["run", path, "--json"])
        let objects = json.output.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        XCTAssertEqual(objects.filter { $0["kind"] as? String == "defined" }.count, 9, json.output)
        XCTAssertEqual(objects.first?["message"] as? String, "neuron LIF: 1 variable (V), 5 parameters, 1 input (I); method exp_euler by default")
        XCTAssertEqual(objects.last?["kind"] as? String, "value")
    }
}
