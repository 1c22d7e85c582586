import Foundation
import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import Language
@testable import Output

/// Feeds the front end broken text: mutants of every example (byte and token
/// deletions, duplications, swaps, troublesome insertions) and random bytes.
///
/// The property: nothing crashes or hangs, every input finishes well under a
/// second, and every error has a line from 1 to the number of lines + 1 and a
/// column from 1 to the length of that line (in bytes) + 1. Everything is seeded;
/// a failure prints the seed, the case and the input. The cases run in a child
/// process, so a crash is reported like any other failure.
final class FuzzTests: XCTestCase {
    static let seed: UInt64 = 0x50_4D_41_2F_46_55_5A_5A   // fixed, so failures reproduce
    static let parseMutantsPerExample = 400
    static let executeMutantsPerExample = 40
    static let randomInputs = 500
    /// An input that takes more CPU time on its thread fails the test (CPU time, so that a loaded
    /// machine does not fail it; a debug build draws the Morris–Lecar diagram, cycles up to the
    /// SNIC included, in 2.7 s of CPU, and 4.06 s was measured beside other work sharing the cores);
    /// a child that spends `hangSeconds` of CPU time on one case is a hang, and so is one that
    /// stays on a case `blockedSeconds` by the clock (a hang that waits without using the CPU).
    static let slowSeconds = 8.0
    static let hangSeconds = 10.0
    static let blockedSeconds = 120.0

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

