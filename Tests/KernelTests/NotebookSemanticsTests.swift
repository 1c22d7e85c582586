import Foundation
import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import Runtime

/// Cells as a notebook user re-runs them (issue 11): a definition run again in a later cell replaces
/// the first and what was built on it is built again; `delete` takes a population and everything
/// about it away; `reset` starts the clock over with every value at its initial one and the same
/// connections. Each is checked against numbers, not only the absence of errors.
final class NotebookSemanticsTests: XCTestCase {
    private let decay = """
        system D {
          param k = 1
          var x = 1
          dx/dt = -k * x
        }
        population P = D(2)

        """

    private let network = """
        neuron Src {
          param tau = 10 ms
          var V = 0 mV
          input I = 20 mV
          dV/dt = (I - V) / tau
          spike V > 10 mV
          reset { V = 0 mV }
        }
        synapse Jump {
          var g = 0 mV per post
          dg/dt = -g / (5 ms)
          on pre { g += w }
          current = g
        }
        population A = Src(200)
        population B = Src(200)
        population C = Src(50)
        A.V = 10 mV * rand()
        connect A -> B using Jump p = 0.1 w = 1 mV
        connect C -> B using Jump p = 0.2 w = 2 mV
        record B.spikes

        """

    private func execute(_ interpreter: Interpreter, _ cell: String) -> [Output] {
        let outputs = interpreter.execute(cell)
        for case .error(let d) in outputs { XCTFail("\(d.line):\(d.column): \(d.message)") }
        return outputs
    }

    private func errors(_ outputs: [Output]) -> [Diagnostic] {
        outputs.compactMap { if case .error(let d) = $0 { return d } else { return nil } }
    }

    private func connections(_ interpreter: Interpreter, _ k: Int) -> [Int32] {
        let list = interpreter.state.projections[k].synapses!
        return (0..<list.count).map { Int32(list.columns[$0]) } + (0..<list.rows.count).map { Int32(list.rows[$0]) }
    }

    func testAModelDefinedAgainInALaterCellReplacesTheFirstAndItsPopulationsStartOver() throws {
        let interpreter = Interpreter.withPrivateCache()
        _ = execute(interpreter, decay + "run 1 dt = 0.001 method = rk4\n")
        XCTAssertEqual(interpreter.buffer("x", of: "P")![0], exp(-1), accuracy: 1e-12)
        _ = execute(interpreter, "system D {\n  param k = 2\n  var x = 1\n  dx/dt = -k * x\n}\n")
        XCTAssertEqual(interpreter.network.population(named: "P")?.parameters["k"], 2, "P is built again from the new D")
        XCTAssertEqual(printed(execute(interpreter, "print P.x\n"), "P.x"), [1, 1], "a population of a redefined model starts from its initial values")
        _ = execute(interpreter, "run 1 dt = 0.001 method = rk4\n")
        XCTAssertEqual(interpreter.buffer("x", of: "P")![0], exp(-2), accuracy: 1e-12)
        XCTAssertEqual(interpreter.state.time, 2, accuracy: 1e-12, "the clock is the session's: it keeps going")
    }

    func testDefiningAModelTwiceInOneCellIsStillAnError() {
        let outputs = Interpreter.withPrivateCache().execute(decay + "system D {\n  var y = 0\n}\n")
        XCTAssertEqual(errors(outputs).map(\.message), ["redefinition of D (first defined at line 1)"])
    }

    func testARedefinitionThatBreaksALaterStatementIsRefusedAndChangesNothing() {
        let interpreter = Interpreter.withPrivateCache()
        _ = execute(interpreter, decay + "P.x = 3\n")
        let outputs = interpreter.execute("system D {\n  var y = 1\n  dy/dt = -y\n}\n")
        XCTAssertEqual(errors(outputs).first?.message, "D has no variable, input or parameter 'x'")
        XCTAssertNotNil(interpreter.network.models["D"]?.variable("x"), "the old D stays")
        _ = execute(interpreter, "print P.x\n")
        XCTAssertEqual(interpreter.buffer("x", of: "P")![0], 3)
    }

    func testDeleteTakesAPopulationItsConnectionsAndTheirMergedVariablesAway() throws {
        let interpreter = Interpreter.withPrivateCache()
        _ = execute(interpreter, network + "run 20 ms seed = 3\n")
        let fromC = connections(interpreter, 1)
        XCTAssertNotNil(interpreter.network.population(named: "B")?.model.variable("g_A"))
        let deleted = execute(interpreter, "delete A\n")
        XCTAssertEqual(deleted.count, 1)
        XCTAssertNil(interpreter.network.population(named: "A"))
        XCTAssertNil(interpreter.network.population(named: "B")?.model.variable("g_A"), "A's synapse variable leaves B's model")
        XCTAssertEqual(interpreter.network.projections.count, 1)
        XCTAssertEqual(connections(interpreter, 0), fromC, "C -> B keeps its connections")
        _ = execute(interpreter, "run 20 ms\n")
        XCTAssertEqual(interpreter.state.time, 0.04, accuracy: 1e-12)
        let unknown = errors(interpreter.execute("print A.V\n"))
        XCTAssertEqual(unknown.first?.message, "unknown population or projection 'A'")
    }

