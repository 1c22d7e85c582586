import Foundation
import XCTest
import Kernel
@testable import Execution
@testable import Language
@testable import Output

/// Issue 11, bug 18: spike times print on the step grid, in text and JSON.
final class OutputTextTests: XCTestCase {
    private let lif = """
        neuron LIF {
          param tau = 10 ms, El = -65 mV, Vth = -50 mV, Vreset = -65 mV
          param R = 10 Mohm, t_ref = 2 ms
          var V = El
          input I = 0 nA
          dV/dt = (El - V + R*I) / tau
          spike V > Vth
          reset { V = Vreset }
          refractory t_ref
        }
        population P = LIF(1)
        P.I = 2 nA
        record P.spikes
        run 100 ms dt = 0.01 ms
        print spikes(P)
        """

    private func json(_ outputs: [Output]) -> String {
        outputs.map { OutputFormat.json($0, cell: 1) }.joined(separator: "\n")
    }

    private func text(_ outputs: [Output]) -> String {
        outputs.map { OutputFormat.text($0, renderer: DiagnosticRenderer(fileName: "", source: "")) }.joined(separator: "\n")
    }

    func testSpikeTimesInMillisecondsAreTheStepGridsDecimals() {
        let outputs = runModel(lif)
        XCTAssertEqual(spikeTimes(outputs, "P"), [13.87, 29.74, 45.61, 61.48, 77.35, 93.22])
        XCTAssertTrue(json(outputs).contains("\"t\":[13.87,29.74,45.61,61.48,77.35,93.22]"), json(outputs))
        XCTAssertTrue(text(outputs).contains("t (ms): [13.87, 29.74, 45.61, 61.48, 77.35, 93.22]"), text(outputs))
    }

    /// Steps of 0.1 then 0.01: the times of both runs are on the finer grid.
    func testDimensionlessSpikeTimesAcrossRunsWithDifferentSteps() {
        let outputs = runModel("""
            neuron Clock {
              var x = 0
              dx/dt = 1
              spike x > 0.95
              reset { x = 0 }
            }
            population C = Clock(1)
            record C.spikes
            run 3 dt = 0.1
            run 2.2 dt = 0.01
            print spikes(C)
            """)
        let times = spikeTimes(outputs, "C")
        XCTAssertFalse(times.isEmpty)
        for time in times { XCTAssertEqual(time, Double(String(format: "%.2f", time)), "on the 0.01 grid") }
        let printed = json(outputs.filter { if case .spikes = $0 { true } else { false } })
        XCTAssertTrue(printed.contains("\"t\":[1,2,3,3.95,4.9]"), printed)
        XCTAssertNil(printed.range(of: #"\d\.\d{3,}"#, options: .regularExpression), printed)
    }

    func testStepGridDecimals() {
        XCTAssertEqual(StepGrid(steps: [1e-5], scale: 1e-3).decimals, 2)
        XCTAssertEqual(StepGrid(steps: [1e-4, 2.5e-5], scale: 1e-3).decimals, 3)
        XCTAssertEqual(StepGrid(steps: [0.1], scale: 1).decimals, 1)
        XCTAssertNil(StepGrid(steps: [1.0 / 3], scale: 1).decimals)
        XCTAssertEqual(StepGrid(steps: [1.0 / 3], scale: 1).snap(1.0 / 3), 1.0 / 3, "a step that is no short decimal leaves times alone")
        XCTAssertEqual(StepGrid(steps: [1e-5], scale: 1e-3).snap(2974 * 1e-5 / 1e-3), 29.74)
    }
}
