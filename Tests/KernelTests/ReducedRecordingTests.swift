import XCTest
import Kernel
@testable import Execution

/// `record mean(P.V)` (sum, min, max): a population's variable reduced over its neurons at each
/// sample, kept as one value a sample, then plotted and exported like any recording.
final class ReducedRecordingTests: XCTestCase {
    private let network = """
        neuron LIF {
          param tau = 10 ms, El = -65 mV, Vth = -50 mV, Vreset = -65 mV, R = 10 Mohm
          var V = El
          input I = 0 nA
          dV/dt = (El - V + R*I) / tau
          spike V > Vth
          reset { V = Vreset }
        }
        synapse Exp {
          var g = 0 nA per post
          dg/dt = -g / (5 ms)
          on pre { g += w }
          current = g
        }
        population E = LIF(5)
        E.V = -65 mV + 20 mV * i / N
        E.I = 1 nA + 0.2 nA * i
        connect E -> E using Exp p = 1 w = 0.1 nA

        """

    private func run(_ records: String) throws -> Interpreter {
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute(network + records + "\nrun 20 ms dt = 0.1 ms seed = 3\n")
        if let error = firstError(outputs) { XCTFail("\(error.message)") }
        return interpreter
    }

    /// Each reduction is the same function of the neurons' values as recording them all and reducing afterwards.
    func testEachReductionIsTheReductionOfTheFullRecord() throws {
        let interpreter = try run("record E.V, mean(E.V), sum(E.V), min(E.V), max(E.V[1:3]), E.g_E, sum(E.g_E) every 0.5 ms")
        let records = interpreter.state.stateRecords
        let all = records[0], g = records[5]
        XCTAssertEqual(all.times.count, 40)
        XCTAssertEqual(records[1].values, all.values.map { [$0.reduce(0, +) / 5] })
        XCTAssertEqual(records[2].values, all.values.map { [$0.reduce(0, +)] })
        XCTAssertEqual(records[3].values, all.values.map { [$0.min()!] })
        XCTAssertEqual(records[4].values, all.values.map { [max($0[1], $0[2])] })
        XCTAssertEqual(records[6].values, g.values.map { [$0.reduce(0, +)] }, "a synapse's per-post variable merged into E")
        XCTAssertEqual(records[1].times, all.times)
        XCTAssertEqual(records[1].values[0][0], -0.057, accuracy: 1e-15, "the mean of -65, -61, …, -49 mV")
        XCTAssertGreaterThan(g.values.last!.max()!, 0, "spikes arrived")
    }

    /// An input's reduction is taken from its drive, at the same samples as its values.
    func testAnInputReduces() throws {
        let record = try run("record mean(E.I), max(E.I) every 1 ms").state.inputRecords
        XCTAssertEqual(record[0].values.count, 20)
        XCTAssertEqual(record[0].values[0][0], 1.4e-9, accuracy: 1e-22)
        XCTAssertEqual(record[1].values[0][0], 1.8e-9, accuracy: 1e-22)
    }

    /// `plot mean(E.V)`: one line, named as written with its neurons, in the variable's display unit.
    func testPlotAndExport() throws {
        let interpreter = try run("record mean(E.V[0:4]) every 1 ms")
        guard case .figure(let figure)? = interpreter.execute("plot mean(E.V[0:4])").first else { return XCTFail("no figure") }
        let panel = try XCTUnwrap(figure.panels.first)
        XCTAssertEqual(panel.yAxis.label, "mean(V)")
        XCTAssertEqual(panel.yAxis.unit, "mV")
        guard case .line(let name, let x, let y, _)? = panel.series.first, panel.series.count == 1 else { return XCTFail("\(panel.series)") }
        XCTAssertEqual(name, "mean(E.V[0:4])")
        XCTAssertEqual(x.count, 20)
        XCTAssertEqual(y[0], -59, accuracy: 1e-12)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("soma-reduced-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("m.csv").path
        XCTAssertNil(firstError(interpreter.execute("export csv \"\(path)\" mean(E.V[0:4])")))
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.first, "t (ms),mean(E.V[0:4]) (mV)")
        XCTAssertEqual(Double(lines[1].dropFirst(2))!, -59, accuracy: 1e-12)
        XCTAssertTrue(lines[1].hasPrefix("0,"))
        XCTAssertEqual(lines.count, 21)
    }

