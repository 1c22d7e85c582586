import Foundation
import SomaTestSupport
import XCTest

/// `soma SUBCOMMAND …` is parsed by the subcommand alone (no completion-script check on every call); whatever
/// it does not take goes through the root: completion scripts, help and errors read as they did.
final class CommandDispatchTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(SomaBinary.isBuilt, "build soma first: swift build")
    }

    private func modelFile(_ source: String) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("soma-dispatch-\(UUID().uuidString).soma")
        try source.write(to: file, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }

    func testCompletionScriptsArePrintedForEveryShell() throws {
        for shell in ["bash", "zsh", "fish"] {
            let script = try SomaBinary.run(["--generate-completion-script", shell])
            XCTAssertEqual(script.status, 0, script.output)
            XCTAssertTrue(script.output.contains("soma"), script.output)
            for subcommand in ["run", "check", "emit", "replay"] { XCTAssertTrue(script.output.contains(subcommand), "\(shell): \(subcommand)") }
            // After a subcommand's name the request still reaches the root, which prints the same script.
            XCTAssertEqual(try SomaBinary.run(["run", "--generate-completion-script", shell]).output, script.output, shell)
        }
    }

    func testHelpAndErrorsOfASubcommandNameSoma() throws {
        let help = try SomaBinary.run(["run", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.output.contains("USAGE: soma run <file>"), help.output)
        XCTAssertEqual(try SomaBinary.run(["help", "run"]).output, help.output)

        let missing = try SomaBinary.run(["run"])
        XCTAssertEqual(missing.status, 64)
        XCTAssertTrue(missing.output.hasPrefix("Error: Missing expected argument '<file>'"), missing.output)
        XCTAssertTrue(missing.output.contains("See 'soma run --help' for more information."), missing.output)

        let unknown = try SomaBinary.run(["check", "x.soma", "--bogus"])
        XCTAssertEqual(unknown.status, 64)
        XCTAssertTrue(unknown.output.contains("Error: Unknown option '--bogus'\nUsage: soma check <file>"), unknown.output)

        let kernel = try SomaBinary.run(["kernel"])
        XCTAssertEqual(kernel.status, 64)
        XCTAssertTrue(kernel.output.hasPrefix("Error: the kernel speaks only over --stdio\nUsage: soma kernel"), kernel.output)
    }

    func testSubcommandsRunTheirFiles() throws {
        let file = try modelFile("system Decay {\n  var x = 1\n  dx/dt = -x\n}\npopulation D = Decay(1)\nrun 1 jit = tcc\nprint D.x\n")
        let run = try SomaBinary.run(["run", file.path])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.contains("D.x = [0.3678794412]"), run.output)
        let json = try SomaBinary.run(["run", "--json", file.path])
        XCTAssertTrue(json.output.contains("\"kind\":\"value\""), json.output)
        let check = try SomaBinary.run(["check", file.path])
        XCTAssertEqual(check.status, 0, check.output)
        XCTAssertTrue(check.output.contains("population D = Decay(1)"), check.output)
        // A run's error still ends the process with status 1.
        let broken = try modelFile("population D = Nothing(1)\n")
        XCTAssertEqual(try SomaBinary.run(["run", broken.path]).status, 1)
        XCTAssertEqual(try SomaBinary.run(["check", broken.path]).status, 1)
    }
}
