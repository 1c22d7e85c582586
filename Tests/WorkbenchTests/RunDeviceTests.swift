import Foundation
import Kernel
import SomaTestSupport
import XCTest

/// `soma run FILE --device cuda`: what a machine without a GPU lacks, and, with the stand-in driver
/// running the kernels compiled for the CPU, the CPU's results printed from the GPU path.
final class RunDeviceTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    override func setUpWithError() throws {
        try XCTSkipUnless(SomaBinary.isBuilt, "build soma first: swift build")
    }

    private func modelFile(_ source: String) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("soma-run-device-\(UUID().uuidString).soma")
        try source.write(to: file, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }

    func testRunOnCUDASaysWhatThisMachineLacks() throws {
        guard let missing = CUDAProbe.missing else { throw XCTSkip("this machine has a GPU") }
        let file = try modelFile("system Decay {\n  var x = 1\n  dx/dt = -x\n}\npopulation D = Decay(1)\nrun 1\n")
        let result = try SomaBinary.run(["run", file.path, "--device", "cuda"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.output.contains("the CUDA kernel cannot run here: \(missing.summary)"), result.output)
    }

    func testRunOnTheStandInGPUPrintsTheCPUsRates() throws {
        guard let driver = FakeCUDA.driver else { throw XCTSkip("cc could not build the stand-in libcuda") }
        let nvrtc: NVRTC
        do {
            nvrtc = try NVRTC(candidates: NVRTC.wheelLibraries(under: Self.repository.appendingPathComponent(".venv-test").path) + NVRTC.candidates())
        } catch {
            throw XCTSkip("NVRTC is not here (\(error.summary)); `make test` installs it into .venv-test")
        }
        let source = shrunkCOBA(try String(contentsOf: Self.repository.appendingPathComponent("examples/coba.soma"), encoding: .utf8))
        let unit = try XCTUnwrap(NetworkCheck.emit(source, target: .cuda).units.first)
        try FakeCUDA.useKernels(source: unit.source, ptx: try nvrtc.ptx(unit.source, options: CUDAUnit.options(architecture: FakeCUDA.architecture)))
        defer { unsetenv("FAKE_CUDA_KERNELS"); unsetenv("FAKE_CUDA_PTX") }
        var environment = ProcessInfo.processInfo.environment
        environment["SOMA_CUDA_DRIVER"] = driver
        environment["SOMA_NVRTC"] = nvrtc.path
        let file = try modelFile(source)

        let gpu = try SomaBinary.run(["run", file.path, "--json", "--device", "cuda"], environment: environment)
        let cpu = try SomaBinary.run(["run", file.path, "--json"])
        XCTAssertEqual(gpu.status, 0, gpu.output)
        let values = { (output: String) in output.split(separator: "\n").filter { $0.contains("\"kind\":\"value\"") } }
        XCTAssertFalse(values(cpu.output).isEmpty, cpu.output)
        XCTAssertEqual(values(gpu.output), values(cpu.output))
        XCTAssertTrue(gpu.output.contains("\"jit\":\"nvrtc\"") && gpu.output.contains("\"gpu\":\"Fake GPU 0\""), gpu.output)
    }
}
