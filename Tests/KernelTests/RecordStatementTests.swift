import XCTest
import Kernel
@testable import Execution

/// What one `record` statement records.
final class RecordStatementTests: XCTestCase {
    private let decay = """
        neuron A {
          var V = -65 mV
          dV/dt = -V / (10 ms)
          spike V > 0 mV
        }
        population P = A(3)

        """

    /// A bad field fails alone: every bad one is reported, the good ones are recorded.
    func testABadFieldFailsAloneAndEveryBadFieldIsReported() {
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute(decay + "record P.V, P.W, P.spikes, P.V[2:9]")
        let errors = outputs.compactMap { output -> Diagnostic? in if case .error(let d) = output { return d } else { return nil } }
        XCTAssertEqual(errors.map(\.column), [13, 28])
        XCTAssertEqual(interpreter.network.stateRecordings.map(\.variable), ["V"])
        XCTAssertEqual(interpreter.network.spikeRecordings.count, 1)
    }

    /// Corrected and run again, the statement records each field once; a session rebuilt from it too.
    func testTheCorrectedStatementRecordsOnce() {
        let interpreter = Interpreter.withPrivateCache()
        _ = interpreter.execute(decay + "record P.V, P.W")
        XCTAssertNil(firstError(interpreter.execute("record P.V, P.spikes")))
        XCTAssertEqual(interpreter.network.stateRecordings.count, 1)
        XCTAssertEqual(interpreter.network.spikeRecordings.count, 1)
        XCTAssertNil(firstError(interpreter.execute("reset")))
        XCTAssertEqual(interpreter.network.stateRecordings.count, 1)
    }

    /// Inputs are recorded as driven: a constant exactly, a drive of i and t at each sample's step start.
    func testInputsRecordTheirValueEachSample() throws {
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute("""
            neuron LIF {
              param tau = 10 ms, El = -65 mV, R = 10 Mohm
              var V = El
              input I = 0 nA
              input J = 0.3 nA
              dV/dt = (El - V + R*(I + J)) / tau
              spike V > 0 mV
            }
            population P = LIF(3)
            P.I = 2 nA * i + 1 nA * (t > 0.5 ms)
            record P.I, P.J[1] every 0.2 ms
            run 1 ms dt = 0.1 ms
            """)
        XCTAssertNil(firstError(outputs))
        let driven = interpreter.state.inputRecords[0], constant = interpreter.state.inputRecords[1]
        XCTAssertEqual(driven.times.map { ($0 * 1e4).rounded() }, [0, 2, 4, 6, 8])
        XCTAssertEqual(driven.values.map { $0.map { ($0 * 1e12).rounded() / 1e3 } }, [[0, 2, 4], [0, 2, 4], [0, 2, 4], [1, 3, 5], [1, 3, 5]])
        XCTAssertEqual(constant.values, Array(repeating: [0.3e-9], count: 5))
        XCTAssertTrue(interpreter.network.stateRecordings.isEmpty, "inputs add no recorder to the generated code")
    }

    /// A drive of t, i and N through calls of one, two and three arguments, recorded whole, reduced, and every third
    /// step over two runs: each sample is the bits of the drive evaluated as the recording did before it stopped
    /// allocating (a table of the names, the arguments in an array: `written` below), at t = step · dt.
    func testInputSamplesAreTheDrivesBitsAtEachSampledStep() throws {
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute("""
            neuron LIF {
              param tau = 10 ms, El = -65 mV, R = 10 Mohm
              var V = El
              input I = 0 nA
              dV/dt = (El - V + R*I) / tau
            }
            population P = LIF(5)
            P.I = 1 nA * sin(2 * pi * t / 3 ms) + 0.1 nA * clip(i - 1, 0, N / 2) + 1 nA * pow(t / 1 ms, 1.5) / (1 + i) - 0.2 nA * (t > 0.5 ms)
            record P.I, mean(P.I[1:4])
            record max(P.I) every 0.3 ms
            run 1 ms dt = 0.1 ms
            run 0.5 ms
            """)
        XCTAssertNil(firstError(outputs))
        guard case .expression(let drive)? = interpreter.network.populations[0].drives["I"] else { return XCTFail("no drive") }
        func written(_ e: Expr, _ names: [String: Double]) -> Double {
            switch e {
            case .constant(let value): return value
            case .symbol(let name): return names[name]!
            case .unary(.negate, let a): return -written(a, names)
            case .unary(.not, let a): return written(a, names) == 0 ? 1 : 0
            case .binary(let op, let a, let b): return Expr.BinaryOp.apply(op, written(a, names), written(b, names))
            case .call(let f, let args): return f.apply(args.map { written($0, names) })
            }
        }
        func row(_ t: Double, _ neurons: Range<Int>) -> [Double] { neurons.map { written(drive, ["t": t, "i": Double($0), "N": 5]) } }
        let records = interpreter.state.inputRecords
        XCTAssertEqual(records.map(\.values.count), [15, 15, 5])
        for k in 0..<15 {
            let t = records[0].times[k]
            XCTAssertEqual(t, Double(k) * 1e-4, accuracy: 1e-18, "sample \(k)")
            XCTAssertEqual(records[1].times[k], t)
            XCTAssertEqual(records[0].values[k].map(\.bitPattern), row(t, 0..<5).map(\.bitPattern), "sample \(k)")
            XCTAssertEqual(records[1].values[k].map(\.bitPattern), [Reduction.mean.apply(row(t, 1..<4)).bitPattern], "sample \(k)")
        }
        for k in 0..<5 {
            let t = records[2].times[k]
            XCTAssertEqual(t, Double(3 * k) * 1e-4, accuracy: 1e-18, "sample \(k)")
            XCTAssertEqual(records[2].values[k].map(\.bitPattern), [Reduction.max.apply(row(t, 0..<5)).bitPattern], "sample \(k)")
        }
    }
}
