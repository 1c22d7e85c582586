import Foundation
import SomaTestSupport
import XCTest

/// OpenBLAS and LAPACKE are opened on first use: a run that multiplies no matrix never loads them (nor starts
/// OpenBLAS's threads), and an analysis loads them then. The loader's own log (LD_DEBUG) says what a process opened.
final class BLASOnFirstUseTests: XCTestCase {
    func testASpikingRunNeverLoadsOpenBLAS() throws {
        let log = try loaderLog("""
            population P = LIF(1)
            P.I = 2 nA
            run 5 ms jit = tcc
            """)
        XCTAssertTrue(log.contains("file=libc.so.6"), "the loader logged nothing: \(log)")
        XCTAssertFalse(log.contains("libopenblas"), log)
        XCTAssertFalse(log.contains("liblapacke"), log)
    }

    func testAnAnalysisLoadsBoth() throws {
        let log = try loaderLog("""
            system Decay {
              var x = 1
              dx/dt = -x
            }
            fixedpoints Decay
            """)
        XCTAssertTrue(log.contains("file=libopenblas.so.0"), log)
        XCTAssertTrue(log.contains("file=liblapacke.so.3"), log)
    }

    private func loaderLog(_ source: String) throws -> String {
        try XCTSkipUnless(SomaBinary.isBuilt, "build soma first: swift build")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("soma-blas-\(UUID().uuidString).soma")
        try source.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        var environment = ProcessInfo.processInfo.environment
        environment["LD_DEBUG"] = "files"
        let (status, output) = try SomaBinary.run(["run", file.path], environment: environment)
        XCTAssertEqual(status, 0, output)
        return output
    }
}
