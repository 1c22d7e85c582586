import Foundation
import SomaTestSupport
import XCTest

/// `soma check` on every example and every model file of the test suite, and
/// `soma emit` on every example that runs, against golden files in Golden/
/// (re-recorded with SOMA_RECORD_GOLDEN=1): a change to how networks are built
/// or to the generated C shows up as a diff in review.
final class CheckEmitGoldenTests: XCTestCase {
    private static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    private static let repository = tests.deletingLastPathComponent().deletingLastPathComponent()
    private let golden = GoldenFiles(folder: tests.appendingPathComponent("Golden"))

    override func setUpWithError() throws {
        try XCTSkipUnless(SomaBinary.isBuilt, "build soma first: swift build")
    }

    private static func soma(_ files: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: files, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "soma" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    private static var examples: [URL] { (try? soma(repository.appendingPathComponent("examples"))) ?? [] }
    private static var modelFiles: [URL] { (try? soma(tests.deletingLastPathComponent().appendingPathComponent("KernelTests/Models"))) ?? [] }

    /// Output with the file's folder taken out, so that it does not depend on where the clone is.
    private func output(_ arguments: [String], of file: URL) throws -> (status: Int32, text: String) {
        let environment = ["XDG_CACHE_HOME": FileManager.default.temporaryDirectory.appendingPathComponent("soma-golden-\(getpid())").path]
        let result = try SomaBinary.run(arguments + [file.path], environment: environment)
        return (result.status, result.output.replacingOccurrences(of: file.deletingLastPathComponent().path + "/", with: ""))
    }

    func testCheckOfEveryExampleMatchesItsGoldenFileAndFindsNoError() throws {
        XCTAssertGreaterThanOrEqual(Self.examples.count, 15, "the examples folder")
        for example in Self.examples {
            let (status, text) = try output(["check"], of: example)
            XCTAssertEqual(status, 0, "\(example.lastPathComponent): \(text)")
            if let mismatch = golden.mismatch(text, named: "check/examples/\(example.deletingPathExtension().lastPathComponent).txt") {
                XCTFail(mismatch)
            }
        }
    }

    func testCheckOfEveryModelFileMatchesItsGoldenFile() throws {
        XCTAssertGreaterThan(Self.modelFiles.count, 100, "the model files of KernelTests")
        for model in Self.modelFiles {
            let (status, text) = try output(["check"], of: model)
            let hasErrors = text.contains(": error: ")
            XCTAssertEqual(status, hasErrors ? 1 : 0, "\(model.lastPathComponent): the exit status says whether errors were printed")
            if let mismatch = golden.mismatch(text, named: "check/models/\(model.deletingPathExtension().lastPathComponent).txt") {
                XCTFail(mismatch)
            }
        }
    }

    /// Every `# expect error: line N col M` of a model file is reported by check at that place, unless the
    /// error only shows when the model runs (a non-finite value, a history filed by an earlier run, a file named
    /// `*_at_run`, an analysis, a print).
    func testCheckReportsTheExpectedErrorsOfBuildingStatements() throws {
        let pattern = try NSRegularExpression(pattern: #"# expect error: line (\d+) col (\d+):"#)
        var compared = 0
        for model in Self.modelFiles {
            let source = try String(contentsOf: model, encoding: .utf8)
            let (_, text) = try output(["check"], of: model)
            for match in pattern.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
                let line = (source as NSString).substring(with: match.range(at: 1))
                let column = (source as NSString).substring(with: match.range(at: 2))
                let statement = source.split(separator: "\n", omittingEmptySubsequences: false)[Int(line)! - 1]
                let word = statement.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
                guard !["print", "plot", "export", "fixedpoints", "phaseplane", "bifurcation", "linearize"].contains(word),
                      !model.lastPathComponent.contains("nonfinite"), !model.lastPathComponent.contains("dt_changed"),
                      !model.lastPathComponent.hasSuffix("_at_run.soma") else { continue }
                compared += 1
                XCTAssertTrue(text.contains("\(model.lastPathComponent):\(line):\(column): error:"),
                              "\(model.lastPathComponent) expects an error at \(line):\(column); check printed:\n\(text)")
            }
        }
        XCTAssertGreaterThan(compared, 50)
    }

    func testJSONOfCheckIsOneNetworkObjectThenOneObjectPerError() throws {
        let model = Self.modelFiles.first { $0.lastPathComponent == "err_connect_unknown_input.soma" }!
        let (status, text) = try output(["check", "--json"], of: model)
        XCTAssertEqual(status, 1)
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, text)
        let network = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        XCTAssertEqual(network?["kind"] as? String, "network")
        let populations = (network?["network"] as? [String: Any])?["populations"] as? [[String: Any]]
        XCTAssertEqual(populations?.first?["name"] as? String, "A")
        XCTAssertEqual(populations?.first?["size"] as? Int, 20)
        let error = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any]
        XCTAssertEqual(error?["kind"] as? String, "error")
        XCTAssertEqual(error?["line"] as? Int, 16)
        XCTAssertEqual(error?["col"] as? Int, 14)
    }

    func testEmitOfEveryExampleMatchesItsGoldenC() throws {
        for example in Self.examples {
            let (status, text) = try output(["emit", "--target", "c"], of: example)
            XCTAssertEqual(status, 0, "\(example.lastPathComponent): \(text.prefix(500))")
            if let mismatch = golden.mismatch(text, named: "emit/\(example.deletingPathExtension().lastPathComponent).c") {
                XCTFail(String(mismatch.prefix(4000)))
            }
        }
    }

    /// The CUDA of two examples, one with events (COBA) and one without (LIF), as `soma emit --target cuda` prints it.
    func testEmitOfCUDAMatchesItsGoldenFiles() throws {
        for name in ["coba.soma", "lif.soma"] {
            let example = try XCTUnwrap(Self.examples.first { $0.lastPathComponent == name })
            let (status, text) = try output(["emit", "--target", "cuda"], of: example)
            XCTAssertEqual(status, 0, "\(name): \(text.prefix(500))")
            XCTAssertTrue(text.contains("SOMA_KERNEL void soma_step_p0("), name)
            XCTAssertTrue(text.contains("#define SOMA_KERNEL extern \"C\" __global__"), name)
            if let mismatch = golden.mismatch(text, named: "emit/\(example.deletingPathExtension().lastPathComponent).cu") {
                XCTFail(String(mismatch.prefix(4000)))
            }
        }
    }

    func testEmitRefusesATargetItHasNot() throws {
        let example = Self.examples.first { $0.lastPathComponent == "lif.soma" }!
        let (status, text) = try output(["emit", "--target", "metal"], of: example)
        XCTAssertNotEqual(status, 0)
        XCTAssertTrue(text.contains("'metal' is invalid"), text)
        XCTAssertTrue(text.contains("'c' and 'cuda'"), text)
    }

    /// A run the CUDA back end cannot render is an error at the declaration of the population it cannot run
    /// (`population L = Lorenz(1)`, read by couplings at every stage), with exit status 1.
    func testEmitOfCUDARefusesWhatItCannotRender() throws {
        let example = try XCTUnwrap(Self.examples.first { $0.lastPathComponent == "train_esn_lorenz_ridge.soma" })
        let (status, text) = try output(["emit", "--target", "cuda"], of: example)
        XCTAssertEqual(status, 1)
        XCTAssertTrue(text.contains("train_esn_lorenz_ridge.soma:24:1: error: the CUDA back end does not render couplings summed at every stage"), text)
    }
}
