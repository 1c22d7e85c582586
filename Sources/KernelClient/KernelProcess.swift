import Foundation
import Kernel

/// The workbench's handle on its kernel process (DESIGN.md, "Kernel processes"):
/// cells run there, so a crash in generated code kills the kernel, never the UI.
///
/// Requests return at once; answers arrive as `KernelEvent`s, which the UI loop
/// collects with `poll()` when `wakeDescriptor` is readable. Call from one thread.
public final class KernelProcess: @unchecked Sendable {
    public let executable: String
    public let device: KernelDevice
    /// The kernel's stderr goes here (appended), never to the terminal.
    public let logPath: String
    private let events: EventQueue
    private var connection: KernelConnection?
    private var lastID = 0

    /// Starts `executable kernel --stdio --device DEVICE`; by default this same program.
    public init(executable: String = KernelProcess.currentExecutable, device: KernelDevice = .cpu, logPath: String) throws(KernelProcessError) {
        // A write to a dead kernel must fail with EPIPE, not kill the workbench.
        signal(SIGPIPE, SIG_IGN)
        self.executable = executable
        self.device = device
        self.logPath = logPath
        events = try EventQueue()
        connection = try KernelConnection(executable: executable, device: device, logPath: logPath, events: events)
    }

    /// This program's own path, so the kernel shows in `ps` as `soma kernel`, not `/proc/self/exe kernel`.
    public static var currentExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? "/proc/self/exe"
    }

    deinit {
        shutdown()
    }

    /// Readable while events are waiting: add it to the UI's poll(2) set.
    public var wakeDescriptor: Int32 { events.wakeDescriptor }

    /// The kernel's process id (nil after `shutdown()`).
    public var processID: pid_t? { connection?.pid }

    /// The events that arrived since the last call; never blocks.
    public func poll() -> [KernelEvent] {
        events.take()
    }

    /// Queues a cell; its outputs, progress and `done` carry the returned id.
    @discardableResult
    public func execute(_ source: String) -> Int {
        let id = nextID()
        if connection?.send(.execute(id: id, source: source), cell: id) != true {
            let diagnostic = Diagnostic(.kernelNotRunning, at: SourceRange(SourcePosition(line: 1, column: 1, offset: 0)),
                                        hint: "restart it")
            events.push(.output(id: id, .error(diagnostic)))
            events.push(.done(id: id, seconds: 0))
        }
        return id
    }

    /// Stops the running cell between chunks and drops the queued ones; the kernel keeps its state.
    public func interrupt() {
        _ = connection?.send(.interrupt)
    }

    /// Asks for the names that start with `prefix`; answered by `completions` with the returned id
    /// (no answer while the kernel is not running).
    @discardableResult
    public func complete(_ prefix: String) -> Int {
        let id = nextID()
        _ = connection?.send(.complete(id: id, prefix: prefix))
        return id
    }

    /// Stops the kernel: interrupts it, asks it to exit, and kills it if it has not within `grace` seconds.
    public func shutdown(grace: Double = 2) {
        guard let connection else { return }
        connection.retire()
        _ = connection.send(.interrupt)
        _ = connection.send(.shutdown)
        if !connection.waitForEnd(timeout: grace) {
            connection.killProcess()
            _ = connection.waitForEnd(timeout: .infinity)
        }
        self.connection = nil
    }

    /// Replaces the kernel with a fresh one (killing it first if it still runs); its state is lost.
    public func restart() throws(KernelProcessError) {
        if let connection {
            connection.retire()
            connection.killProcess()
            _ = connection.waitForEnd(timeout: .infinity)
            self.connection = nil
        }
        connection = try KernelConnection(executable: executable, device: device, logPath: logPath, events: events)
    }

    private func nextID() -> Int {
        lastID += 1
        return lastID
    }
}
