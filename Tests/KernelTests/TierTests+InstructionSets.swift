import Foundation
import XCTest
@testable import JIT

/// cc builds for the machine it runs on (-march=native), so the tier tests above check one instruction set: this
/// machine's. Here cc builds as it would for two others this CPU can also run, and must still give tcc's bits:
/// x86-64 with neither FMA nor AVX (every fma a call to libm's, the vector functions' SSE2 clones, the spike
/// loop's or of 8), and x86-64-v3, AVX2 with FMA (8 floats a vector, the 8-flag vptest).
extension TierTests {
    func testCcForOtherInstructionSetsGivesTccsBits() throws {
        #if !arch(x86_64)
        throw XCTSkip("the instruction sets under test are x86-64's")
        #endif
        let forms = ["x86-64"] + (cpuFlags.isSuperset(of: ["avx2", "fma", "bmi2", "movbe", "f16c"]) ? ["x86-64-v3"] : [])
        let cases = try cases().filter { ["noisy LIF exp_euler f64", "HH rk4 f64", "HH exp_euler f32"].contains($0.name) }
            + [("COBA network exp_euler f32", try cobaNetwork(precision: "f32").replacingOccurrences(of: "method = euler", with: "method = exp_euler"))]
        XCTAssertEqual(cases.count, 4)
        let expected = try cases.map { try run($0.source, jit: "tcc").0 }
        for (c, tcc) in zip(cases, expected) { XCTAssertGreaterThan(tcc.spikeTimes.count, 10, c.name) }
        for march in forms {
            let toolchain = try Self.compiler(for: march, wrapping: toolchain.compiler, in: cacheDirectory)
            for (c, tcc) in zip(cases, expected) {
                let (cc, summary) = try run(c.source, jit: "cc", toolchain: toolchain)
                XCTAssertEqual(summary.tier, .cc, "\(c.name), -march=\(march)")
                XCTAssertEqual(cc, tcc, "\(c.name), -march=\(march)")
            }
        }
    }

    /// A toolchain whose compiler is cc with `-march=` after Soma's flags (the last -march is the one gcc takes).
    private static func compiler(for march: String, wrapping cc: String, in folder: URL) throws -> NativeToolchain {
        let script = folder.appendingPathComponent("cc-\(march)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "#!/bin/sh\nexec '\(cc)' \"$@\" -march=\(march)\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return NativeToolchain(compiler: script.path, cacheDirectory: folder.appendingPathComponent("cache-\(march)"))
    }
}