    /// A reduction is its own recording: the full record does not stand in for it, nor another slice's.
    func testAReductionNotRecordedSaysHowToRecordIt() throws {
        let interpreter = try run("record E.V, mean(E.V[0:2])")
        for (plot, column) in [("plot mean(E.V)", 6), ("plot  max(E.V[0:2])", 7)] {
            let error = try XCTUnwrap(firstError(interpreter.execute(plot)), plot)
            XCTAssertEqual(error.message, "E.V is not recorded" + (plot.contains("[") ? " for these neurons" : ""))
            XCTAssertEqual(error.column, column)
            XCTAssertTrue(error.hint?.hasPrefix("add `record \(plot.contains("max") ? "max" : "mean")(E.V)") == true, "\(error.hint ?? "")")
        }
    }

    /// Spikes have no value per sample to reduce: refused at `record` and at `plot`, at the reference.
    func testSpikesAreNotReduced() {
        let interpreter = Interpreter.withPrivateCache()
        let error = firstError(interpreter.execute(network + "record E.V, mean(E.spikes)"))
        XCTAssertEqual(error?.message, "mean(E.spikes) has no value per sample: mean reduces a state variable or an input over the neurons")
        XCTAssertEqual([error?.line, error?.column], [network.split(separator: "\n", omittingEmptySubsequences: false).count, 13])
        XCTAssertTrue(interpreter.network.stateRecordings.isEmpty, "a bad field records none of the statement's")
        XCTAssertEqual(firstError(interpreter.execute("plot sum(E.spikes)"))?.column, 6)
    }

    /// `mean(E.V - E.El)`: an expression of one population's fields, found again by its text however it was spaced.
    func testAnExpressionReducesAndIsFoundByItsText() throws {
        let interpreter = try run("record mean(E.V-E.El), max(E.g_E * (E.V - E.Vth)), E.V, E.g_E every 1 ms")
        let records = interpreter.state.stateRecords
        let v = records[2].values, g = records[3].values
        XCTAssertEqual(records[0].variable, "E.V - E.El")
        XCTAssertEqual(records[0].values, v.map { [Reduction.mean.apply($0.map { $0 - -0.065 })] })
        XCTAssertEqual(records[1].values, zip(g, v).map { [Reduction.max.apply(zip($0, $1).map { $0 * ($1 - -0.05) })] })
        guard case .figure(let figure)? = interpreter.execute("plot mean(E.V - E.El)").first else { return XCTFail("no figure") }
        XCTAssertEqual(figure.panels.first?.yAxis.label, "mean(E.V - E.El)")
        XCTAssertEqual(figure.panels.first?.yAxis.unit, "mV")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("soma-reduced-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("m.csv").path
        XCTAssertNil(firstError(interpreter.execute("export csv \"\(path)\" max(E.g_E*(E.V-E.Vth))")))
        let header = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").first
        XCTAssertEqual(header, "t (ms),max(E.g_E * (E.V - E.Vth)) (pW)", "a power, shown in pW")
    }

    /// What cannot be reduced is refused at the field or expression that makes it so, and the statement records nothing.
    func testAnExpressionThatCannotBeReducedIsRefusedWhereItIsWritten() {
        let cases: [(String, String, Int)] = [
            ("record mean(E.V - F.V)", "a reduction runs over the neurons of one population, and this expression reads E and F", 19),
            ("record mean(E.V + E.I)", "LIF has no state variable or parameter 'I'", 19),
            ("record max(E.V * 2 + E.tau)", "unit mismatch: cannot add voltage (V) and time (s)", 12),
            ("record mean(E.V[0:3] - E.V[1:4])", "the fields of E.V[0:3] - E.V[1:4] are sliced differently: a reduction runs over one set of neurons", 13),
            ("record mean(E.V - El)", "unknown name 'El'", 19),
            ("record sum(E.V + rand() * 1 mV)", "a recorded expression cannot draw random numbers", 12),
        ]
        for (statement, message, column) in cases {
            let interpreter = Interpreter.withPrivateCache()
            let error = firstError(interpreter.execute(network + "population F = LIF(3)\n" + statement))
            XCTAssertEqual(error?.message, message, statement)
            XCTAssertEqual(error?.column, column, statement)
            XCTAssertTrue(interpreter.network.stateRecordings.isEmpty, statement)
        }
    }
}
