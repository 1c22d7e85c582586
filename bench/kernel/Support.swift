import Foundation
import Kernel

/// The repository root, found from this file's path so the bench reads the examples from any directory.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The `neuron ... { ... }` block of an example file: its model without populations, runs or prints.
func modelText(example: String) -> String {
    let url = repositoryRoot.appendingPathComponent("examples/\(example)")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { fatalError("cannot read \(url.path)") }
    var block: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("neuron ") || !block.isEmpty { block.append(line) }
        if !block.isEmpty && line == "}" { break }
    }
    return block.joined(separator: "\n") + "\n"
}

/// Wall-clock seconds taken by `body`.
func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ samples: [Double]) -> Double {
    let sorted = samples.sorted()
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/// Executes a cell and stops the bench on any error: timing a failing cell measures nothing.
@discardableResult
func execute(_ interpreter: Interpreter, _ cell: String) -> [Output] {
    let outputs = interpreter.execute(cell)
    for case .error(let diagnostic) in outputs {
        fatalError("cell failed: \(diagnostic.message)\n\(cell)")
    }
    return outputs
}

/// The summary of the (single) run in a cell's outputs.
func runSummary(_ outputs: [Output]) -> RunSummary {
    for case .run(let summary) in outputs { return summary }
    fatalError("the cell did not run")
}

/// Steps that make one run last about `target` seconds: probes with growing step counts
/// until a probe takes 0.1 s, then scales (the 1.2 s target keeps runs above 1 s on a noisy machine).
func stepsLasting(_ target: Double = 1.2, run: (Int) -> Double) -> Int {
    var probe = 10
    while true {
        let elapsed = run(probe)
        if elapsed >= 0.1 { return max(probe, Int((Double(probe) * target / elapsed).rounded(.up))) }
        probe *= elapsed > 0.01 ? 2 : 10
    }
}

/// One line of /proc/self/status, in kB (VmRSS: resident now, VmHWM: resident peak).
func procStatusKB(_ field: String) -> Int {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
        return Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" })[1]) ?? 0
    }
    fatalError("no \(field) in /proc/self/status")
}
