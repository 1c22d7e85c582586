import Foundation
import Kernel

/// One kernel process and the thread that reads it. A `KernelProcess` owns one
/// at a time; a restart retires it and starts another.
final class KernelConnection: @unchecked Sendable {
    /// Results can be large (a long spike train, a figure); a frame beyond this is a broken kernel.
    static let maximumFrameSize = 1 << 30

    let pid: pid_t
    private let input: Int32
    private let writer: FrameWriter
    private let events: EventQueue
    private let lock = NSLock()
    /// Cells sent and not yet done, reported if the kernel dies.
    private var pending: Set<Int> = []
    /// The reader has reaped the kernel: nothing sent now will be answered.
    private var ended = false
    /// Ended on purpose (shutdown, restart): the end is not an event.
    private var retired = false
    private let finished = DispatchSemaphore(value: 0)

    init(executable: String, device: KernelDevice, logPath: String, events: EventQueue) throws(KernelProcessError) {
        let spawn = try KernelSpawn(executable: executable, arguments: ["kernel", "--stdio", "--device", device.rawValue],
                                    logPath: logPath)
        pid = spawn.pid
        input = spawn.input
        writer = FrameWriter(fileDescriptor: spawn.input)
        self.events = events
        let output = spawn.output
        let thread = Thread { [self] in
            read(output)
            finished.signal()
        }
        thread.name = "soma kernel reader"
        thread.start()
    }

    deinit {
        close(input)
    }

    /// Sends `message`, remembering `cell` as unfinished. False when the kernel has ended.
    func send(_ message: Message, cell: Int? = nil) -> Bool {
        lock.lock()
        guard !ended else {
            lock.unlock()
            return false
        }
        if let cell { pending.insert(cell) }
        lock.unlock()
        // A failed write means the kernel is going; the reader reports it when it is gone.
        try? writer.send(message)
        return true
    }

    /// From now on the kernel's end is expected, and nothing more of it is reported.
    func retire() {
        lock.lock()
        retired = true
        lock.unlock()
    }

    /// Waits until the kernel has been reaped; false if `timeout` passed first.
    func waitForEnd(timeout: Double) -> Bool {
        guard finished.wait(timeout: .now() + timeout) == .success else { return false }
        finished.signal()  // later waits return at once
        return true
    }

    func killProcess() {
        lock.lock()
        defer { lock.unlock() }
        if !ended { _ = kill(pid, SIGKILL) }
    }

    private func read(_ output: Int32) {
        let reader = FrameReader(fileDescriptor: output, maximumFrameSize: Self.maximumFrameSize)
        while true {
            do {
                guard let payload = try reader.next() else { break }
                report(Self.event(decoding: payload))
            } catch .oversize(let length, let limit) {
                report(.protocolError("the kernel sent a frame of \(length) bytes (the limit is \(limit)); it was skipped"))
            } catch {
                break  // a truncated or failing stream: the kernel is gone, or going
            }
        }
        close(output)
        let exit = reap()
        lock.lock()
        ended = true
        let unfinished = pending.sorted()
        let expected = retired
        lock.unlock()
        if !expected { events.push(.died(exit, unfinished: unfinished)) }
    }

    private func report(_ event: KernelEvent) {
        lock.lock()
        if case .done(let id, _) = event { pending.remove(id) }
        let expected = retired
        lock.unlock()
        if !expected { events.push(event) }
    }

    private func reap() -> KernelExit {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // The macros WIFEXITED and friends are not visible from Swift.
        let signal = status & 0x7f
        return signal == 0 ? .exited(status: (status >> 8) & 0xff) : .killed(signal: signal)
    }

    private static func event(decoding payload: Data) -> KernelEvent {
        let message: Message
        do {
            message = try Message.decode(payload)
        } catch {
            return .protocolError("the kernel sent a frame that is not a message: \(error)")
        }
        switch message {
        case .ready(let version, let device): return .ready(version: version, device: device)
        case .progress(let id, let done, let total, let note): return .progress(id: id, done: done, total: total, note: note)
        case .preparingFigure(let id): return .preparingFigure(id: id)
        case .output(let id, let output): return .output(id: id, output)
        case .completions(let id, let index): return .completions(id: id, index: index)
        case .done(let id, let seconds): return .done(id: id, seconds: seconds)
        case .protocolError(let text): return .protocolError(text)
        case .execute, .interrupt, .complete, .shutdown: return .protocolError("the kernel sent a request: \(message)")
        }
    }
}
