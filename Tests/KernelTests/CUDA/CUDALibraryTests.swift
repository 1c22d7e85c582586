import Foundation
import XCTest
import Kernel
@testable import JIT

/// NVRTC and the CUDA driver are opened at run time; what is missing is named, never a crash.
final class CUDALibraryTests: XCTestCase {
    func testAMissingDriverIsNamed() {
        XCTAssertThrowsError(try CUDADriver(candidates: ["/nonexistent/libcuda.so.1"])) {
            let error = $0 as? CUDAError
            guard case .libraryMissing(let library, _, let tried, _)? = error else { return XCTFail("\($0)") }
            XCTAssertEqual(library, "libcuda.so.1")
            XCTAssertEqual(tried, ["/nonexistent/libcuda.so.1"])
            XCTAssertEqual(error?.summary, "libcuda.so.1 is not installed; it is needed to run cells on an NVIDIA GPU")
        }
    }

    func testAMissingNVRTCIsNamedWithWhereSomaLooked() {
        XCTAssertThrowsError(try NVRTC(candidates: ["/nonexistent/a/libnvrtc.so.12", "/nonexistent/b/libnvrtc.so.12"])) {
            XCTAssertEqual(($0 as? CUDAError)?.summary, "libnvrtc.so.12 is not installed; it is needed to compile CUDA C for the GPU kernel"
                           + " (looked for /nonexistent/a/libnvrtc.so.12, /nonexistent/b/libnvrtc.so.12)")
        }
    }

    /// A file that is not a library is refused with the dynamic linker's reason.
    func testAFileThatIsNotALibraryIsRefusedWithTheLinkersReason() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("soma-not-a-library-\(UUID().uuidString).so")
        try Data("not an ELF file".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        XCTAssertThrowsError(try NVRTC(candidates: [file.path])) {
            let summary = ($0 as? CUDAError)?.summary ?? ""
            XCTAssertTrue(summary.hasPrefix("libnvrtc.so.12 is not installed"), summary)
            XCTAssertTrue(summary.contains("invalid ELF header") || summary.contains("file too short"), summary)
        }
    }

    /// SOMA_NVRTC first, then the linker's search, then the wheel in the active virtual environment.
    func testNVRTCIsLookedForInTheEnvironmentThenTheSystemThenTheWheel() throws {
        let venv = FileManager.default.temporaryDirectory.appendingPathComponent("soma-venv-\(UUID().uuidString)")
        let lib = venv.appendingPathComponent("lib/python3.11/site-packages/nvidia/cuda_nvrtc/lib")
        try FileManager.default.createDirectory(at: lib, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: venv) }
        try Data().write(to: lib.appendingPathComponent("libnvrtc.so.12"))
        let candidates = NVRTC.candidates(environment: ["SOMA_NVRTC": "/opt/x/libnvrtc.so.12", "VIRTUAL_ENV": venv.path])
        XCTAssertEqual(candidates, ["/opt/x/libnvrtc.so.12", "libnvrtc.so.12", lib.appendingPathComponent("libnvrtc.so.12").path])
        XCTAssertEqual(NVRTC.candidates(environment: [:]), ["libnvrtc.so.12"])
    }

    /// On this kind of machine (no NVIDIA driver) the CUDA kernel says the driver is what is missing.
    func testTheCUDADeviceNamesWhatIsMissing() throws {
        guard case .libraryMissing(let library, _, _, _)? = CUDAProbe.missing, library == CUDADriver.libraryName else {
            throw XCTSkip("this machine has the CUDA driver: \(KernelDevice.cuda.unavailability ?? "and the kernel can run")")
        }
        XCTAssertEqual(KernelDevice.cuda.unavailability, "libcuda.so.1 is not installed; it is needed to run cells on an NVIDIA GPU")
        XCTAssertFalse(KernelDevice.cuda.isAvailable)
        XCTAssertNil(KernelDevice.cpu.unavailability)
    }
}
