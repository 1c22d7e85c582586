import Foundation
import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import JIT
@testable import Runtime

/// Libraries shipped with Soma (`soma emit --precompile`): a run whose unit is among them and whose cache is empty
/// runs the shipped code, with the bits of a fresh compile and of tcc; a damaged one is not used, said so, and left
/// in place; another compiler finds none; and the test suite's own runs see no shipped folder, so a test that
/// expects a compile gets one.
final class ShippedKernelsTests: XCTestCase {
    private var scratch: URL!
    private var compiler: String!

    override func setUpWithError() throws {
        guard let system = NativeToolchain.system() else { throw XCTSkip("no C compiler on this machine") }
        compiler = system.compiler
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("soma-shipped-\(UUID().uuidString)")
    }

    override func tearDown() {
        if let scratch { try? FileManager.default.removeItem(at: scratch) }
    }

    /// The folder of `source`'s units (written with `jit = cc`), as `soma emit --precompile` builds it.
    private func ship(_ source: String, as name: String = "shipped") throws -> URL {
        let folder = scratch.appendingPathComponent(name)
        let emitted = NetworkCheck.emit(source.replacingOccurrences(of: "%JIT%", with: "jit = cc"))
        XCTAssertTrue(emitted.diagnostics.isEmpty)
        let toolchain = NativeToolchain(compiler: compiler, cacheDirectory: scratch.appendingPathComponent("unused"))
        XCTAssertEqual(ShippedKernels.precompile(emitted.units.map(\.source), into: folder, with: toolchain).count, 0)
        XCTAssertEqual(try libraries(in: folder).count, 1)
        return folder
    }

    func testAShippedStructureRunsFromItsLibraryWithTheBitsOfACompileAndOfTcc() throws {
        for precision in ["f64", "f32"] {
            let source = try cobaNetwork(precision: precision)
            let shipped = try ship(source, as: "shipped-\(precision)")
            let empty = scratch.appendingPathComponent("empty-\(precision)")
            let (found, summary, notes) = try run(source, jit: "cc", cache: empty, shipped: shipped)
            XCTAssertEqual(summary.tier, .cc, precision)
            XCTAssertTrue(summary.compiledFromCache, "\(precision): compiled although the library was shipped")
            XCTAssertEqual(notes.filter { $0.hasPrefix("jit:") }, [], precision)
            XCTAssertFalse(FileManager.default.fileExists(atPath: empty.path), "\(precision): the run built into its cache")
            // auto looks before it starts, so it runs the shipped code from the first step.
            let (auto, autoSummary, _) = try run(source, jit: "auto", cache: empty, shipped: shipped)
            XCTAssertEqual(autoSummary.tier, .cc, precision)
            XCTAssertNil(autoSummary.switchedAtStep, precision)
            let fresh = scratch.appendingPathComponent("fresh-\(precision)")
            let (compiled, own, _) = try run(source, jit: "cc", cache: fresh, shipped: nil)
            XCTAssertFalse(own.compiledFromCache, precision)
            let (tcc, _, _) = try run(source, jit: "tcc", cache: fresh, shipped: shipped)
            XCTAssertGreaterThan(found.spikeTimes.count, 10, precision)
            XCTAssertEqual(found, compiled, precision)
            XCTAssertEqual(auto, compiled, precision)
            XCTAssertEqual(found, tcc, precision)
        }
    }

    /// A flipped byte and a truncated file: not loaded, said once per run, left as they are; the run compiles.
    func testADamagedShippedLibraryIsNotUsedAndSaidSo() throws {
        let source = try cobaNetwork(precision: "f64")
        let shipped = try ship(source)
        let file = try XCTUnwrap(try libraries(in: shipped).first)
        let sound = try Data(contentsOf: file)
        let (expected, _, _) = try run(source, jit: "tcc", cache: scratch.appendingPathComponent("tcc"), shipped: nil)
        var flipped = sound
        flipped[flipped.count / 2] ^= 0x5a
        var round = 0
        for jit in ["cc", "auto"] {
            for bytes in [flipped, sound.prefix(100)] {
                round += 1
                try bytes.write(to: file)
                let cache = scratch.appendingPathComponent("cache-\(round)")
                let (results, summary, notes) = try run(source, jit: jit, cache: cache, shipped: shipped)
                let note = "jit: the shipped library \(file.path) is damaged (its checksum does not match its bytes); it was not used"
                XCTAssertEqual(notes.filter { $0.hasPrefix("jit:") }, [note], jit)
                XCTAssertFalse(summary.compiledFromCache, jit)
                XCTAssertEqual(results, expected, jit)
                XCTAssertEqual(try Data(contentsOf: file), bytes, "\(jit): the shipped file was changed")
            }
        }
    }

    /// Another compiler binary (here the same one by another path) gives other keys: the shipped library is not used.
    func testAnotherCompilerFindsNothingShipped() throws {
        let source = try cobaNetwork(precision: "f64")
        let shipped = try ship(source)
        let other = scratch.appendingPathComponent("bin/cc")
        try FileManager.default.createDirectory(at: other.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: other.path, withDestinationPath: compiler)
        let interpreter = Interpreter()
        interpreter.nativeToolchain = NativeToolchain(compiler: other.path, cacheDirectory: scratch.appendingPathComponent("cache"), shippedDirectory: shipped)
        let summary = try XCTUnwrap(runSummary(interpreter.execute(source.replacingOccurrences(of: "%JIT%", with: "jit = cc"))))
        XCTAssertEqual(summary.tier, .cc)
        XCTAssertFalse(summary.compiledFromCache)
    }

    /// SOMA_KERNELS names the folder, empty for none; the tests' private folders set it empty.
    func testTheShippedFolderComesFromTheEnvironmentAndTestsHaveNone() throws {
        let base = ["PATH": "/usr/bin:/bin", "HOME": "/tmp"]
        XCTAssertEqual(NativeToolchain.system(environment: base.merging(["SOMA_KERNELS": "/opt/k"]) { $1 })?.shippedDirectory?.path, "/opt/k")
        XCTAssertNil(NativeToolchain.system(environment: base.merging(["SOMA_KERNELS": ""]) { $1 })?.shippedDirectory)
        XCTAssertEqual(PrivateFolders.environment(in: scratch, base: base)["SOMA_KERNELS"], "")
        XCTAssertNil(Interpreter.withPrivateCache().nativeToolchain?.shippedDirectory)
        XCTAssertNil(NativeToolchain(compiler: compiler, cacheDirectory: scratch).shippedDirectory)
    }

    private func run(_ source: String, jit: String, cache: URL, shipped: URL?) throws -> (TierTests.Results, RunSummary, [String]) {
        let interpreter = Interpreter()
        interpreter.nativeToolchain = NativeToolchain(compiler: compiler, cacheDirectory: cache, shippedDirectory: shipped)
        let outputs = interpreter.execute(source.replacingOccurrences(of: "%JIT%", with: "jit = \(jit)"))
        if let error = firstError(outputs) { XCTFail("\(error.line):\(error.column): \(error.message)") }
        return (TierTests.Results(interpreter), try XCTUnwrap(runSummary(outputs)), infos(outputs))
    }

    private func libraries(in directory: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil).filter { $0.pathExtension == "so" }
    }
}
