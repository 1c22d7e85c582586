import Foundation
import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import Language
@testable import Output

/// Runs every `.soma` file in Tests/KernelTests/Models and checks it against the
/// expectations written inside it as comments:
///
///     # expect: <text>
///         a line of the text-rendered outputs, in order with the other `# expect:` lines
///         (compared with surrounding spaces trimmed; a trailing `...` makes it a prefix)
///     # expect error: line N col M: <message substring>
///         an error at line N, column M whose message contains the substring
///     # expect hint: <substring>
///         the hint of the error expected just above contains the substring
///
/// A file with `# expect error:` lines must produce exactly those errors (in any order)
/// and no others; a file without them must produce no error at all. Set
/// SOMA_MODEL_DUMP=1 to print what every file produced.
final class ModelFileTests: XCTestCase {
    private struct ExpectedError {
        var line: Int
        var column: Int
        var message: String
        var hints: [String] = []
        var directiveLine: Int
    }

    private struct Expectations {
        var texts: [(text: String, directiveLine: Int)] = []
        var errors: [ExpectedError] = []
    }

    private enum DirectiveError: Error { case malformed(line: Int, String) }

    private static let errorPattern = try! NSRegularExpression(pattern: #"^line (\d+) col (\d+): (.+)$"#)

    private static func expectations(in source: String) throws -> Expectations {
        var result = Expectations()
        for (index, rawLine) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            let number = index + 1
            guard line.hasPrefix("#") else { continue }
            let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
            if body.hasPrefix("expect:") {
                let text = body.dropFirst("expect:".count).trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else { throw DirectiveError.malformed(line: number, "empty # expect:") }
                result.texts.append((text, number))
            } else if body.hasPrefix("expect error:") {
                let spec = body.dropFirst("expect error:".count).trimmingCharacters(in: .whitespaces)
                let range = NSRange(spec.startIndex..., in: spec)
                guard let match = errorPattern.firstMatch(in: spec, range: range),
                      let l = Range(match.range(at: 1), in: spec), let c = Range(match.range(at: 2), in: spec),
                      let m = Range(match.range(at: 3), in: spec) else {
                    throw DirectiveError.malformed(line: number, "write # expect error: line N col M: message")
                }
                result.errors.append(ExpectedError(line: Int(spec[l])!, column: Int(spec[c])!,
                                                   message: String(spec[m]), directiveLine: number))
            } else if body.hasPrefix("expect hint:") {
                let text = body.dropFirst("expect hint:".count).trimmingCharacters(in: .whitespaces)
                guard !result.errors.isEmpty else {
                    throw DirectiveError.malformed(line: number, "# expect hint: must follow an # expect error: line")
                }
                result.errors[result.errors.count - 1].hints.append(text)
            } else if body.hasPrefix("expect") {
                throw DirectiveError.malformed(line: number, "unknown directive '\(body)'")
            }
        }
        return result
    }

