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

    func runCell(steps: Int) -> String {
        let duration = String(format: "%.6f", Double(steps) * dtMilliseconds)
        return "run \(duration) ms dt = \(dtMilliseconds) ms method = \(method) precision = \(precision)\n"
    }
}

/// ns per neuron-update through the whole kernel: `run` cells on an Interpreter, timed by RunSummary.simulateSeconds.
struct UpdateCost {
    var repeats = 5

    func measure(_ c: UpdateCase) -> (steps: Int, nanoseconds: Double) {
        let interpreter = Interpreter(cache: CodeCache())
        execute(interpreter, c.setupCell)
        let run = { (steps: Int) in runSummary(execute(interpreter, c.runCell(steps: steps))).simulateSeconds }
        _ = run(1)  // compiles; later runs hit the cache
        let steps = stepsLasting(run: run)
        let samples = (0..<repeats).map { _ in run(steps) }
        return (steps, median(samples) / Double(c.size * steps) * 1e9)
    }
}
