import Foundation
import SomaTestSupport
import XCTest
@testable import JIT

/// The cc tier's neuron loops vectorise, exp and all: gcc's own report (-fopt-info-vec-optimized) on the
/// generated C of the examples (the emit goldens), compiled with the tier's flags. HH by rk4 and COBAHH by
/// exp_euler call exp a dozen times per neuron; COBA and Wang 2002 hold refractory neurons (soma_select); the noisy
/// LIF and the Ornstein–Uhlenbeck process draw a normal per neuron-step (Philox, soma_log, soma_cos2pi).
final class VectorisationTests: XCTestCase {
    private static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("WorkbenchTests/Golden/emit")

    func testEveryNeuronLoopOfTheExamplesVectorises() throws {
        guard let system = NativeToolchain.system(), try Command.run(system.compiler, ["--version"]).output.contains("Free Software Foundation") else {
            throw XCTSkip("the report read here is gcc's")
        }
        let library = FileManager.default.temporaryDirectory.appendingPathComponent("soma-vectorisation-\(UUID().uuidString).so")
        defer { try? FileManager.default.removeItem(at: library) }
        for name in ["hh", "cobahh", "coba", "wang2002", "noisy_lif", "ou"] {
            let file = Self.goldens.appendingPathComponent("\(name).c")
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            // A neuron loop: the update over lo..hi, not the pass over the neurons that fired (which begins with continue).
            let loops = lines.indices.filter { k in
                lines[k].trimmingCharacters(in: .whitespaces) == "for (i64 i = lo; i < hi; ++i) {" && k + 1 < lines.count && !lines[k + 1].contains("continue")
            }.map { $0 + 1 }
            let text = try Command.run(system.compiler, NativeToolchain.flags + ["-fopt-info-vec-optimized", "-o", library.path, file.path, "-lm"]).output
            let vectorised = Set(text.components(separatedBy: "\n").filter { $0.contains("optimized: loop vectorized") }
                .compactMap { $0.components(separatedBy: ":").dropFirst().first.flatMap { Int($0) } })
            XCTAssertFalse(loops.isEmpty, name)
            for line in loops { XCTAssertTrue(vectorised.contains(line), "\(name).c: the neuron loop at line \(line) does not vectorise") }
        }
    }
}
