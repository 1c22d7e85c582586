import Foundation
import XCTest
@testable import Kernel

/// Feeds the front end broken text: mutants of every example (byte and token
/// deletions, duplications, swaps, troublesome insertions) and random bytes.
///
/// The property: nothing crashes or hangs, every input finishes well under a
/// second, and every error has a line from 1 to the number of lines + 1 and a
/// column from 1 to the length of that line + 1. Everything is seeded; a failure
/// prints the seed, the case and the input. Before each case the input is also
/// written to `soma-fuzz-last-input.soma` in the temporary folder, so a crash
/// (which ends the test process) leaves the input behind.
final class FuzzTests: XCTestCase {
    static let seed: UInt64 = 0x50_4D_41_2F_46_55_5A_5A   // fixed, so failures reproduce
    static let parseMutantsPerExample = 400
    static let executeMutantsPerExample = 40
    static let randomInputs = 500
    /// An input that takes longer fails the test; one that takes `hangSeconds` is abandoned as a hang.
    static let slowSeconds = 1.0
    static let hangSeconds = 10.0

    // MARK: - Random numbers

    /// SplitMix64: small, fast and the same on every platform.
    struct Random {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        /// A whole number in 0..<n (n > 0).
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    // MARK: - Inputs

    private static let examplesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples")

