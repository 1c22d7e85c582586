import Foundation
import XCTest
import Kernel
import SomaTestSupport
@testable import JIT
@testable import Runtime

/// The driver-API path against a stand-in libcuda (FakeDriver/fake_libcuda.c, built here with cc):
/// the calls, their arguments and the buffers' round trip, on a machine without a GPU.
final class CUDAFakeDriverTests: XCTestCase {
    private static let library = FakeCUDA.driver

    private func driver() throws -> CUDADriver {
        guard let path = Self.library else { throw XCTSkip("cc could not build the stand-in libcuda") }
        return try CUDADriver(candidates: [path])
    }

    private func journal() throws -> String {
        let handle = try XCTUnwrap(dlopen(Self.library, RTLD_NOW))
        typealias Text = @convention(c) () -> UnsafePointer<CChar>
        return String(cString: unsafeBitCast(dlsym(handle, "fake_journal"), to: Text.self)())
    }

    /// Earlier tests in this process may have logged launches.
    private func clearJournal() throws {
        let handle = try XCTUnwrap(dlopen(Self.library, RTLD_NOW))
        typealias Clear = @convention(c) () -> Void
        unsafeBitCast(dlsym(handle, "fake_clear"), to: Clear.self)()
    }

    func testDevicesAreNamedWithTheirArchitecture() throws {
        let devices = try driver().devices()
        XCTAssertEqual(devices.map(\.name), ["Fake GPU 0"])
        XCTAssertEqual(devices.first?.architecture, "compute_86")
    }

    func testARefusedModuleCarriesTheDriversWording() throws {
        let driver = try driver()
        let context = try CUDAContext(driver: driver, device: try XCTUnwrap(driver.devices().first))
        XCTAssertThrowsError(try context.load(ptx: Array("not ptx".utf8CString), kernels: [])) {
            XCTAssertEqual($0 as? CUDAError, .callFailed(call: "cuModuleLoadData", code: 218, message: "a PTX JIT compilation failed (fake)"))
        }
    }

    /// Two steps of a two-population unit: every kernel launched each step with its grid, in order,
    /// with the slot table and the parameter block; buffers come back as the "device" left them.
    func testAChunkLaunchesEachKernelOfEachStepAndCopiesTheBuffersBack() throws {
        let driver = try driver()
        try clearJournal()
        let context = try CUDAContext(driver: driver, device: try XCTUnwrap(driver.devices().first))
        let unit = CUDAUnit(source: "", slots: [.parameters, .seed, .error, .state(population: 0, variable: "v"), .projection(0, .rows)],
                            parameters: [], origins: [:], step: [
            CUDALaunch(kernel: "soma_deliver_c0", threads: .single),
            CUDALaunch(kernel: "soma_step_p0", threads: .perNeuron(population: 0)),
            CUDALaunch(kernel: "soma_step_p1", threads: .perNeuron(population: 1)),
            CUDALaunch(kernel: "soma_after_p1", threads: .block(population: 1)),
        ])
        let chunk = try CUDAChunk(context: context, unit: unit, ptx: Array(".entry soma_step_p0(".utf8CString), sizes: [300, 10])
        var parameters: [Double] = [1e-4, 300], seed: [UInt64] = [42], error: [Int64] = [-1, 0, 0, 0]
        var v = [Double](repeating: -60, count: 300), rows: [Int64] = [0, 0]
        let done = try parameters.withUnsafeMutableBytes { p in try seed.withUnsafeMutableBytes { q in try error.withUnsafeMutableBytes { e in
            try v.withUnsafeMutableBytes { x in try rows.withUnsafeMutableBytes { r in
                let buffers = [p, q, e, x, r].map { HostBuffer(pointer: $0.baseAddress!, bytes: $0.count) }
                defer { try? chunk.collect(buffers: buffers) }
                return try chunk.run(buffers: buffers, step0: 7, nsteps: 2)
            } }
        } } }
        XCTAssertEqual(done, 2)
        XCTAssertEqual(try journal().split(separator: "\n"), [
            "soma_deliver_c0 1 1 7", "soma_step_p0 2 256 7", "soma_step_p1 1 256 7", "soma_after_p1 1 256 7",
            "soma_deliver_c0 1 1 8", "soma_step_p0 2 256 8", "soma_step_p1 1 256 8", "soma_after_p1 1 256 8",
        ])
        XCTAssertEqual(v, [Double](repeating: -60, count: 300), "the round trip keeps the values")
        XCTAssertEqual(error, [-1, 0, 0, 0])
    }
}