    /// Keeps executions tiny: every `run` line runs 1 ms (or 1 time unit) in 10 steps, every population has 2 neurons,
    /// every `fi` curve 2 neurons for as long, and a task 8 trials to train on and 8 to test, for one epoch.
    private static func capped(_ source: String, withUnits: Bool) -> String {
        let run = withUnits ? "run 1 ms dt = 0.1 ms" : "run 1 dt = 0.1"
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in lines.indices {
            let trimmed = lines[index].drop { $0 == " " || $0 == "\t" || $0 == "\r" }
            if trimmed.hasPrefix("run") {
                lines[index] = run
            } else if trimmed.hasPrefix("fi") {
                lines[index] = lines[index].replacingOccurrences(of: #"\s(n\s*=|for\b).*$"#, with: " n = 2 for" + run.dropFirst(3),
                                                                 options: .regularExpression)
            } else if lines[index].contains("population") {
                lines[index] = lines[index].replacingOccurrences(
                    of: #"\(\s*[0-9][0-9.eE+\-]*"#, with: "(2", options: .regularExpression)
            }
        }
        var text = lines.joined(separator: "\n")
        for (option, value) in [("trials", 8), ("test", 8), ("epochs", 1)] {
            text = text.replacingOccurrences(of: #"\b\#(option)\s*=\s*[0-9]+"#, with: "\(option) = \(value)", options: .regularExpression)
        }
        return text
    }

    // MARK: - Cases

    struct Case {
        var label: String
        var source: String
        var execute: Bool
    }

    static func mutantCases() throws -> [Case] {
        var cases: [Case] = []
        var random = Random(seed: seed)
        for (name, original) in try examples() {
            let withUnits = String(decoding: original, as: UTF8.self).contains(" ms")
            // The example itself, capped: it must run.
            cases.append(Case(label: "\(name) capped, unmutated", source: capped(String(decoding: original, as: UTF8.self), withUnits: withUnits),
                              execute: true))
            for n in 0..<(parseMutantsPerExample + executeMutantsPerExample) {
                let execute = n >= parseMutantsPerExample
                var bytes = original
                var edits: [String] = []
                // One edit for the mutants that run (so that many still reach the simulation), up to five for the others.
                for _ in 0...(execute ? 0 : random.below(5)) {
                    let (mutated, edit) = mutate(bytes, &random)
                    bytes = mutated
                    edits.append(edit)
                }
                // Invalid UTF-8 reaches the front end as U+FFFD, as it would from a file read this way.
                var source = String(decoding: bytes, as: UTF8.self)
                if execute { source = capped(source, withUnits: withUnits) }
                cases.append(Case(label: "\(name) mutant \(n) (\(execute ? "execute" : "parse only")): " + edits.joined(separator: "; "),
                                  source: source, execute: execute))
            }
        }
        return cases
    }

    static func randomCases() -> [Case] {
        var random = Random(seed: seed ^ 0xFFFF)
        let alphabet = Array("neuron system param var population record run print dt spike reset V ms mV 0123456789 ".utf8)
        return (0..<randomInputs).map { n in
            let length = random.below(n < 50 ? 8 : 200)
            var bytes: [UInt8] = []
            for _ in 0..<length {
                switch random.below(4) {
                case 0: bytes.append(UInt8(truncatingIfNeeded: random.next()))
                case 1: bytes += random.pick(troublesome)
                default: bytes.append(random.pick(alphabet))
                }
            }
            let source = String(decoding: bytes, as: UTF8.self)
            // Random text never holds a sensible run; leaving out any that mentions one keeps it that way.
            return Case(label: "random input \(n): bytes \(bytes)", source: source, execute: !source.contains("run"))
        }
    }

    /// Hand-picked edge cases that random edits rarely produce.
    static func edgeCases() -> [Case] {
        let model = "system S {\n var x = 1\n}\npopulation P = S(1)\n"
        let inputs = [
            "", "\n", "\u{0}", "#", "\"", "(", ")", "}", "{", "[", "]", "µ", "\u{FFFD}", "\r\n\r\n", "print", "print (",
            "print 1e999", "print 1e", "print .", "print 1.2.3", "print 1 ^ -", "print 1 ms^", "print 1 ms^-", "print 2 ms^-x",
            "neuron", "neuron A", "neuron A {", "neuron A {\n", "neuron A {\nreset {", "neuron A {\nreset {\n}",
            model + "print P.x[", "population P = S(", "record P.", "run", "run 1 ms dt", "P.", "P.x[0:",
            String(repeating: "(", count: 2000), String(repeating: "-", count: 2000) + "1",
            "print " + String(repeating: "1+", count: 2000) + "1", "print " + String(repeating: "not ", count: 2000) + "1",
            String(repeating: "\n", count: 1000) + "$", "print \"a\" \"b\"", "print \"\u{0}\"",
            "system S {\n var x = 1\n dx/dt = x^1e300\n}\npopulation P = S(1)\nrun 1 dt = 0.1",
            "system S {\n var x = 1\n dx/dt = x^-12 / 0\n}\npopulation P = S(1)\nrun 1 dt = 0.1",
            "neuron A {\n var V = 0 mV\n dV/dt = V^12 / ms / mV^11\n}\npopulation P = A(1)\nrun 1 ms dt = 0.1 ms",
            "system S {\n var x = 1\n}\npopulation P = S(1000000001)",
            model + "run 1 dt = 1e-300", model + "run 1e300 dt = 1e-300", model + "run 1 dt = 0.1 seed = -1",
            model + "record P.x every 1e-300\nrun 1 dt = 0.1",
            model + "print P.x[0.5]", model + "print P.x[-1]", model + "print P.x[2:1]",
            // Numbers too large for an Int where the kernel converts to one.
            model + "print P.x[1e300]", model + "record P.x[0:1e19]", "print 1 ms^1e300", "print 2^1e300", "print mV^-1e19",
        ]
        return inputs.enumerated().map { Case(label: "edge case \($0.offset)", source: $0.element, execute: true) }
    }

    // MARK: - Checking one input

    /// Where an error may be: a line of the text (or the one after it) and a column of that line (or just past it).
    static func positionProblem(_ d: Diagnostic, _ source: String) -> String? {
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

    /// The problems with one input (empty when it behaves), and whether a simulation ran.
    static func check(_ c: Case) -> (problems: [String], simulated: Bool) {
        var problems: [String] = []
        var simulated = false
        let start = threadCPUSeconds()
        let renderer = DiagnosticRenderer(fileName: "fuzz.soma", source: c.source)
        do {
            _ = try Parser.parse(c.source)
        } catch let list as DiagnosticList {
            if list.diagnostics.isEmpty { problems.append("Parser.parse threw an empty DiagnosticList") }
            for d in list.diagnostics {
                if let problem = positionProblem(d, c.source) { problems.append("parse: " + problem) }
                _ = renderer.render(d)
            }
        } catch {
            problems.append("Parser.parse threw \(type(of: error)), not a DiagnosticList: \(error)")
        }
        if c.execute {
            for output in Interpreter.withPrivateCache().execute(c.source) {
                if case .error(let d) = output, let problem = positionProblem(d, c.source) {
                    problems.append("execute: " + problem)
                }
                if case .run = output { simulated = true }
                _ = OutputFormat.text(output, renderer: renderer)
            }
        }
        let seconds = threadCPUSeconds() - start
        if seconds > slowSeconds { problems.append(String(format: "took %.2f s", seconds)) }
        return (problems, simulated)
    }

    /// User and system time of a child so far, from /proc/PID/stat (fields 14 and 15, in clock ticks).
    private static func cpuSeconds(ofProcess pid: Int32) -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let afterName = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: afterName)...].split(separator: " ")
        // fields[0] is the state (field 3), so utime (field 14) is fields[11].
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    private static func threadCPUSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) * 1e-9
    }

    // MARK: - Running cases in a child process

    /// The cases run in a child process (this test binary, running `testChildProcess`), so that
    /// a crash or a hang is reported with its input and the rest of the cases still run.
    private static let childSuite = "SOMA_FUZZ_SUITE", childStart = "SOMA_FUZZ_START", childEnd = "SOMA_FUZZ_END",
                       childFolder = "SOMA_FUZZ_FOLDER"

    static func cases(of suite: String) throws -> [Case] {
        switch suite {
        case "mutants": return try mutantCases()
        case "random": return randomCases()
        default: return edgeCases()
        }
    }

    /// The entry point of the child process; does nothing in a normal test run.
    func testChildProcess() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let suite = environment[Self.childSuite], let folder = environment[Self.childFolder],
              let start = Int(environment[Self.childStart] ?? ""), let end = Int(environment[Self.childEnd] ?? "") else { return }
        let cases = try Self.cases(of: suite)
        let progress = URL(fileURLWithPath: folder).appendingPathComponent("progress")
        let results = try FileHandle(forWritingTo: URL(fileURLWithPath: folder).appendingPathComponent("results"))
        results.seekToEndOfFile()
        for index in start..<end {
            try String(index).write(to: progress, atomically: false, encoding: .utf8)
            let (problems, simulated) = Self.check(cases[index])
            for problem in problems {
                results.write(Data("\(index)\t\(problem.replacingOccurrences(of: "\n", with: " "))\n".utf8))
            }
            if simulated { results.write(Data("\(index)\tsimulated\n".utf8)) }
        }
        try String(end).write(to: progress, atomically: false, encoding: .utf8)
        results.closeFile()
    }

    private struct Failure {
        var what: String
        var index: Int
    }

    /// What the child processes of one shard of the cases found.
    private struct Shard: Sendable {
        var failures: [Failure] = []
        var simulated = 0
        /// Cases no child started on (a runner that cannot run one test), to check in this process.
        var unstarted: Range<Int> = 0..<0
        var gaveUpAt: Int?
    }

    /// Shards' results, filled from concurrent threads.
    private final class Shards: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var all: [Shard]
        init(count: Int) { all = Array(repeating: Shard(), count: count) }
        func set(_ k: Int, _ shard: Shard) { lock.lock(); all[k] = shard; lock.unlock() }
    }

    /// Child processes one after another over `range` of the cases, restarting after a crash or a hang.
    private static func runShard(_ suite: String, _ range: Range<Int>, executable: String, folder: URL) -> Shard {
        var shard = Shard()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let progress = folder.appendingPathComponent("progress"), results = folder.appendingPathComponent("results")
        _ = FileManager.default.createFile(atPath: results.path, contents: nil)
        var start = range.lowerBound
        var restarts = 0
        while start < range.upperBound {
            let child = Process()
            child.executableURL = URL(fileURLWithPath: executable)
            child.arguments = ["KernelTests.FuzzTests/testChildProcess"]
            child.currentDirectoryURL = folder
            var environment = ProcessInfo.processInfo.environment
            environment[childSuite] = suite
            environment[childStart] = String(start)
            environment[childEnd] = String(range.upperBound)
            environment[childFolder] = folder.path
            child.environment = environment
            child.standardOutput = FileHandle.nullDevice
            child.standardError = FileHandle.nullDevice
            try? FileManager.default.removeItem(at: progress)
            guard (try? child.run()) != nil else { shard.unstarted = start..<range.upperBound; break }
            var reached = start, since = Date(), cpuSince = cpuSeconds(ofProcess: child.processIdentifier)
            var hang = ""
            while child.isRunning {
                usleep(10_000)
                let now = Int((try? String(contentsOf: progress, encoding: .utf8)) ?? "") ?? reached
                let cpu = cpuSeconds(ofProcess: child.processIdentifier)
                if now != reached { reached = now; since = Date(); cpuSince = cpu }
                if cpu - cpuSince > hangSeconds { hang = "hang: \(hangSeconds) s of CPU time on one case"; break }
                if Date().timeIntervalSince(since) > blockedSeconds { hang = "hang: on one case for \(blockedSeconds) s"; break }
            }
            guard let last = try? String(contentsOf: progress, encoding: .utf8), let done = Int(last) else {
                shard.unstarted = start..<range.upperBound
                break
            }
            reached = done
            if child.isRunning {
                child.terminate()
                child.waitUntilExit()
                shard.failures.append(Failure(what: hang, index: reached))
            } else if child.terminationReason == .uncaughtSignal || reached < range.upperBound {
                shard.failures.append(Failure(what: "crash: the process ended (\(child.terminationReason == .uncaughtSignal ? "signal" : "status") \(child.terminationStatus))",
                                              index: reached))
            } else {
                break
            }
            start = reached + 1
            restarts += 1
            if restarts > 25 { shard.gaveUpAt = start; break }
        }
        let text = (try? String(contentsOf: results, encoding: .utf8)) ?? ""
        for entry in text.split(separator: "\n") {
            let parts = entry.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2, let index = Int(parts[0]) else { continue }
            if parts[1] == "simulated" { shard.simulated += 1 } else { shard.failures.append(Failure(what: String(parts[1]), index: index)) }
        }
        return shard
    }

    /// Runs every case of a suite in child processes, one shard of the cases per core, so that
    /// the suite's time does not grow with the examples as fast as their mutants do.
    private func fuzz(_ suite: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let cases = try Self.cases(of: suite)
        let executable = ProcessInfo.processInfo.arguments[0]
        var failures: [Failure] = []
        var simulated = 0
        // Mutated `export svg` paths write where the checker stands: inside this scratch folder.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("soma-fuzz-\(suite)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func checkHere(_ indices: Range<Int>) {
            let previous = FileManager.default.currentDirectoryPath
            _ = FileManager.default.changeCurrentDirectoryPath(folder.path)
            defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
            for index in indices {
                let (problems, ran) = Self.check(cases[index])
                failures += problems.map { Failure(what: $0, index: index) }
                if ran { simulated += 1 }
            }
        }
        if FileManager.default.isExecutableFile(atPath: executable), !executable.hasSuffix("/swift") {
            let count = max(1, min(4, ProcessInfo.processInfo.activeProcessorCount))
            let bounds = (0...count).map { $0 * cases.count / count }
            let shards = Shards(count: count)
            DispatchQueue.concurrentPerform(iterations: count) { k in
                shards.set(k, Self.runShard(suite, bounds[k]..<bounds[k + 1], executable: executable,
                                            folder: folder.appendingPathComponent("shard\(k)")))
            }
            for shard in shards.all {
                failures += shard.failures
                simulated += shard.simulated
                checkHere(shard.unstarted)
                if let at = shard.gaveUpAt { XCTFail("more than 25 crashes or hangs; stopped at case \(at)", file: file, line: line) }
            }
        } else {
            // No test binary to start (an unusual runner): check in this process.
            checkHere(cases.indices)
        }
        failures.sort { $0.index < $1.index }
        print("FuzzTests \(suite): \(cases.count) cases (\(cases.filter(\.execute).count) executed, \(simulated) of them simulated), "
              + "\(cases.count - Set(failures.map(\.index)).count) behave, "
              + "\(failures.count) problems (seed 0x\(String(Self.seed, radix: 16)))")
        for failure in failures.prefix(15) {
            let c = cases[failure.index]
            XCTFail("\(failure.what)\n  case \(failure.index): \(c.label) (seed 0x\(String(Self.seed, radix: 16)))\n  input: \(c.source.debugDescription)",
                    file: file, line: line)
        }
        if failures.count > 15 { XCTFail("… and \(failures.count - 15) more problems", file: file, line: line) }
    }

    // MARK: - Tests

    func testMutatedExamplesNeverCrashAndReportPositionedErrors() throws {
        XCTAssertFalse(try Self.examples().isEmpty, "no examples in \(Self.examplesFolder.path)")
        try fuzz("mutants")
    }

    func testRandomBytesNeverCrashAndReportPositionedErrors() throws {
        try fuzz("random")
    }

    func testEdgeCasesNeverCrashAndReportPositionedErrors() throws {
        try fuzz("edge")
    }
}