    private static func examples() throws -> [(name: String, bytes: [UInt8])] {
        let files = try FileManager.default.contentsOfDirectory(at: examplesFolder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "soma" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.map { ($0.lastPathComponent, Array(try Data(contentsOf: $0))) }
    }

    /// Single characters that tend to break lexers and parsers, as UTF-8 byte sequences.
    private static let troublesome: [[UInt8]] = {
        var pieces = "{}()[]=+-*/^.,:#\"\n\t <>!&|e_".map { Array(String($0).utf8) }
        pieces += ["µ", "μ", "→", "é"].map { Array($0.utf8) }
        pieces += "0123456789".map { Array(String($0).utf8) }
        pieces += "aZxVdtNi".map { Array(String($0).utf8) }
        pieces += [[0x00], [0xFF], [0xC3], [0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0x0D]]   // NUL and invalid UTF-8
        return pieces
    }()

    /// Whole tokens worth dropping in: keywords, names, units, numbers that are too big or odd.
    private static let vocabulary: [String] = [
        "neuron", "system", "param", "var", "input", "spike", "reset", "refractory", "population", "record",
        "run", "print", "every", "dt", "method", "precision", "seed", "rk9", "f16", "i", "N", "t", "spikes",
        "exp", "rand", "randn", "sqrt", "rate", "count", "mean", "V", "mV", "ms", "nA", "Mohm", "cm^2",
        "0", "1", "-1", "0.5", "1e999", "1e308", "1e-320", "2.5", "100000", "1000000000", "(", ")", "{", "}",
        "[", "]", "[0:3]", "=", "+=", "==", "-", "^", "^-2", "/", ",", ".", ":", "\"", "µs", "#", "\n", "and", "not",
    ]

    /// Splits text into tokens: names and numbers, runs of spaces, single other bytes.
    private static func tokens(_ bytes: [UInt8]) -> [[UInt8]] {
        func isWord(_ b: UInt8) -> Bool {
            (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95 || b == 46
        }
        var out: [[UInt8]] = []
        var i = 0
        while i < bytes.count {
            var j = i + 1
            if isWord(bytes[i]) {
                while j < bytes.count, isWord(bytes[j]) { j += 1 }
            } else if bytes[i] == 32 {
                while j < bytes.count, bytes[j] == 32 { j += 1 }
            }
            out.append(Array(bytes[i..<j]))
            i = j
        }
        return out
    }

    /// One random edit; returns the new bytes and a description of the edit.
    private static func mutate(_ bytes: [UInt8], _ random: inout Random) -> ([UInt8], String) {
        var b = bytes
        func range(maxLength: Int) -> Range<Int> {
            guard !b.isEmpty else { return 0..<0 }
            let start = random.below(b.count)
            let length = 1 + random.below(min(maxLength, b.count - start))
            return start..<(start + length)
        }
        switch random.below(9) {
        case 0:
            let r = range(maxLength: 1 + random.below(40))
            b.removeSubrange(r)
            return (b, "delete bytes \(r)")
        case 1:
            let r = range(maxLength: 1 + random.below(80))
            let at = random.below(b.count + 1)
            b.insert(contentsOf: Array(b[r]), at: at)
            return (b, "duplicate bytes \(r) at \(at)")
        case 2:
            let r1 = range(maxLength: 1 + random.below(30)), r2 = range(maxLength: 1 + random.below(30))
            guard r1.upperBound <= r2.lowerBound || r2.upperBound <= r1.lowerBound else { return (b, "no-op swap") }
            let (first, second) = r1.lowerBound < r2.lowerBound ? (r1, r2) : (r2, r1)
            b = Array(b[..<first.lowerBound]) + Array(b[second]) + Array(b[first.upperBound..<second.lowerBound])
                + Array(b[first]) + Array(b[second.upperBound...])
            return (b, "swap bytes \(first) and \(second)")
        case 3, 4:
            let count = 1 + random.below(4)
            var description: [String] = []
            for _ in 0..<count {
                let piece = random.pick(troublesome)
                let at = random.below(b.count + 1)
                b.insert(contentsOf: piece, at: at)
                description.append("\(piece) at \(at)")
            }
            return (b, "insert " + description.joined(separator: ", "))
        default:
            var t = tokens(b)
            guard t.count > 1 else { return (b, "no-op token edit") }
            let k = random.below(t.count)
            let description: String
            switch random.below(4) {
            case 0:
                t.remove(at: k)
                description = "delete token \(k)"
            case 1:
                t.insert(t[k], at: random.below(t.count + 1))
                description = "duplicate token \(k)"
            case 2:
                let other = random.below(t.count)
                t.swapAt(k, other)
                description = "swap tokens \(k) and \(other)"
            default:
                let word = random.pick(vocabulary)
                t[k] = Array(word.utf8)
                description = "replace token \(k) with \(word.debugDescription)"
            }
            return (t.flatMap { $0 }, description)
        }
    }

    /// Keeps executions tiny: every `run` line runs 1 ms (or 1 time unit) in 10 steps, every population has 2 neurons.
    private static func capped(_ source: String, withUnits: Bool) -> String {
        let run = withUnits ? "run 1 ms dt = 0.1 ms" : "run 1 dt = 0.1"
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in lines.indices {
            let trimmed = lines[index].drop { $0 == " " || $0 == "\t" || $0 == "\r" }
            if trimmed.hasPrefix("run") {
                lines[index] = run
            } else if lines[index].contains("population") || lines[index].contains("(") {
                lines[index] = lines[index].replacingOccurrences(
                    of: #"\(\s*[0-9][0-9.eE+\-]*"#, with: "(2", options: .regularExpression)
            }
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Checking one input

    private struct Failure {
        var what: String
        var label: String
        var input: String
    }

    /// Holds what a worker thread found.
    private final class Outcome: @unchecked Sendable {
        var problems: [String] = []
        var seconds = 0.0
        let done = DispatchSemaphore(value: 0)
    }

    private static let lastInputFile = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("soma-fuzz-last-input.soma")

    private var failures: [Failure] = []
    private var abandoned = false
    private var cases = 0

    /// Where an error may be: a line of the text (or the one after it) and a column of that line (or just past it).
    private static func positionProblem(_ d: Diagnostic, _ source: String) -> String? {
        let lines = source.utf8.split(separator: 10, omittingEmptySubsequences: false)
        guard d.line >= 1, d.line <= lines.count + 1 else {
            return "error line \(d.line) outside 1...\(lines.count + 1): \(d.message)"
        }
        let length = d.line <= lines.count ? lines[d.line - 1].count : 0
        guard d.column >= 1, d.column <= length + 1 else {
            return "error column \(d.column) outside 1...\(length + 1) on line \(d.line): \(d.message)"
        }
        if d.message.isEmpty { return "error with an empty message at \(d.line):\(d.column)" }
        return nil
    }

    private static func check(_ source: String, execute: Bool) -> [String] {
        var problems: [String] = []
        let renderer = DiagnosticRenderer(fileName: "fuzz.soma", source: source)
        do {
            _ = try Parser.parse(source)
        } catch let list as DiagnosticList {
            if list.diagnostics.isEmpty { problems.append("Parser.parse threw an empty DiagnosticList") }
            for d in list.diagnostics {
                if let problem = positionProblem(d, source) { problems.append("parse: " + problem) }
                _ = renderer.render(d)
            }
        } catch {
            problems.append("Parser.parse threw \(type(of: error)), not a DiagnosticList: \(error)")
        }
        guard execute else { return problems }
        for output in Interpreter().execute(source) {
            if case .error(let d) = output, let problem = positionProblem(d, source) {
                problems.append("execute: " + problem)
            }
            _ = OutputFormat.text(output, renderer: renderer)
        }
        return problems
    }

    /// Runs one case on a worker thread, so that a hang is reported instead of stopping the suite.
    private func run(_ source: String, execute: Bool, label: String) {
        guard !abandoned else { return }
        cases += 1
        try? source.write(to: Self.lastInputFile, atomically: false, encoding: .utf8)
        let outcome = Outcome()
        let thread = Thread {
            let start = Date()
            let problems = FuzzTests.check(source, execute: execute)
            outcome.seconds = Date().timeIntervalSince(start)
            outcome.problems = problems
            outcome.done.signal()
        }
        thread.stackSize = 64 << 20
        thread.start()
        if outcome.done.wait(timeout: .now() + Self.hangSeconds) == .timedOut {
            failures.append(Failure(what: "no result after \(Self.hangSeconds) s (hang); fuzzing stopped", label: label, input: source))
            abandoned = true
            return
        }
        var problems = outcome.problems
        if outcome.seconds > Self.slowSeconds {
            problems.append(String(format: "took %.2f s", outcome.seconds))
        }
        for problem in problems {
            failures.append(Failure(what: problem, label: label, input: source))
        }
    }

    private func report(_ name: String) {
        print("FuzzTests.\(name): \(cases) cases, \(failures.count) problems (seed \(String(Self.seed, radix: 16)))")
        for failure in failures.prefix(12) {
            XCTFail("\(failure.what)\n  case: \(failure.label), seed 0x\(String(Self.seed, radix: 16))\n  input: \(failure.input.debugDescription)")
        }
        if failures.count > 12 { XCTFail("… and \(failures.count - 12) more problems") }
    }

    // MARK: - Tests

    func testMutatedExamplesNeverCrashAndReportPositionedErrors() throws {
        let examples = try Self.examples()
        XCTAssertFalse(examples.isEmpty, "no examples in \(Self.examplesFolder.path)")
        var random = Random(seed: Self.seed)
        for (name, original) in examples {
            let withUnits = String(decoding: original, as: UTF8.self).contains(" ms")
            for n in 0..<(Self.parseMutantsPerExample + Self.executeMutantsPerExample) {
                var bytes = original
                var edits: [String] = []
                for _ in 0...random.below(4) {
                    let (mutated, edit) = Self.mutate(bytes, &random)
                    bytes = mutated
                    edits.append(edit)
                }
                // Invalid UTF-8 reaches the front end as U+FFFD, as it would from a file read this way.
                var source = String(decoding: bytes, as: UTF8.self)
                let execute = n >= Self.parseMutantsPerExample
                if execute { source = Self.capped(source, withUnits: withUnits) }
                run(source, execute: execute, label: "\(name) mutant \(n) (\(execute ? "execute" : "parse")): " + edits.joined(separator: "; "))
            }
        }
        report("mutants")
    }

    func testRandomBytesNeverCrashAndReportPositionedErrors() {
        var random = Random(seed: Self.seed ^ 0xFFFF)
        let alphabet = Array("neuron system param var population record run print dt spike reset V ms mV 0123456789 ".utf8)
        for n in 0..<Self.randomInputs {
            let length = random.below(n < 50 ? 8 : 200)
            var bytes: [UInt8] = []
            for _ in 0..<length {
                switch random.below(4) {
                case 0: bytes.append(UInt8(truncatingIfNeeded: random.next()))
                case 1: bytes += random.pick(Self.troublesome)
                default: bytes.append(random.pick(alphabet))
                }
            }
            let source = String(decoding: bytes, as: UTF8.self)
            // Random text never has a sensible run, but a cap keeps it that way.
            run(source, execute: !source.contains("run"), label: "random input \(n) \(bytes)")
        }
        report("random")
    }

    /// Hand-picked edge cases that random edits rarely produce.
    func testEdgeCasesNeverCrashAndReportPositionedErrors() {
        let inputs = [
            "", "\n", "\u{0}", "#", "\"", "(", ")", "}", "{", "[", "]", "µ", "\u{FFFD}", "\r\n\r\n", "print", "print (",
            "print 1e999", "print 1e", "print .", "print 1.2.3", "print 1 ^ -", "print 1 ms^", "print 1 ms^-", "print 2 ms^-x",
            "neuron", "neuron A", "neuron A {", "neuron A {\n", "neuron A {\nreset {", "neuron A {\nreset {\n}",
            "system S {\n var x = 1\n}\npopulation P = S(1)\nprint P.x[", "population P = S(", "record P.", "run",
            "run 1 ms dt", "P.", "P.x[0:", String(repeating: "(", count: 2000), String(repeating: "-", count: 2000) + "1",
            "print " + String(repeating: "1+", count: 2000) + "1", "print " + String(repeating: "not ", count: 2000) + "1",
            String(repeating: "\n", count: 1000) + "$", "print \"a\" \"b\"", "print \"\u{0}\"",
            "system S {\n var x = 1\n dx/dt = x^1e300\n}\npopulation P = S(1)\nrun 1 dt = 0.1",
            "system S {\n var x = 1\n dx/dt = x^-12 / 0\n}\npopulation P = S(1)\nrun 1 dt = 0.1",
            "neuron A {\n var V = 0 mV\n dV/dt = V^12 / ms / mV^11\n}\npopulation P = A(1)\nrun 1 ms dt = 0.1 ms",
            "system S {\n var x = 1\n}\npopulation P = S(1000000001)",
            "system S {\n var x = 1\n}\npopulation P = S(1)\nrun 1 dt = 1e-300",
            "system S {\n var x = 1\n}\npopulation P = S(1)\nrun 1e300 dt = 1e-300",
            "system S {\n var x = 1\n}\npopulation P = S(1)\nrun 1 dt = 0.1 seed = -1",
            "system S {\n var x = 1\n}\npopulation P = S(1)\nrecord P.x every 1e-300\nrun 1 dt = 0.1",
            "system S {\n var x = 1\n}\npopulation P = S(1)\nprint P.x[0.5]",
            "system S {\n var x = 1\n}\npopulation P = S(1)\nprint P.x[1e300]",
            "system S {\n var x = 1\n}\npopulation P = S(1)\nprint P.x[-1e300:1e300]",
        ]
        for (n, source) in inputs.enumerated() {
            run(source, execute: true, label: "edge case \(n)")
        }
        report("edge cases")
    }
}