    func testDeletingAModelThatAPopulationUsesSaysWhichOne() {
        let interpreter = Interpreter.withPrivateCache()
        _ = execute(interpreter, decay)
        XCTAssertEqual(errors(interpreter.execute("delete D\n")).first?.message, "D is used by P")
        _ = execute(interpreter, "delete P\ndelete D\n")
        XCTAssertNil(interpreter.network.models["D"])
    }

    func testResetStartsTheClockOverAndTheSameRunGivesTheSameBitsOnTheSameConnections() throws {
        let interpreter = Interpreter.withPrivateCache()
        _ = execute(interpreter, network + "run 30 ms seed = 5\n")
        let first = interpreter.state.spikeRecords["B"]!
        let before = connections(interpreter, 0)
        let state = interpreter.buffer("V", of: "B")!.values
        _ = execute(interpreter, "reset\n")
        XCTAssertEqual(interpreter.state.time, 0)
        _ = execute(interpreter, "run 30 ms\n")
        let second = interpreter.state.spikeRecords["B"]!
        XCTAssertGreaterThan(first.times.count, 0)
        XCTAssertEqual(second.times.map(\.bitPattern), first.times.map(\.bitPattern))
        XCTAssertEqual(second.indices, first.indices)
        XCTAssertEqual(interpreter.buffer("V", of: "B")!.values.map(\.bitPattern), state.map(\.bitPattern))
        XCTAssertEqual(connections(interpreter, 0), before)
    }
}

/// `store` / `restore` (Brian2's): the network, its clock and every value, spikes in flight included.
final class StoreRestoreTests: XCTestCase {
    private let network = """
        neuron Src {
          param tau = 10 ms
          var V = 0 mV
          input I = 20 mV
          dV/dt = (I - V) / tau
          spike V > 10 mV
          reset { V = 0 mV }
        }
        synapse Jump {
          var g = 0 mV per post
          dg/dt = -g / (5 ms)
          on pre { g += w }
          current = g
        }
        population A = Src(100)
        population B = Src(100)
        A.V = 10 mV * rand()
        connect A -> B using Jump p = 0.1 w = 1 mV delay = 0.5 ms + 2 ms * rand()
        record B.spikes

        """

    func testRestoreGoesBackAndTheSameRunGivesTheSameBits() {
        let interpreter = Interpreter.withPrivateCache()
        let first = interpreter.execute(network + "run 12.3 ms seed = 9\nstore warm\nrun 20 ms\n")
        XCTAssertTrue(first.allSatisfy { if case .error = $0 { return false } else { return true } }, "\(first)")
        let afterFirst = interpreter.buffer("V", of: "B")!.values
        let spikes = interpreter.state.spikeRecords["B"]!
        _ = interpreter.execute("restore warm\n")
        XCTAssertEqual(interpreter.state.time, 0.0123, accuracy: 1e-12)
        _ = interpreter.execute("run 20 ms\n")
        XCTAssertEqual(interpreter.buffer("V", of: "B")!.values.map(\.bitPattern), afterFirst.map(\.bitPattern),
                       "spikes in flight at the store (per-synapse delays) arrive again as before")
        XCTAssertEqual(interpreter.state.spikeRecords["B"]!.times.map(\.bitPattern), spikes.times.map(\.bitPattern))
    }

    func testRestoringANameNeverStoredSaysWhichAre() {
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute(network + "store a\nrestore b\n")
        guard case .error(let diagnostic)? = outputs.last else { return XCTFail("\(outputs)") }
        XCTAssertEqual(diagnostic.message, "unknown stored state 'b'")
        XCTAssertEqual(diagnostic.hint, "stored: a")
        let line = network.split(separator: "\n", omittingEmptySubsequences: false).count + 1
        XCTAssertEqual([diagnostic.line, diagnostic.column], [line, 9], "at the name, not at `restore`")
    }

    func testRestoreWithoutANameWhenNothingWasStoredPointsAtTheKeyword() {
        let outputs = Interpreter.withPrivateCache().execute("print 1\n  restore\n")
        guard case .error(let diagnostic)? = outputs.last else { return XCTFail("\(outputs)") }
        XCTAssertEqual(diagnostic.message, "unknown stored state 'default'")
        XCTAssertEqual([diagnostic.line, diagnostic.column, diagnostic.range.end.column], [2, 3, 10])
    }
}