    private static func modelFiles() throws -> [URL] {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "Models", withExtension: nil), "Models is not bundled")
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "soma" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Checks one file; returns the problems found (empty when it passes).
    private func check(_ url: URL, dump: Bool) throws -> [String] {
        let name = url.lastPathComponent
        let source = try String(contentsOf: url, encoding: .utf8)
        var problems: [String] = []
        guard source.hasPrefix("#") else {
            return ["the first line must be a comment saying what the file tests"]
        }
        let expected: Expectations
        do {
            expected = try Self.expectations(in: source)
        } catch DirectiveError.malformed(let line, let why) {
            return ["line \(line): \(why)"]
        }
        if expected.texts.isEmpty && expected.errors.isEmpty {
            return ["no # expect: or # expect error: lines"]
        }

        let outputs = Interpreter.withPrivateCache().execute(source)
        let renderer = DiagnosticRenderer(fileName: name, source: source)
        let rendered = outputs.map { OutputFormat.text($0, renderer: renderer) }
        if dump {
            print("==== \(name)\n" + rendered.joined(separator: "\n"))
        }
        let lines = rendered.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
            .map { $0.trimmingCharacters(in: .whitespaces) }

        // Texts, in order.
        var next = 0
        for (text, directiveLine) in expected.texts {
            let matches: (String) -> Bool = text.hasSuffix("...")
                ? { $0.hasPrefix(String(text.dropLast(3))) }
                : { $0 == text }
            if let found = lines[next...].firstIndex(where: matches) {
                next = found + 1
            } else {
                let seenEarlier = lines[..<next].contains(where: matches)
                problems.append("line \(directiveLine): expected output '\(text)'"
                                + (seenEarlier ? " (it appears, but out of order)" : " not found"))
            }
        }

        // Errors: exactly the expected ones.
        let lineCount = source.split(separator: "\n", omittingEmptySubsequences: false).count
        var unmatched: [Diagnostic] = []
        for case .error(let diagnostic) in outputs { unmatched.append(diagnostic) }
        for diagnostic in unmatched where diagnostic.line < 1 || diagnostic.line > lineCount + 1 || diagnostic.column < 1 {
            problems.append("error outside the text at \(diagnostic.line):\(diagnostic.column): \(diagnostic.message)")
        }
        for error in expected.errors {
            if let index = unmatched.firstIndex(where: {
                $0.line == error.line && $0.column == error.column && $0.message.contains(error.message)
            }) {
                let diagnostic = unmatched.remove(at: index)
                for hint in error.hints where !(diagnostic.hint ?? "").contains(hint) {
                    problems.append("line \(error.directiveLine): the hint of the error at \(error.line):\(error.column) "
                                    + "should contain '\(hint)', it is '\(diagnostic.hint ?? "(none)")'")
                }
            } else {
                problems.append("line \(error.directiveLine): expected an error at line \(error.line) col \(error.column) "
                                + "containing '\(error.message)'")
            }
        }
        for diagnostic in unmatched {
            problems.append("unexpected error at line \(diagnostic.line) col \(diagnostic.column): \(diagnostic.message)")
        }
        if !problems.isEmpty {
            problems.append("outputs were:\n" + rendered.joined(separator: "\n"))
        }
        return problems
    }

    func testEveryModelFileProducesWhatItsCommentsExpect() throws {
        let files = try Self.modelFiles()
        XCTAssertGreaterThanOrEqual(files.count, 45, "the model-test folder looks incomplete")
        let dump = ProcessInfo.processInfo.environment["SOMA_MODEL_DUMP"] != nil
        var passed = 0
        for url in files {
            let problems = try check(url, dump: dump)
            if problems.isEmpty {
                passed += 1
            } else {
                XCTFail("\(url.lastPathComponent):\n  " + problems.joined(separator: "\n  "))
            }
        }
        print("ModelFileTests: \(passed) of \(files.count) model files pass")
    }

    /// The directive reader itself: a malformed directive is reported, not silently ignored.
    func testDirectivesAreReadStrictly() throws {
        let parsed = try Self.expectations(in: """
            # a comment
            # expect: x = 1
            print 1   # expect: not a directive (it is not at the start of the line)
            # expect error: line 3 col 7: unknown
            # expect hint: did you mean
            """)
        XCTAssertEqual(parsed.texts.map(\.text), ["x = 1"])
        XCTAssertEqual(parsed.errors.count, 1)
        XCTAssertEqual(parsed.errors.first?.line, 3)
        XCTAssertEqual(parsed.errors.first?.column, 7)
        XCTAssertEqual(parsed.errors.first?.hints, ["did you mean"])
        XCTAssertThrowsError(try Self.expectations(in: "# expect error: line x col 1: y"))
        XCTAssertThrowsError(try Self.expectations(in: "# expects: y"))
        XCTAssertThrowsError(try Self.expectations(in: "# expect hint: y"))
    }
}
