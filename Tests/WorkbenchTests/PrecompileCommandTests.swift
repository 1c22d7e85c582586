import Foundation
import SomaTestSupport
import XCTest

/// `soma emit --precompile FOLDER FILE…` builds the C units of the files' runs into FOLDER (what `make release`
/// ships), and `soma run` with that folder as SOMA_KERNELS and an empty cache runs cc's code from the first step,
/// compiling nothing; without it, the same run compiles.
final class PrecompileCommandTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testAPrecompiledExampleRunsOnCcFromAnEmptyCache() throws {
        try XCTSkipUnless(SomaBinary.isBuilt, "build soma first: swift build")
        let scratch = PrivateFolders.make("soma-precompile")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let kernels = scratch.appendingPathComponent("kernels"), model = Self.repository.appendingPathComponent("examples/coba.soma").path
        let built = try SomaBinary.run(["emit", "--precompile", kernels.path, model])
        try XCTSkipIf(built.output.contains("no C compiler found"), "no C compiler on this machine")
        XCTAssertEqual(built.status, 0, built.output)
        XCTAssertEqual(built.output, "1 units of 1 files, 1 different, in \(kernels.path) (0 failed)\n")
        let shipped = try FileManager.default.contentsOfDirectory(atPath: kernels.path)
        XCTAssertEqual(shipped.filter { $0.hasSuffix(".so") }.count, 1, "\(shipped)")

        var environment = PrivateFolders.environment(in: scratch.appendingPathComponent("first"))
        environment["SOMA_KERNELS"] = kernels.path
        let fromShipped = try SomaBinary.run(["run", model], environment: environment)
        XCTAssertEqual(fromShipped.status, 0, fromShipped.output)
        XCTAssertTrue(fromShipped.output.contains(": code from cache, simulated in") && fromShipped.output.contains(" ms (cc)\n"), fromShipped.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("first/cache/soma").path), "the run compiled into its cache")

        let compiled = try SomaBinary.run(["run", model], environment: PrivateFolders.environment(in: scratch.appendingPathComponent("second")))
        XCTAssertEqual(compiled.status, 0, compiled.output)
        XCTAssertTrue(compiled.output.contains(": compiled in "), compiled.output)
        XCTAssertEqual(lastLine(fromShipped.output), lastLine(compiled.output), "the rates")
    }

    func testSeveralFilesGoWithPrecompileOnly() throws {
        try XCTSkipUnless(SomaBinary.isBuilt, "build soma first: swift build")
        let model = Self.repository.appendingPathComponent("examples/coba.soma").path
        let refused = try SomaBinary.run(["emit", model, model])
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.output.contains("several files go with --precompile FOLDER only"), refused.output)
    }

    /// A session keeps a cell that fails on purpose: its error is printed, the other runs are built, and `make` goes on.
    func testAFileWithAnErrorHasItsOtherRunsBuilt() throws {
        try XCTSkipUnless(SomaBinary.isBuilt, "build soma first: swift build")
        let scratch = PrivateFolders.make("soma-precompile-error")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let session = Self.repository.appendingPathComponent("sessions/exploration.soma").path
        let built = try SomaBinary.run(["emit", "--precompile", scratch.path, session])
        try XCTSkipIf(built.output.contains("no C compiler found"), "no C compiler on this machine")
        XCTAssertEqual(built.status, 0, built.output)
        XCTAssertTrue(built.output.contains("error: redefinition of LIF"), built.output)
        XCTAssertTrue(built.output.contains("7 units of 1 files, 2 different"), built.output)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.hasSuffix(".so") }.count, 2)
        XCTAssertNotEqual(try SomaBinary.run(["emit", session]).status, 0, "printing still fails on the error")
    }

    private func lastLine(_ text: String) -> String? { text.split(separator: "\n").last.map(String.init) }
}
