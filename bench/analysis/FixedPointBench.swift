import Foundation
import Kernel

/// examples/ring_attractor.soma up to its `fixedpoints`, with N neurons instead of 128.
func ringNetwork(_ n: Int) -> String {
    let url = repositoryRoot.appendingPathComponent("examples/ring_attractor.soma")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { fatalError("cannot read \(url.path)") }
    return text.components(separatedBy: "\nfixedpoints")[0].replacingOccurrences(of: "RateUnit(128)", with: "RateUnit(\(n))")
}

func tableRows(_ outputs: [Output]) -> [[Table.Entry]] {
    for case .table(let table) in outputs { return table.rows }
    return []
}

/// Fixed points and the phase plane of FHN; fixed and slow points of the ring attractor at N = 128 and 512,
/// with the cost of one Jacobian and one dgeev at that size.
func fixedPointBench() {
    print("\nFixed points and phase planes (medians after a warm-up)\n")
    print("| question | wall ms | CPU ms | result |")
    print("| --- | --- | --- | --- |")
    let interpreter = Interpreter()
    _ = interpreter.execute(definitions(example: "fhn_analysis.soma"))
    for cell in ["fixedpoints FHN with Iext = 0.5", "fixedpoints FHN with Iext = 0 in v = [-3, 3], w = [-2, 3]",
                 "phaseplane FHN x = v in [-2.5, 2.5] y = w in [-1, 2.5] from (-2, 0), (0, 2) with Iext = 0.5"] {
        let (wall, cpu, outputs) = measure(interpreter, cell, repeats: 20)
        let rows = tableRows(outputs)
        let result = cell.hasPrefix("phaseplane") ? "figure" : "\(rows.count) fixed point(s)"
        print("| FHN: `\(cell)` | \(String(format: "%.2f", wall)) | \(String(format: "%.2f", cpu)) | \(result) |")
    }
    let blas: BLAS
    do { blas = try BLAS.require() } catch { fatalError("\(error)") }
    for n in [128, 512] {
        let network = Interpreter()
        _ = network.execute(ringNetwork(n))
        let (wall, cpu, outputs) = measure(network, "fixedpoints R in r = [0, 1]", repeats: n > 200 ? 2 : 4)
        let rows = tableRows(outputs)
        let fixed = rows.filter { $0.first == .text("fixed") }.count
        print("| ring N = \(n): `fixedpoints R in r = [0, 1]` (16 starts, Newton/LM, dgeev at each point) | \(String(format: "%.0f", wall)) | \(String(format: "%.0f", cpu)) | \(fixed) fixed, \(rows.count - fixed) slow |")
        let couplings = network.network.couplings.compactMap { coupling -> RecurrentCoupling? in
            guard case .fixed(let weights) = coupling.weights else { return nil }
            return RecurrentCoupling(variable: coupling.variable, input: coupling.input, weights: weights)
        }
        guard let system = try? DynamicalSystem(population: network.network.populations[0].model, size: n, values: [:], couplings: couplings) else {
            fatalError("the ring network did not build")
        }
        let x = Array(repeating: 0.5, count: n), p = system.parameterValues
        let jacobian = milliseconds(10) { _ = system.jacobian(x, p) }
        let eigen = milliseconds(3) { _ = try? LinearAlgebra.eigenvalues(Matrix(square: system.jacobian(x, p)), blas) }
        print("| ring N = \(n): one Jacobian / one dgeev | \(String(format: "%.2f", jacobian)) / \(String(format: "%.1f", eigen)) | | |")
    }
}

/// Median wall-clock milliseconds of `body`, after one warm-up.
func milliseconds(_ repeats: Int, _ body: () -> Void) -> Double {
    body()
    return (0..<repeats).map { _ in
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }.sorted()[repeats / 2]
}
