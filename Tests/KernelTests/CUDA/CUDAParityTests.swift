import Foundation
import XCTest
import Kernel
@testable import Execution

/// The CUDA back end and the C back end render the same lowered network: the same state variables,
/// parameters, event blocks and random draws, and the CUDA kernels call every function the CPU's
/// chunk loop calls in a step.
final class CUDAParityTests: XCTestCase {
    private let files = ["coba.soma", "cobahh.soma", "noisy_lif.soma", "wang2002.soma", "hh.soma", "lorenz_adaptive.soma"]

    func testCAndCUDARenderTheSameStepProgram() throws {
        for file in files {
            let source = try example(file)
            let c = NetworkCheck.emit(source, target: .c), cuda = NetworkCheck.emit(source, target: .cuda)
            XCTAssertEqual(c.units.count, cuda.units.count, file)
            XCTAssertFalse(c.units.isEmpty, file)
            for (cUnit, cudaUnit) in zip(c.units, cuda.units) {
                let (cText, cudaText) = (Self.resolvingSharedUpdates(cUnit.source), cudaUnit.source)
                for (what, pattern) in Self.facets {
                    let inC = Self.matches(pattern, cText), inCUDA = Self.matches(pattern, cudaText)
                    XCTAssertEqual(inC, inCUDA, "\(file): \(what)")
                }
                XCTAssertFalse(Self.matches(Self.facets[0].pattern, cText).isEmpty, "\(file): no state variables found")
                var stepC = Self.calls(cText.components(separatedBy: "void soma_after_step(").dropFirst().first ?? "")
                // The CPU calls record_state every step; the GPU launches it only where it records something.
                if !cText.contains("++*rows;") { stepC.remove("record_state") }
                let stepCUDA = Self.calls(cudaText.components(separatedBy: "SOMA_KERNEL void").dropFirst().joined())
                XCTAssertEqual(stepC, stepCUDA, "\(file): the functions one step calls")
            }
        }
    }

    /// Random draws carry the stream, the index and the draw number, so equal sets mean equal numbers from Philox.
    private static let facets: [(what: String, pattern: String)] = [
        ("state variables", #"real \*restrict a_\w+ = \(real \*\)slot\[\d+\]"#),
        ("parameters", #"const real p_\w+ = \(real\)P\[\d+\]"#),
        ("event blocks", #"static void (?:deliver|post|enqueue|couple)_c\d+\("#),
        ("random draws", #"soma_(?:uniform|normal)\(seed, [^;]*?\d+\)"#),
        ("per-post and per-synapse variables", #"real \*restrict [gyz]_\w+ = \(real \*\)slot\[\d+\]"#),
    ]

    /// The C back end's populations of one model share an `update_pM` that reads its indices from each caller's tables
    /// (`slot[S[k]]`, `P[Q[k]]`); the device renders each population's step apart. The text, plus for each caller the
    /// update's body with its tables' values written in.
    private static func resolvingSharedUpdates(_ text: String) -> String {
        var resolved = text
        for call in text.matches(of: /static const int S\[\] = \{ ([0-9, ]*) \}, Q\[\] = \{ ([0-9, ]*) \};\s*return (update_p\d+)\(/) {
            let slots = call.1.split(separator: ", ").map(String.init), parameters = call.2.split(separator: ", ").map(String.init)
            guard let start = text.range(of: " int \(call.3)("),
                  let end = text.range(of: "\nstatic int step_p", range: start.upperBound..<text.endIndex) else { continue }
            resolved += text[start.lowerBound..<end.lowerBound]
                .replacing(/slot\[S\[(\d+)\]\]/) { "slot[\(slots[Int($0.1)!])]" }
                .replacing(/P\[Q\[(\d+)\]\]/) { "P[\(parameters[Int($0.1)!])]" }
        }
        return resolved
    }

    private static func matches(_ pattern: String, _ text: String) -> Set<String> {
        Set(text.matches(of: try! Regex(pattern)).map { String(text[$0.range]) })
    }

    /// A pull_cK (one target's arrivals, on the GPU) stands for the deliver_cK it replaces.
    private static func calls(_ text: String) -> Set<String> {
        Set(text.matches(of: /\b((step_p|nonfinite_p|deliver_c|pull_c|enqueue_c|post_c|couple_c|drive_q|history_p|dense_d)\d+|record_state)\(/)
            .map { String($0.1).replacingOccurrences(of: "pull_c", with: "deliver_c") })
    }
}
