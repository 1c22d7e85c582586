import Foundation
import Kernel

// The spine benchmark: compile latency, neuron-update cost (tcc against cc), memory per neuron.
// Medians of repeated runs, because the machine is shared. Results go in BENCHMARKS.md.

func row(_ cells: [String], _ widths: [Int]) -> String {
    zip(cells, widths).map { $1 < 0 ? $0.padding(toLength: -$1, withPad: " ", startingAt: 0)
                                     : String(repeating: " ", count: max(0, $1 - $0.count)) + $0 }.joined(separator: "  ")
}

func f(_ x: Double, _ decimals: Int = 2) -> String { String(format: "%.\(decimals)f", x) }

print("Soma KernelBench — \(Date())")
print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpuModel())\n")

let memory = Memory().measure()

let latency = CompileLatency().measure()
print("1. Cell text → compiled function, HH model (examples/hh.soma), fresh CodeCache, median of 20")
let latencyWidths = [-44, 9]
print(row(["stage", "ms"], latencyWidths))
for (stage, value) in [("parse (Parser.parse)", latency.parse), ("resolve (execute model − parse model)", latency.resolve),
                       ("codegen (compileSeconds − tcc)", latency.codegen), ("tcc compile + relocate", latency.tcc),
                       ("RunSummary.compileSeconds (codegen + tcc)", latency.compileSeconds),
                       ("total: execute(model + population + run 0 ms)", latency.total)] {
    print(row([stage, f(value * 1e3)], latencyWidths))
}
print("goal < 10 ms: \(latency.total < 0.010 ? "met" : "not met")\n")

print("2–3. ns per neuron-update, N = 100 000, constant drive, no recording, median of 5 runs ≥ 1 s")
let costWidths = [-22, 8, 9, 8, 9, 8, 9, 8, 8, 10]
print(row(["model method precision", "steps", "kernel", "tcc", "cc -O2", "tcc/O2", "O3 natv", "tcc/O3", "exact", "max|Δ|O2"], costWidths))
for c in UpdateCase.all {
    let kernel = UpdateCost().measure(c)
    let native = NativeBaseline().measure(c)
    let (tcc, o2, o3) = (native.nanoseconds[0], native.nanoseconds[1], native.nanoseconds[2])
    print(row([c.label, "\(kernel.steps)", f(kernel.nanoseconds), f(tcc), f(o2), f(tcc / o2, 1) + "×",
               f(o3), f(tcc / o3, 1) + "×", native.bitExact ? "yes" : "NO", String(format: "%.1e", native.largestDeviation)], costWidths))
}
print("kernel: Interpreter run, RunSummary.simulateSeconds / (N · steps); tcc, cc: the same C in a harness (ChunkHarness)")
print("exact: the harness with tcc ends in the Interpreter's state bit for bit after 200 steps\n")

print("4. Memory, LIF population of 1 000 000 neurons, f64, created and run 10 ms")
print(row(["resident growth / N", f(memory.residentPerNeuron, 1) + " B"], latencyWidths))
print(row(["peak growth / N (VmHWM)", f(memory.peakPerNeuron, 1) + " B"], latencyWidths))
print(row(["theory: 8 B per variable + 8 B refractory + 1 B flag", "\(memory.theoreticalPerNeuron) B"], latencyWidths))

func cpuModel() -> String {
    let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let line = info.split(separator: "\n").first { $0.hasPrefix("model name") }
    return line.map { String($0.split(separator: ":", maxSplits: 1)[1]).trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
}
