import Foundation
import Kernel

// The spine benchmark: compile latency, neuron-update cost (tcc against cc), memory per neuron.
// Medians of repeated runs, because the machine is shared. Tables are Markdown, to paste into BENCHMARKS.md.

func table(_ header: [String], _ rows: [[String]]) {
    let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max()! }
    func line(_ cells: [String]) -> String {
        "| " + zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: " | ") + " |"
    }
    print(line(header))
    print(line(widths.map { String(repeating: "-", count: $0) }))
    rows.forEach { print(line($0)) }
    print()
}

func f(_ x: Double, _ decimals: Int = 2) -> String { String(format: "%.\(decimals)f", x) }

func cpuModel() -> String {
    let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let line = info.split(separator: "\n").first { $0.hasPrefix("model name") }
    return line.map { String($0.split(separator: ":", maxSplits: 1)[1]).trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
}

print("Soma KernelBench, \(Date()), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpuModel())\n")

// First, while the process is small: its peak is then this population's.
let memory = Memory().measure()

let latency = CompileLatency().measure()
print("1. Cell text → compiled function, HH model of examples/hh.soma, fresh CodeCache, median of 20 (goal < 10 ms)\n")
table(["stage", "ms"], [
    ("parse: Parser.parse(cell)", latency.parse),
    ("resolve: execute(model) − parse(model)", latency.resolve),
    ("codegen: compileSeconds − tcc", latency.codegen),
    ("tcc: libtcc compile + relocate", latency.tcc),
    ("RunSummary.compileSeconds (codegen + tcc)", latency.compileSeconds),
    ("**total: execute(model + population + run 0 ms)**", latency.total),
].map { [$0.0, f($0.1 * 1e3)] })

print("2–3. ns per neuron-update, N = 100 000, constant drive, no recording, median of 5 interleaved rounds of runs ≥ 1 s\n")
table(["model, method, precision", "steps/run", "kernel tcc", "kernel cc", "kernel cc 2 threads", "tcc", "cc -O2", "tcc ÷ cc -O2", "cc -O3 -march=native", "tcc ÷ O3", "kernel tcc ÷ cc", "cc ÷ cc 2 threads", "check"],
      UpdateCase.all.map { c in
          let native = NativeBaseline(c)
          let kernels = [kernelContender(c, jit: .tcc), kernelContender(c, jit: .cc), kernelContender(c, jit: .cc, threads: 2)]
          let cost = UpdateCost().measure(kernels + native.contenders, neurons: c.size)
          let ns = cost.nanoseconds
          let check = (native.bitExact ? "exact" : "DIFFERS") + String(format: ", O2 Δ %.0e", native.largestDeviation)
          return [c.label, "\(cost.steps[0])", f(ns[0]), f(ns[1]), f(ns[2]), f(ns[3]), f(ns[4]), f(cost.ratio(3, 4), 1) + "×",
                  f(ns[5]), f(cost.ratio(3, 5), 1) + "×", f(cost.ratio(0, 1), 1) + "×", f(cost.ratio(1, 2), 1) + "×", check]
      })
print("""
    kernel tcc, kernel cc: `run ... jit = tcc | cc threads = 1` on an Interpreter, RunSummary.simulateSeconds / (N · steps);
    kernel cc 2 threads: the same with threads = 2. tcc, cc: the same generated C called
    by ChunkHarness. check: the harness with tcc ends bit for bit in the state the Interpreter reaches with 2 threads after 200 steps
    ("exact"); O2 Δ: largest difference of a state value between cc -O2 and tcc after those steps.

    """)

print("4. Common subexpressions: ns per neuron-update of the generated C with its shared values and with them inlined, N = 100 000, median of 5 interleaved rounds\n")
table(["model, method, precision", "shared values", "tcc shared", "tcc inlined", "tcc gain", "cc shared", "cc inlined", "cc gain"],
      UpdateCase.all.filter { $0.model == "HH" }.map { c in
          let shared = SharedValues(c)
          let cost = UpdateCost().measure(shared.contenders, neurons: c.size)
          let ns = cost.nanoseconds
          return [c.label, "\(shared.sharedCount)", f(ns[0]), f(ns[2]), f(cost.ratio(2, 0), 2) + "×", f(ns[1]), f(ns[3]), f(cost.ratio(3, 1), 2) + "×"]
      })
print("""
    cc: the optimising tier's flags (NativeToolchain.flags). rk4 shares nothing within a stage for HH (each rate
    function appears in one equation), so its rows show the noise of the machine.

    """)

print("5. Memory, LIF population of 1 000 000 neurons, f64, created and run 10 ms\n")
table(["bytes per neuron", "B"], [
    ["resident growth (VmRSS after − before) / N", f(memory.residentPerNeuron, 1)],
    ["peak growth (VmHWM − VmRSS before) / N", f(memory.peakPerNeuron, 1)],
    ["theory: 8 per variable + 8 refractory step + 1 flag", "\(memory.theoreticalPerNeuron)"],
])

print("5. Connectivity: one projection P -> P with p = 80/N (COBA scaling), f32, median of 5 (goal: 3.2 million synapses well under 1 s)\n")
let builds = [(40_000, "0.6"), (40_000, "0.6 * (1 + 0.1 * randn())"), (100_000, "0.6")].map { ConnectivityBuild().measure(size: $0.0, weight: $0.1) }
table(["N", "weights", "synapses", "build s", "ns per synapse", "bytes per synapse"], builds.map { b in
    ["\(b.size)", b.weightsPerSynapse ? "per synapse (randn)" : "one constant", "\(b.synapses)", f(b.seconds, 3),
     f(b.seconds / Double(b.synapses) * 1e9, 1), f(b.bytesPerSynapse, 2)]
})
