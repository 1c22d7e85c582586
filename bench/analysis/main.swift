import Foundation
import Kernel

// The analysis benchmark: bifurcation diagrams through the interpreter, as a user asks for them.
// Medians of repeated runs, because the machine is shared. Tables are Markdown, to paste into BENCHMARKS.md.

let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// An example file up to its first analysis statement: the model definitions.
func definitions(example: String) -> String {
    let url = repositoryRoot.appendingPathComponent("examples/\(example)")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { fatalError("cannot read \(url.path)") }
    let analyses = ["bifurcation ", "fixedpoints ", "phaseplane "]
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.prefix { line in !analyses.contains { line.hasPrefix($0) } }.joined(separator: "\n") + "\n"
}

/// Milliseconds of CPU time this thread has used: on a shared machine wall-clock time
/// measures the neighbours too.
func threadMilliseconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return Double(now.tv_sec) * 1e3 + Double(now.tv_nsec) / 1e6
}

/// Median wall-clock and thread CPU milliseconds of `repeats` executions of `cell` (after
/// one warm-up), with the outputs of the last; stops the bench on any error.
func measure(_ interpreter: Interpreter, _ cell: String, repeats: Int) -> (wall: Double, cpu: Double, outputs: [Output]) {
    var wall: [Double] = []
    var cpu: [Double] = []
    var outputs: [Output] = []
    for _ in 0...repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        let startCPU = threadMilliseconds()
        outputs = interpreter.execute(cell)
        cpu.append(threadMilliseconds() - startCPU)
        wall.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    for case .error(let diagnostic) in outputs { fatalError("cell failed: \(diagnostic.message)\n\(cell)") }
    let median = { (samples: [Double]) in samples.dropFirst().sorted()[repeats / 2] }
    return (median(wall), median(cpu), outputs)
}

/// Points on the equilibrium branch and on the cycle branches (maxima only).
func branchPoints(_ outputs: [Output]) -> String {
    for case .figure(let figure) in outputs {
        let sizes = figure.panels[0].series.compactMap { series -> Int? in
            if case .branch(let name, let x, _, _, _) = series, name != nil { return x.count } else { return nil }
        }
        return sizes.map(String.init).joined(separator: " + ")
    }
    return ""
}

func specialPoints(_ outputs: [Output]) -> String {
    outputs.compactMap { output -> String? in
        guard case .table(let table) = output else { return nil }
        return table.rows.map { row in
            guard case .text(let kind) = row[0], case .number(let p) = row[1] else { return "?" }
            return "\(kind) \(String(format: "%.6f", p))"
        }.joined(separator: ", ")
    }.joined()
}

print("Soma AnalysisBench, \(Date()), \(ProcessInfo.processInfo.activeProcessorCount) cores; medians of 5 after a warm-up\n")
let interpreter = Interpreter()
_ = interpreter.execute(definitions(example: "fhn_bifurcation.soma"))
let cells = [
    ("FHN codim-1: equilibria, H, LPC and the cycle branch, Iext in [0, 2]", "bifurcation FHN vary Iext in [0, 2] show v"),
    ("FHN equilibria only, Iext in [0, 0.3] (no Hopf point)", "bifurcation FHN vary Iext in [0, 0.3] show v"),
    ("FHN codim-2: Hopf and fold curves in (Iext, b), 2 BT + CP", "bifurcation FHN vary Iext in [-1, 3], b in [0.5, 5]"),
]
print("| diagram | wall ms | CPU ms | points (equilibria + cycles) | special points |")
print("| --- | --- | --- | --- | --- |")
for (name, cell) in cells {
    let (wall, cpu, outputs) = measure(interpreter, cell, repeats: 5)
    print("| \(name) | \(String(format: "%.1f", wall)) | \(String(format: "%.1f", cpu)) | \(branchPoints(outputs)) | \(specialPoints(outputs)) |")
}

fixedPointBench()
