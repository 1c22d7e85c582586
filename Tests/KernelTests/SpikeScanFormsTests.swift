import Foundation
import SomaTestSupport
import XCTest
@testable import Codegen
@testable import JIT

/// The spike loop's block test (CPrelude.spikeScan) in each of its forms: AVX-512's 16 flags, AVX2's 8, and the
/// or of 8 that tcc and the others read. Each must say "no spike" exactly when no flag of its block has bit 1
/// (a spike to list), whatever the other bits and wherever the block starts.
final class SpikeScanFormsTests: XCTestCase {
    /// Flags with bit 1 clear in every way the step writes them and more (bit 0: above threshold; all bits but
    /// bit 1), and with bit 1 set alone or among others.
    private static let quiet: [Int32] = [0, 1, 4, 5, ~2, Int32.min, 0x7FFF_FFFD]
    private static let spiking: [Int32] = [2, 3, -1, 6, 0x7FFF_FFFF]
    private static let count = 96, starts = 64

    /// A sparse pattern: one spiking flag among quiet ones every 23 places, so that most blocks of 8 or 16 are
    /// quiet, some are not, and every start offset from 0 to 63 is tried.
    private static let flags: [Int32] = (0..<count).map { k in
        k % 23 == 7 ? spiking[(k / 23) % spiking.count] : quiet[k % quiet.count]
    }

    private static func expected(width: Int) -> [Bool] {
        (0..<starts).map { k in !flags[k..<(k + width)].contains { $0 & 2 != 0 } }
    }

    /// The width and the test at every start, in both tiers (tcc: 8; cc with -march=native: 16 with AVX-512, else 8).
    func testBothTiersSayNoSpikeExactlyWhereNoFlagHasBitOne() throws {
        let body = """
        i64 \(GeneratedUnit.entryPoint)(void **slot, i64 n, i64 unused) {
            const double *in = (const double *)slot[0];
            double *out = (double *)slot[1];
            int flags[\(Self.count)];
            for (i64 k = 0; k < \(Self.count); ++k) flags[k] = (int)in[k];
            out[0] = SOMA_SPIKE_SCAN;
            for (i64 k = 0; k < n; ++k) out[1 + k] = soma_no_spike_among(flags + k);
            (void)unused;
            return 0;
        }
        """
        let results = try preludeInBothTiers(body, precision: .f64, input: Self.flags.map(Double.init), count: Self.starts,
                                             outputCount: 1 + Self.starts)
        for (tier, values) in results {
            let width = Int(values[0])
            XCTAssertEqual(width, tier == "tcc" ? 8 : (Self.hasAVX512 ? 16 : 8), tier)
            XCTAssertEqual(values[1...].map { $0 == 1 }, Self.expected(width: width), tier)
            XCTAssert(values[1...].allSatisfy { $0 == 0 || $0 == 1 }, tier)
        }
    }

    /// cc for an AVX2 machine (the 8-flag vptest) and for x86-64 without either (the or of 8), run here.
    func testEachInstructionSetsFormSaysNoSpikeExactlyWhereNoFlagHasBitOne() throws {
        guard let cc = NativeToolchain.system()?.compiler else { throw XCTSkip("no C compiler (cc) on this machine") }
        #if !arch(x86_64)
        throw XCTSkip("the forms under test are x86-64's")
        #endif
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("soma-spike-scan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("scan.c")
        try (CPrelude.spikeScan + """

        int printf(const char *, ...);
        static const int flags[] = { \(Self.flags.map(String.init).joined(separator: ", ")) };
        int main(void) {
            printf("%d ", SOMA_SPIKE_SCAN);
            for (int k = 0; k < \(Self.starts); ++k) printf("%d", soma_no_spike_among(flags + k));
            return 0;
        }
        """).write(to: source, atomically: true, encoding: .utf8)
        var forms: [(march: String, width: Int)] = [("x86-64", 8)]
        if Self.hasAVX2 { forms.append(("haswell", 8)) }
        if Self.hasAVX512 { forms.append(("skylake-avx512", 16)) }
        for form in forms {
            let binary = folder.appendingPathComponent("scan-\(form.march)").path
            XCTAssertEqual(try Command.run(cc, ["-O2", "-march=\(form.march)", "-o", binary, source.path]).status, 0, form.march)
            let words = try Command.run(binary, []).output.split(separator: " ")
            XCTAssertEqual(words.first.map(String.init), String(form.width), form.march)
            XCTAssertEqual(words.last.map { $0.map { $0 == "1" } }, Self.expected(width: form.width), form.march)
        }
    }

    private static var hasAVX2: Bool { cpuFlags.contains("avx2") }
    private static var hasAVX512: Bool { cpuFlags.contains("avx512f") }
}
