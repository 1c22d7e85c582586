import Foundation
import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import Output

/// Issue 11, bug 20: a spike generator in a network without units, and spikes at t = 0.
final class GeneratorTests: XCTestCase {
    func testADimensionlessGeneratorFiresAtZeroAndAtItsTimes() {
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute("""
            system D {
              var x = 1
              dx/dt = -x
            }
            population P = D(1)
            population G = generator(2, times = "10, 100, 0", indices = "0, 1, 1")
            record G.spikes
            run 200 dt = 0.1
            print spikes(G)
            """)
        XCTAssertNil(firstError(outputs), "\(outputs)")
        XCTAssertEqual(spikeTimes(outputs, "G"), [0, 10, 100])
        XCTAssertEqual(interpreter.state.spikeRecords["G"]!.indices, [1, 0, 1])
        let json = outputs.map { OutputFormat.json($0, cell: 1) }.joined()
        XCTAssertTrue(json.contains("\"t\":[0,10,100],\"i\":[1,0,1],\"unit\":\"\""), json)
    }

    /// The issue's example as the first population of a network: its plain times make it dimensionless.
    func testTheIssuesExampleRuns() {
        let outputs = runModel("""
            population G = generator(2, times = "10, 100", indices = "0, 1")
            record G.spikes
            run 200 dt = 0.1
            print spikes(G)
            """)
        XCTAssertEqual(spikeTimes(outputs, "G"), [10, 100])
    }

    func testPlainTimesInANetworkWithUnitsAreAUnitError() {
        let outputs = Interpreter.withPrivateCache().execute(countingSink + """
            population B = Sink(1)
            population G = generator(1, times = "10")
            """)
        XCTAssertEqual(firstError(outputs)?.message, "in times: unit mismatch: each of times is time (s), the value is dimensionless (1)")
    }

    /// A spike at 0 ms is recorded at 0 and reaches its target from the first step on, after its delay.
    func testASpikeAtZeroIsRecordedAtZeroAndDelivered() {
        for (delay, arrivalStep) in [("", 0), (" delay = 1 ms", 10)] {
            let interpreter = Interpreter.withPrivateCache()
            let outputs = interpreter.execute(countingSink + """
                population G = generator(2, times = "0 ms, 10 ms, 100 ms", indices = "0, 0, 1")
                population B = Sink(2)
                connect G -> B using Count one_to_one w = 1\(delay)
                record G.spikes
                run \(Double(arrivalStep) * 0.1) ms dt = 0.1 ms
                """)
            XCTAssertNil(firstError(outputs), "\(outputs)")
            let counts = { interpreter.buffer("c_G", of: "B")! }
            XCTAssertEqual(counts()[0], 0, "not before its delay\(delay)")
            XCTAssertNil(firstError(interpreter.execute("run 0.1 ms")))
            XCTAssertEqual(counts()[0], 1, "delivered in step \(arrivalStep)\(delay)")
            XCTAssertNil(firstError(interpreter.execute("run 200 ms")))
            XCTAssertEqual([counts()[0], counts()[1]], [2, 1])
            let printedSpikes = interpreter.execute("print spikes(G)")
            XCTAssertEqual(spikeTimes(printedSpikes, "G"), [0, 10, 100])
        }
    }
}
