import Foundation
import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import JIT
@testable import Runtime

/// The optimising tier's disk cache is keyed by the C a run compiles, and that C holds no parameter value, size,
/// dt, duration or Poisson rate's constant: a second model of the same structure finds the library the first one
/// built, and gives the same bits as a fresh compile of its own. A damaged or stale file is removed, compiled again and said so.
final class CodeCacheAcrossModelsTests: XCTestCase {
    private var scratch: URL!
    private var compiler: String!

    override func setUpWithError() throws {
        guard let system = NativeToolchain.system() else { throw XCTSkip("no C compiler on this machine") }
        compiler = system.compiler
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("soma-structure-\(UUID().uuidString)")
    }

    override func tearDown() {
        if let scratch { try? FileManager.default.removeItem(at: scratch) }
    }

    /// The same network as `cobaNetwork` with every value changed that becomes a run-time parameter, the Poisson
    /// input's constant rate among them.
    private func sameStructure(precision: String) throws -> String {
        let edits = [("population P = LIF(400)", "population P = LIF(520)"), ("population Q = LIF(100)", "population Q = LIF(130)"),
                     ("connect poisson(40, rate = 20 Hz)", "connect poisson(40, rate = 27 Hz)"),
                     ("P.v = -55 mV + 5 mV * randn()", "P.v = -57 mV + 4 mV * randn()"),
                     ("using CondExp(tau = 5 ms, E = 0 mV) w = 0.5", "using CondExp(tau = 4 ms, E = 0 mV) w = 0.45"),
                     ("p = 0.08 w = 6.7 delay = 1 ms", "p = 0.07 w = 6.1 delay = 1.2 ms"),
                     ("run 200 ms dt = 0.1 ms", "run 150 ms dt = 0.05 ms"),
                     ("param taum = 20 ms, El = -60 mV, Vt = -50 mV, Vr = -60 mV, I = 20 mV",
                      "param taum = 18 ms, El = -61 mV, Vt = -50 mV, Vr = -62 mV, I = 21 mV")]
        var source = try cobaNetwork(precision: precision)
        for (old, new) in edits {
            XCTAssertTrue(source.contains(old), old)
            source = source.replacingOccurrences(of: old, with: new)
        }
        return source
    }

    func testAModelOfTheSameStructureRunsTheLibraryAnotherBuiltWithTheSameBits() throws {
        for precision in ["f64", "f32"] {
            let shared = scratch.appendingPathComponent("shared-\(precision)"), fresh = scratch.appendingPathComponent("fresh-\(precision)")
            let (_, first) = try run(try cobaNetwork(precision: precision), jit: "cc", cache: shared)
            XCTAssertFalse(first.summary.compiledFromCache, precision)
            let source = try sameStructure(precision: precision)
            let (found, hit) = try run(source, jit: "cc", cache: shared)
            XCTAssertEqual(hit.summary.tier, .cc, precision)
            XCTAssertTrue(hit.summary.compiledFromCache, "\(precision): the second model compiled again")
            XCTAssertEqual(try libraries(in: shared).count, 1, precision)
            let (compiled, own) = try run(source, jit: "cc", cache: fresh)
            XCTAssertFalse(own.summary.compiledFromCache, precision)
            let (tcc, _) = try run(source, jit: "tcc", cache: fresh)
            XCTAssertGreaterThan(found.spikeTimes.count, 10, precision)
            XCTAssertEqual(found, compiled, precision)
            XCTAssertEqual(found, tcc, precision)
            XCTAssertNotEqual(found, try run(try cobaNetwork(precision: precision), jit: "cc", cache: shared).results, "the runs differ in their values")
        }
    }

