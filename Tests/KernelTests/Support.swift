import Foundation
import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import Language
@testable import Output

/// A neuron that only receives, and a synapse that counts what arrives in `c` (w per spike), for spike-source tests.
let countingSink = """
    neuron Sink {
      var V = 0 mV
      input Isyn = 0 mV
      dV/dt = Isyn / (10 ms)
    }
    synapse Count {
      var c = 0 per post
      on pre { c += w }
      current = 0 mV
    }

    """

/// Runs model text and fails the test on any error.
func runModel(_ source: String, chunk: Int64? = nil, file: StaticString = #filePath, line: UInt = #line) -> [Output] {
    let interpreter = Interpreter.withPrivateCache()
    if let chunk { interpreter.stepsPerChunk = chunk }
    let outputs = interpreter.execute(source)
    for case .error(let d) in outputs {
        XCTFail("\(d.line):\(d.column): \(d.message)", file: file, line: line)
    }
    return outputs
}

func printed(_ outputs: [Output], _ expression: String) -> [Double] {
    for case .value(expression, let values, _, _) in outputs { return values }
    XCTFail("nothing printed for \(expression)")
    return []
}

func spikeTimes(_ outputs: [Output], _ population: String) -> [Double] {
    for case .spikes(population, let times, _, _) in outputs { return times }
    XCTFail("no spikes printed for \(population)")
    return []
}

/// The summary of the (first) run in a cell's outputs, which names the tier it ended on.
func runSummary(_ outputs: [Output]) -> RunSummary? {
    for case .run(let summary) in outputs { return summary }
    return nil
}

/// A tolerance for values that differ from a closed form by round-off alone: `ulps` units in the last place of
/// `scale`. Such comparisons measured 0 to 3 ulps; 32 keeps ten times that, where the old 1e-12·scale allowed 10⁴.
func roundOff(_ scale: Double, ulps: Double = 32) -> Double {
    ulps * abs(scale).ulp
}

/// The notes a cell printed.
func infos(_ outputs: [Output]) -> [String] {
    outputs.compactMap { if case .info(let message) = $0 { return message } else { return nil } }
}

func firstError(_ outputs: [Output]) -> Diagnostic? {
    for case .error(let d) in outputs { return d }
    return nil
}

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func example(_ name: String) throws -> String {
    try String(contentsOf: repositoryRoot.appendingPathComponent("examples/\(name)"), encoding: .utf8)
}

/// A reference file made by References/make_references.py.
func reference(_ name: String) throws -> [String: Any] {
    let url = Bundle.module.url(forResource: "References", withExtension: nil)!.appendingPathComponent("\(name).json")
    return try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
}
