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

/// Points on the equilibrium branches and on the cycle branches: the cycle table has a row
/// per cycle, and the figure draws each twice (maxima and minima).
func branchPoints(_ outputs: [Output]) -> String {
    let tables = outputs.compactMap { output -> Table? in if case .table(let t) = output { t } else { nil } }
    let cycles = tables.count > 1 ? tables[1].rows.count : 0
    for case .figure(let figure) in outputs {
        let drawn = figure.panels[0].series.reduce(0) { sum, series in
            if case .branch(_, let x, _, _, _) = series { sum + x.count } else { sum }
        }
        return "\(drawn - 2 * cycles) + \(cycles)"
    }
    return ""
}

/// The rows of the first table (the special points), as "kind parameter".
func specialPoints(_ outputs: [Output]) -> String {
    for case .table(let table) in outputs {
        return table.rows.map { row in
            guard case .text(let kind) = row[0], case .number(let p) = row[1] else { return "?" }
            return "\(kind) \(String(format: "%.6f", p))"
        }.joined(separator: ", ")
    }
    return ""
}

/// The diagrams, each on the model of its example; `AnalysisBench bifurcation` runs only these
/// (bench/continuation/compare.sh, beside BrainPy).
func bifurcationBench() {
    let diagrams = [
        ("fhn_bifurcation.soma", "FHN codim-1: equilibria, H, LPC and the cycle branch, Iext in [0, 2]",
         "bifurcation FHN vary Iext in [0, 2] show v"),
        ("fhn_bifurcation.soma", "FHN equilibria only, Iext in [0, 0.3] (no Hopf point)", "bifurcation FHN vary Iext in [0, 0.3] show v"),
        ("fhn_bifurcation.soma", "FHN codim-2: Hopf and fold curves in (Iext, b), 2 BT + CP",
         "bifurcation FHN vary Iext in [-1, 3], b in [0.5, 5]"),
        ("lorenz_bifurcation.soma", "Lorenz: origin, BP, C± switched onto, H, cycles to the homoclinic orbit, rho in [0, 30] (20 intervals, degree 4)",
         "bifurcation Lorenz vary rho in [0, 30] show x intervals = 20 degree = 4"),
        ("morris_lecar_bifurcation.soma", "Morris–Lecar class I: S-curve, 2 LP, H, cycles to the SNIC, I in [−20, 120]",
         "bifurcation MorrisLecar vary I in [-20 uA/cm^2, 120 uA/cm^2] show V"),
        ("rossler_period_doubling.soma", "Rössler: cycles from the fold, PD, switched onto the 2T cycles and their PD, c in [0.1, 4]",
         "bifurcation Rossler vary c in [0.1, 4] show x"),
    ]
    print("| diagram | wall ms | CPU ms | points (equilibria + cycles) | special points |")
    print("| --- | --- | --- | --- | --- |")
    var interpreters: [String: Interpreter] = [:]
    for (example, name, cell) in diagrams {
        let interpreter = interpreters[example] ?? Interpreter()
        if interpreters[example] == nil {
            _ = interpreter.execute(definitions(example: example))
            interpreters[example] = interpreter
        }
        let (wall, cpu, outputs) = measure(interpreter, cell, repeats: 5)
        print("| \(name) | \(String(format: "%.1f", wall)) | \(String(format: "%.1f", cpu)) | \(branchPoints(outputs)) | \(specialPoints(outputs)) |")
    }
}

print("Soma AnalysisBench, \(Date()), \(ProcessInfo.processInfo.activeProcessorCount) cores; medians of 5 after a warm-up\n")
bifurcationBench()
if CommandLine.arguments.dropFirst().first != "bifurcation" {
    fixedPointBench()
}
