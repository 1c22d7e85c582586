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

    /// A statement with a bad field records none of its fields, and reports every bad one.
    func testABadFieldRecordsNothingAndEveryBadFieldIsReported() {
        let interpreter = Interpreter()
        let outputs = interpreter.execute(decay + "record P.V, P.W, P.spikes, P.V[2:9]")
        let errors = outputs.compactMap { output -> Diagnostic? in if case .error(let d) = output { return d } else { return nil } }
        XCTAssertEqual(errors.map(\.column), [13, 28])
        XCTAssertTrue(interpreter.network.stateRecordings.isEmpty)
        XCTAssertTrue(interpreter.network.spikeRecordings.isEmpty)
    }

    /// Corrected, the statement records each field once.
    func testTheCorrectedStatementRecordsOnce() {
        let interpreter = Interpreter()
        _ = interpreter.execute(decay + "record P.V, P.W")
        XCTAssertNil(firstError(interpreter.execute("record P.V, P.spikes")))
        XCTAssertEqual(interpreter.network.stateRecordings.count, 1)
        XCTAssertEqual(interpreter.network.spikeRecordings.count, 1)
    }
}
