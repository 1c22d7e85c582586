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
}
