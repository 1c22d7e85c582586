import Foundation
import XCTest
import Kernel
import SomaTestSupport
@testable import Runtime
@testable import JIT

/// NVRTC for the CUDA tests: `SOMA_NVRTC`, the wheel `make test` installs into `.venv-test`, or the
/// system's; a test without it skips and says how to get it.
func testNVRTC() throws -> NVRTC {
    let venv = NVRTC.wheelLibraries(under: repositoryRoot.appendingPathComponent(".venv-test").path)
    do {
        return try NVRTC(candidates: venv + NVRTC.candidates())
    } catch {
        throw XCTSkip("NVRTC is not here (\(error.summary)); `make test` installs nvidia-cuda-nvrtc-cu12 into .venv-test, or set SOMA_NVRTC")
    }
}

/// The names of the `__global__` kernels a CUDA source defines, in order.
func kernelNames(in source: String) -> [String] {
    source.matches(of: /SOMA_KERNEL void (\w+)\(/).map { String($0.1) }
}

/// The examples that build a network and run it.
func examplesWithRuns() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("examples").path)
        .filter { $0.hasSuffix(".soma") }.sorted()
        .filter { try example($0).split(separator: "\n").contains { $0.hasPrefix("run ") } }
}

/// Two runs' end states agree bit for bit: spike trains, records, spike counts and every state variable.
func assertSameState(_ cpu: NetworkState, _ gpu: NetworkState, minimumSpikes: Int, file: StaticString = #filePath, line: UInt = #line) throws {
    XCTAssertEqual(cpu.spikeRecords.keys.sorted(), gpu.spikeRecords.keys.sorted(), file: file, line: line)
    var spikes = 0
    for (name, record) in cpu.spikeRecords {
        let other = try XCTUnwrap(gpu.spikeRecords[name], file: file, line: line)
        XCTAssertEqual(record.indices, other.indices, name, file: file, line: line)
        XCTAssertEqual(record.times, other.times, name, file: file, line: line)
        spikes += record.indices.count
    }
    XCTAssertGreaterThanOrEqual(spikes, minimumSpikes, file: file, line: line)
    XCTAssertEqual(cpu.stateRecords.map(\.values), gpu.stateRecords.map(\.values), file: file, line: line)
    XCTAssertEqual(cpu.stateRecords.map(\.times), gpu.stateRecords.map(\.times), file: file, line: line)
    XCTAssertEqual(cpu.populations.map(\.spikeCount), gpu.populations.map(\.spikeCount), file: file, line: line)
    XCTAssertEqual(cpu.step, gpu.step, file: file, line: line)
    for (k, population) in cpu.populations.enumerated() {
        for (name, buffer) in population.state {
            // Bit patterns, so that a NaN compares and -0 differs from 0.
            XCTAssertEqual(buffer.values.map(\.bitPattern), gpu.populations[k].state[name]?.values.map(\.bitPattern), "\(k).\(name)",
                           file: file, line: line)
        }
    }
}
