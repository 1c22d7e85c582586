import Foundation
import XCTest
import Kernel
@testable import KernelProtocol
@testable import Output
import KernelClient
import SomaTestSupport

/// The built `soma` spawned as a kernel and driven the way the workbench does.
final class KernelProcessTests: XCTestCase {
    private var kernel: KernelProcess!
    private var logPath: String!
    /// Events polled after the one a wait stopped at, for the next wait.
    private var backlog: [KernelEvent] = []

    private static var soma: String { SomaBinary.path }

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: Self.soma), "build soma first: swift build")
        logPath = NSTemporaryDirectory() + "soma-kernel-\(getpid())-\(name.filter(\.isLetter)).log"
        // KernelProcess passes this process's environment on to the kernel it spawns, and takes no other.
        for (key, folder) in PrivateFolders.environment(in: PrivateFolders.shared, base: [:]) { setenv(key, folder, 1) }
        kernel = try KernelProcess(executable: Self.soma, logPath: logPath)
        let ready = events(until: { if case .ready = $0 { true } else { false } })
        guard case .ready(Message.protocolVersion, "cpu") = ready.last else { return XCTFail("no ready event: \(ready)") }
    }

    override func tearDown() {
        kernel?.shutdown()
        if let logPath { try? FileManager.default.removeItem(atPath: logPath) }
    }

    /// Events until one satisfies `stop`, waiting on the wake descriptor as the UI loop would.
    private func events(within seconds: Double = 10, until stop: (KernelEvent) -> Bool) -> [KernelEvent] {
        let deadline = Date().addingTimeInterval(seconds)
        var collected: [KernelEvent] = []
        while true {
            while !backlog.isEmpty {
                let event = backlog.removeFirst()
                collected.append(event)
                if stop(event) { return collected }
            }
            guard Date() < deadline else { break }
            var wake = pollfd(fd: kernel.wakeDescriptor, events: Int16(POLLIN), revents: 0)
            _ = poll(&wake, 1, Int32(max(1, deadline.timeIntervalSinceNow * 1000)))
            backlog = kernel.poll()
        }
        XCTFail("timed out after \(collected.count) events: \(collected.suffix(3))")
        return collected
    }

    private func outputs(of id: Int, within seconds: Double = 10) -> [Output] {
        events(within: seconds) { if case .done(id, _) = $0 { true } else { false } }.compactMap {
            if case .output(id, let output) = $0 { output } else { nil }
        }
    }

    func testCellsRunAndStatePersists() throws {
        let first = outputs(of: kernel.execute(decayCell))
        XCTAssertTrue(first.contains { if case .run = $0 { true } else { false } }, "a run summary is streamed")
        XCTAssertEqual(printedValues(first, "P.x")?.first ?? 0, exp(-1), accuracy: 1e-9)
        let second = outputs(of: kernel.execute("run 1 dt = 0.001\nprint P.x"))
        XCTAssertEqual(printedValues(second, "P.x")?.first ?? 0, exp(-2), accuracy: 1e-9)

        let id = kernel.complete("P.")
        let answer = events { if case .completions(id, _) = $0 { true } else { false } }
        guard case .completions(_, let candidates) = answer.last else { return XCTFail("no completions") }
        XCTAssertEqual(candidates.words, ["P.x"])
    }

    func testInterruptStopsARunAndKeepsTheState() throws {
        // 1e7 steps of 1000 neurons: far longer than the test waits.
        let long = kernel.execute("system C {\n var x = 0\n dx/dt = 1\n}\npopulation P = C(1000)\nrun 10000 dt = 0.001")
        _ = events { if case .progress(long, _, _, _) = $0 { true } else { false } }
        let queued = kernel.execute("print 1")
        kernel.interrupt()
        // The run would take hours: its error arriving at all within the wait means the interrupt stopped it.
        let messages = errorMessages(outputs(of: long, within: 10))
        let message = try XCTUnwrap(messages.first)
        XCTAssertTrue(message.hasPrefix("interrupted at t = "), message)
        XCTAssertEqual(errorMessages(outputs(of: queued)), ["interrupted before it started"])

        // "interrupted at t = T after N of 10000000 steps": the kernel's time advanced by N steps.
        let stepsDone = try XCTUnwrap(Double(message.components(separatedBy: " after ")[1].components(separatedBy: " of ")[0]))
        let after = outputs(of: kernel.execute("run 0.5 dt = 0.001\nprint t, P.x[0]"))
        XCTAssertEqual(printedValues(after, "t")?.first ?? 0, stepsDone * 0.001 + 0.5, accuracy: 1e-6)
        XCTAssertEqual(printedValues(after, "P.x[0]")?.first ?? 0, stepsDone * 0.001 + 0.5, accuracy: 1e-6)
    }

    func testAKilledKernelIsReportedAndRestarts() throws {
        let long = kernel.execute("system C {\n var x = 0\n dx/dt = 1\n}\npopulation P = C(1000)\nrun 10000 dt = 0.001")
        _ = events { if case .progress(long, _, _, _) = $0 { true } else { false } }
        kill(try XCTUnwrap(kernel.processID), SIGKILL)
        let death = events { if case .died = $0 { true } else { false } }
        guard case .died(let exit, let unfinished) = death.last else { return XCTFail("no death reported") }
        XCTAssertEqual(exit, .killed(signal: SIGKILL))
        XCTAssertEqual(exit.description, "the kernel was killed by signal 9 (killed)")
        XCTAssertEqual(unfinished, [long])

        let orphan = kernel.execute("print 1")
        XCTAssertEqual(errorMessages(outputs(of: orphan)), ["the kernel is not running"])

        try kernel.restart()
        _ = events { if case .ready = $0 { true } else { false } }
        XCTAssertEqual(printedValues(outputs(of: kernel.execute(decayCell)), "P.x")?.first ?? 0, exp(-1), accuracy: 1e-9)
    }

    /// `soma kernel --stdio --device cuda` with the stand-in driver (SOMA_CUDA_DRIVER) running the
    /// kernels compiled for the CPU: it starts on cuda, runs COBA (a tenth of it) through NVRTC's PTX and
    /// the driver API, and prints the rates the CPU prints, to the last digit.
    func testACUDAKernelRunsCOBAAsTheCPUDoes() throws {
        guard let driver = FakeCUDA.driver else { throw XCTSkip("cc could not build the stand-in libcuda") }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let nvrtc: NVRTC
        do {
            nvrtc = try NVRTC(candidates: NVRTC.wheelLibraries(under: root.appendingPathComponent(".venv-test").path) + NVRTC.candidates())
        } catch {
            throw XCTSkip("NVRTC is not here (\(error.summary)); `make test` installs it into .venv-test")
        }
        let source = shrunkCOBA(try String(contentsOf: root.appendingPathComponent("examples/coba.soma"), encoding: .utf8))
        let unit = try XCTUnwrap(NetworkCheck.emit(source, target: .cuda).units.first)
        try FakeCUDA.useKernels(source: unit.source, ptx: try nvrtc.ptx(unit.source, options: CUDAUnit.options(architecture: FakeCUDA.architecture)))
        setenv("SOMA_CUDA_DRIVER", driver, 1)
        setenv("SOMA_NVRTC", nvrtc.path, 1)
        defer { for name in ["SOMA_CUDA_DRIVER", "SOMA_NVRTC", "FAKE_CUDA_KERNELS", "FAKE_CUDA_PTX"] { unsetenv(name) } }
        kernel.shutdown()
        kernel = try KernelProcess(executable: Self.soma, device: .cuda, logPath: logPath)
        let ready = events(until: { if case .ready = $0 { true } else { false } })
        guard case .ready(Message.protocolVersion, "cuda") = ready.last else { return XCTFail("no ready event: \(ready)") }

        let outputs = self.outputs(of: kernel.execute(source), within: 120)
        let renderer = DiagnosticRenderer(fileName: "", source: source)
        let text = outputs.map { OutputFormat.text($0, renderer: renderer) }
        XCTAssertTrue(text.contains { $0.hasSuffix("(CUDA on Fake GPU 0)") }, "\(text)")
        let rates = { (outputs: [Output]) in outputs.compactMap { if case .value(_, let values, _, _) = $0 { values } else { nil } } }
        let cpu = rates(Interpreter.withPrivateCache().execute(source))
        XCTAssertGreaterThan(cpu.first?.first ?? 0, 5, "Exc fires")
        XCTAssertEqual(rates(outputs), cpu)
    }

    func testCrashesAreNamedInPlainWords() {
        XCTAssertEqual(KernelExit.killed(signal: SIGSEGV).description, "the kernel was killed by signal 11 (segmentation fault)")
        XCTAssertEqual(KernelExit.exited(status: 3).description, "the kernel exited with status 3")
    }
}
