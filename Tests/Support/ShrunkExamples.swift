import Foundation

/// COBA or COBAHH at a tenth of its size and a tenth of its time, with connections ten times as
/// likely (about the same input per neuron): what the CUDA tests run where a GPU is emulated.
public func shrunkCOBA(_ source: String) -> String {
    source.replacingOccurrences(of: "(3200", with: "(320").replacingOccurrences(of: "(800", with: "(80")
        .replacingOccurrences(of: "p = 0.02", with: "p = 0.2").replacingOccurrences(of: "run 1 s", with: "run 100 ms")
}
