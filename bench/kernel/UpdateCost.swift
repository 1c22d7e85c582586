import Foundation
import Kernel

/// One population setup whose neuron-update cost is measured: the models and drives of the examples.
struct UpdateCase {
    var model: String
    var example: String
    var drive: String
    var method: String
    var dtMilliseconds: Double
    var precision: String
    var size = 100_000

    static let all: [UpdateCase] = ["f32", "f64"].flatMap { precision in [
        UpdateCase(model: "LIF", example: "lif.soma", drive: "P.I = 2 nA", method: "exp_euler", dtMilliseconds: 0.1, precision: precision),
        UpdateCase(model: "HH", example: "hh.soma", drive: "P.I = 10 uA/cm^2", method: "rk4", dtMilliseconds: 0.01, precision: precision),
        UpdateCase(model: "HH", example: "hh.soma", drive: "P.I = 10 uA/cm^2", method: "exp_euler", dtMilliseconds: 0.01, precision: precision),
    ] }

    var label: String { "\(model) \(method) \(precision)" }

    /// Model, population and drive; nothing is recorded, so the loop is the update alone.
    var setupCell: String { modelText(example: example) + "population P = \(model)(\(size))\n\(drive)\n" }

    func runCell(steps: Int, jit: JITTier = .tcc, threads: Int = 1) -> String {
        let duration = String(format: "%.6f", Double(steps) * dtMilliseconds)
        return "run \(duration) ms dt = \(dtMilliseconds) ms method = \(method) precision = \(precision) jit = \(jit.rawValue) threads = \(threads)\n"
    }
}

/// A way to advance the population: `run(steps)` returns the seconds the steps took.
struct Contender {
    var name: String
    var run: (Int) -> Double
}

/// The whole kernel: `run` cells on an Interpreter with the given tier and threads, timed by RunSummary.simulateSeconds.
func kernelContender(_ c: UpdateCase, jit: JITTier, threads: Int = 1) -> Contender {
    let interpreter = Interpreter(cache: CodeCache())
    execute(interpreter, c.setupCell)
    let run = { (steps: Int) in runSummary(execute(interpreter, c.runCell(steps: steps, jit: jit, threads: threads))).simulateSeconds }
    _ = run(1)  // compiles; later runs hit the cache
    return Contender(name: "kernel \(jit.rawValue) ×\(threads)", run: run)
}

/// ns per neuron-update of each contender, median over `repeats` rounds, with runs of ≥ 1 s.
/// Rounds interleave the contenders, so load from other processes on the shared machine falls
/// on all of them alike, and ratios are taken within a round.
struct UpdateCost {
    var repeats = 5

    struct Figures {
        var steps: [Int]
        var nanoseconds: [Double]
        /// Median over rounds of contender[i] ÷ contender[j].
        var ratio: (Int, Int) -> Double
    }

    func measure(_ contenders: [Contender], neurons: Int) -> Figures {
        let steps = contenders.map { stepsLasting(run: $0.run) }
        let rounds = (0..<repeats).map { _ in
            zip(contenders, steps).map { contender, steps in contender.run(steps) / Double(neurons * steps) * 1e9 }
        }
        let nanoseconds = contenders.indices.map { k in median(rounds.map { $0[k] }) }
        return Figures(steps: steps, nanoseconds: nanoseconds, ratio: { i, j in median(rounds.map { $0[i] / $0[j] }) })
    }
}
