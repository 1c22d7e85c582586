import Foundation
import XCTest
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
