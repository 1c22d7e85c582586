import Foundation
import Kernel
import SomaTestSupport
import XCTest

/// A synapse list the process cannot get memory for is an error at its `connect` statement, not a crash: `soma run`
/// under an address-space limit.
final class SynapseMemoryTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(SomaBinary.isBuilt, "build soma first: swift build")
    }

    /// 16000 × 16000 pairs at p = 0.5 under 250 MB, whose first guess of 128 067 882 indices (1.28e8 expected and 6σ
    /// more) needs 0.26 GB at 2 bytes each, whether taken at once or in parts (one per core). The statement check lets it
    /// through (it refuses lists over half the machine's memory at 16 bytes a synapse), so the refusal is the
    /// allocation's; nothing is drawn, so the run ends at once.
    func testIndicesThatCannotBeAllocatedAreAnErrorAtTheConnectStatement() throws {
        let result = try runUnderMemoryLimit(population: 16000, 16000, connect: "p = 0.5", kilobytes: 250_000)
        XCTAssertEqual(result.status, 1, result.output)
        XCTAssertTrue(result.output.contains(":16:1: error: connect E -> I: 128067882 synapses need 0.3 GB for their target indices, more than could be allocated"),
                      result.output)
    }

    /// A fan-in list is drawn by target and then ordered by source: 750 targets of fan-in 10 000 draw 7.5·10⁶ indices
    /// (30 MB) under a 140 MB limit, and ordering them by source, 8 bytes a synapse and 8 a source more (60 MB), is
    /// refused by calloc: an error at the `connect` statement with its bytes (it trapped in Swift's allocation before).
    /// The draw failed below about 115 MB and the ordering passed above about 175 MB (debug build, no OpenBLAS mapped).
    func testAFanInListThatCannotBeOrderedBySourceIsAnErrorAtTheConnectStatement() throws {
        let result = try runUnderMemoryLimit(population: 11000, 750, connect: "fanin = 10000", kilobytes: 140_000)
        XCTAssertEqual(result.status, 1, result.output)
        XCTAssertTrue(result.output.contains(":16:1: error: connect E -> I: re-sorting 7500000 synapses needs 60088004 bytes, more than could be allocated"),
                      result.output)
    }

    /// 700 sources onto 70 000 targets, all connected: 4.9·10⁷ synapses whose targets past 65 536 take 3 bytes each,
    /// drawn at that width (no 4-byte list first). Under 170 MB the first guess (4.9·10⁷ and 6σ more, 147 MB, split
    /// over the parts) is refused (here it was refused up to about 220 MB, and the process starts from about 100 MB): an
    /// error at the `connect` statement naming the guess, the same for any number of parts. One malloc arena, so that a
    /// thread's own arena does not move the limit's edges.
    func testAThreeByteListThatCannotBeAllocatedIsAnErrorAtTheConnectStatement() throws {
        let result = try runUnderMemoryLimit(population: 700, 70000, connect: "p = 1", kilobytes: 170_000)
        XCTAssertEqual(result.status, 1, result.output)
        XCTAssertTrue(result.output.contains(":16:1: error: connect E -> I: 49042000 synapses need 0.1 GB for their target indices, more than could be allocated"),
                      result.output)
    }

    /// On a GPU (the stand-in driver, so on any machine with NVRTC) delivery runs a thread per target and reads the
    /// synapses by target, made after the list is drawn and the kernels compiled: 8 bytes a synapse and 8 a target
    /// (393 MB) for the list above. Under 670 MB the list (147 MB) and NVRTC's compile are granted and the by-target list
    /// refused: the error at the `connect` statement that a CPU run's `on post` gets, where the run had started with no
    /// buffer in the slot before.
    func testSynapsesByTargetThatCannotBeAllocatedForAGPURunAreAnErrorAtTheConnectStatement() throws {
        guard let driver = FakeCUDA.driver else { throw XCTSkip("cc could not build the stand-in libcuda") }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        guard let nvrtc = (NVRTC.wheelLibraries(under: root.appendingPathComponent(".venv-test").path) + NVRTC.candidates())
            .first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw XCTSkip("NVRTC is not here; `make test` installs it into .venv-test")
        }
        let result = try runUnderMemoryLimit(population: 700, 70000, connect: "p = 1", kilobytes: 670_000, arguments: ["--device", "cuda"],
                                             environment: ["SOMA_CUDA_DRIVER": driver, "SOMA_NVRTC": nvrtc])
        XCTAssertEqual(result.status, 1, result.output)
        XCTAssertTrue(result.output.contains(":16:1: error: connect E -> I: re-sorting 49000000 synapses needs 392560004 bytes, more than could be allocated"),
                      result.output)
    }

    /// `soma run` of E -> I (`connect ... <rule> w = 1`, line 16) under an address-space limit.
    private func runUnderMemoryLimit(population sources: Int, _ targets: Int, connect rule: String, kilobytes: Int, arguments: [String] = [],
                                     environment extra: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let source = """
            neuron Cell {
              var v = 0
              input Isyn = 0
              dv/dt = (-v + Isyn) / (10 ms)
              spike v > 1
              reset { v = 0 }
            }
            synapse Jump {
              var g = 0 per post
              dg/dt = -g / (5 ms)
              on pre { g += w }
              current = g
            }
            population E = Cell(\(sources))
            population I = Cell(\(targets))
            connect E -> I using Jump \(rule) w = 1
            run 1 ms jit = tcc

            """
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("soma-synapse-memory-\(UUID().uuidString).soma")
        try source.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        // A run loads no OpenBLAS (Support/BLAS.swift), so no worker pool hangs at exit under the limit (OpenBLAS
        // issue 5289). `timeout` turns a soma that hangs anyway into a failure.
        var environment = PrivateFolders.environment(in: PrivateFolders.shared)
        environment["MALLOC_ARENA_MAX"] = "1"
        environment.merge(extra) { $1 }
        return try Command.run("/bin/sh", ["-c", "ulimit -v \(kilobytes) && exec timeout 120 \"$0\" run \"$@\"", SomaBinary.path, file.path] + arguments,
                               environment: environment)
    }
}