    /// A rate that reads t keeps its form with its constants as parameters (a step's onset too, a comparison's operand):
    /// models differing in those share the library, with the bits of their own compile and of tcc. A constant inside a
    /// function's argument stays in the C (it is not read as its literal would be), so a model differing there compiles its own.
    func testModelsDifferingInATimedRatesConstantsShareTheLibrary() throws {
        let coba = try cobaNetwork(precision: "f64")
        let poisson = "connect poisson(40, rate = 20 Hz)"
        XCTAssertTrue(coba.contains(poisson))
        func model(_ rate: String) -> String { coba.replacingOccurrences(of: poisson, with: "connect poisson(40, rate = \(rate))") }
        let shared = scratch.appendingPathComponent("timed"), fresh = scratch.appendingPathComponent("timed-fresh")
        let (first, built) = try run(model("20 Hz * (t >= 50 ms)"), jit: "cc", cache: shared)
        XCTAssertFalse(built.summary.compiledFromCache)
        let other = model("35 Hz * (t >= 80 ms)")
        let (found, hit) = try run(other, jit: "cc", cache: shared)
        XCTAssertTrue(hit.summary.compiledFromCache, "a rate differing in its constants compiled again")
        XCTAssertEqual(try libraries(in: shared).count, 1)
        XCTAssertGreaterThan(found.spikeTimes.count, 10)
        XCTAssertNotEqual(found, first, "the runs differ in their rates")
        XCTAssertEqual(found, try run(other, jit: "cc", cache: fresh).results)
        XCTAssertEqual(found, try run(other, jit: "tcc", cache: fresh).results)
        let oscillating = "20 Hz * (1 + sin(2 * pi * 5 Hz * t))"
        _ = try run(model(oscillating), jit: "cc", cache: shared)
        let (_, own) = try run(model(oscillating.replacingOccurrences(of: "5 Hz", with: "7 Hz")), jit: "cc", cache: shared)
        XCTAssertFalse(own.summary.compiledFromCache, "a frequency inside sin is code")
        XCTAssertEqual(try libraries(in: shared).count, 3)
    }

    /// A flipped byte, a truncated file and another unit's library under this unit's name: each is removed and
    /// compiled again, with a note naming the file, under `jit = cc` and under `auto` (which looks before it runs).
    func testADamagedOrStaleCachedLibraryIsRebuiltAndSaidSo() throws {
        let cache = scratch.appendingPathComponent("cache")
        let source = try cobaNetwork(precision: "f64")
        let (expected, first) = try run(source, jit: "cc", cache: cache)
        XCTAssertTrue(first.notes.filter { $0.hasPrefix("jit:") }.isEmpty, "\(first.notes)")
        let file = try XCTUnwrap(try libraries(in: cache).first)
        let sound = try Data(contentsOf: file)
        let other = scratch.appendingPathComponent("other")
        _ = try run(try noisyLIF(precision: "f64"), jit: "cc", cache: other)
        let stale = try Data(contentsOf: try XCTUnwrap(try libraries(in: other).first))
        var flipped = sound
        flipped[flipped.count / 2] ^= 0x5a
        let damages: [(Data, String)] = [(flipped, "is damaged (its checksum does not match its bytes)"),
                                         (sound.prefix(100), "is damaged (its checksum does not match its bytes)"),
                                         (stale, "holds another unit's code")]
        for jit in ["cc", "auto"] {
            for (bytes, problem) in damages {
                try bytes.write(to: file)
                let (results, rebuilt) = try run(source, jit: jit, cache: cache)
                let note = "jit: the cached library \(file.path) \(problem); it was removed and the code compiled again"
                XCTAssertEqual(rebuilt.notes.filter { $0.hasPrefix("jit:") }, [note], "\(jit) \(problem)")
                XCTAssertEqual(results, expected, "\(jit) \(problem)")
                // auto runs this short network on tcc's code, having found no sound library: cc builds it here.
                if jit == "cc" { XCTAssertFalse(rebuilt.summary.compiledFromCache) } else { _ = try run(source, jit: "cc", cache: cache) }
                let (again, sound) = try run(source, jit: "cc", cache: cache)
                XCTAssertTrue(sound.summary.compiledFromCache, "\(jit) \(problem): the library was not cached again")
                XCTAssertTrue(sound.notes.filter { $0.hasPrefix("jit:") }.isEmpty)
                XCTAssertEqual(again, expected)
            }
        }
    }

    private func run(_ source: String, jit: String, cache: URL) throws -> (results: TierTests.Results, (summary: RunSummary, notes: [String])) {
        let interpreter = Interpreter()
        interpreter.nativeToolchain = NativeToolchain(compiler: compiler, cacheDirectory: cache)
        let outputs = interpreter.execute(source.replacingOccurrences(of: "%JIT%", with: "jit = \(jit)"))
        if let error = firstError(outputs) { XCTFail("\(error.line):\(error.column): \(error.message)") }
        return (TierTests.Results(interpreter), (try XCTUnwrap(runSummary(outputs)), infos(outputs)))
    }

    private func libraries(in directory: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil).filter { $0.pathExtension == "so" }
    }
}
