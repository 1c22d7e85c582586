import Foundation
import Kernel

// The analysis benchmark: fixed points and phase planes of FitzHugh–Nagumo, and the
// fixed/slow-point search of a 512-neuron ring attractor. Medians, because the machine is shared.

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func milliseconds(_ repeats: Int, _ body: () -> Void) -> Double {
    body()
    return median((0..<repeats).map { _ in
        let start = Date()
        body()
        return Date().timeIntervalSince(start) * 1e3
    })
}

func execute(_ interpreter: Interpreter, _ cell: String) -> [Output] {
    let outputs = interpreter.execute(cell)
    for case .error(let d) in outputs { fatalError("\(d.line):\(d.column): \(d.message)") }
    return outputs
}

/// The model part of an example (the text before its first statement starting with `keyword`); run from the repository root.
func modelOf(_ example: String, before keyword: String) -> String {
    let text = try! String(contentsOfFile: "examples/\(example)", encoding: .utf8)
    return text.components(separatedBy: "\n" + keyword)[0]
}

let fhn = modelOf("fhn_analysis.soma", before: "fixedpoints")

func ring(_ n: Int) -> String {
    modelOf("ring_attractor.soma", before: "fixedpoints").replacingOccurrences(of: "RateUnit(128)", with: "RateUnit(\(n))")
}

print("Soma AnalysisBench, \(Date()), \(ProcessInfo.processInfo.activeProcessorCount) cores\n")
print("| question | ms | result |")
print("| -------- | -- | ------ |")
let interpreter = Interpreter()
_ = execute(interpreter, fhn)
for cell in ["fixedpoints FHN with Iext = 0.5", "fixedpoints FHN with Iext = 0 in v = [-3, 3], w = [-2, 3]",
             "phaseplane FHN x = v in [-2.5, 2.5] y = w in [-1, 2.5] from (-2, 0), (0, 2)"] {
    var outputs: [Output] = []
    let ms = milliseconds(20) { outputs = execute(interpreter, cell) }
    let rows = outputs.compactMap { if case .table(let t) = $0 { return "\(t.rows.count) fixed point(s)" } else { return nil } }.first ?? "figure"
    print("| FHN: `\(cell)` | \(String(format: "%.2f", ms)) | \(rows) |")
}
for n in [128, 512] {
    let network = Interpreter()
    _ = execute(network, ring(n))
    var outputs: [Output] = []
    let ms = milliseconds(n > 200 ? 2 : 4) { outputs = execute(network, "fixedpoints R in r = [0, 1]") }
    let table = outputs.compactMap { if case .table(let t) = $0 { return t } else { return nil } }.first!
    let fixed = table.rows.filter { if case .text("fixed") = $0[0] { return true } else { return false } }.count
    print("| ring N = \(n): `fixedpoints R in r = [0, 1]` (16 starts, LM, dgeev at each point) | \(String(format: "%.0f", ms)) | \(fixed) fixed, \(table.rows.count - fixed) slow |")
    let system = try! DynamicalSystem(population: network.populations[0].model, size: n, values: [:], couplings: network.couplings)
    let x = Array(repeating: 0.5, count: n), p = system.parameterValues
    let jacobianMs = milliseconds(10) { _ = system.jacobian(x, p) }
    let eigenMs = milliseconds(3) { _ = try! LinearAlgebra.eigenvalues(Matrix(square: system.jacobian(x, p))) }
    print("| ring N = \(n): one Jacobian / one dgeev | \(String(format: "%.2f", jacobianMs)) / \(String(format: "%.1f", eigenMs)) | |")
}
