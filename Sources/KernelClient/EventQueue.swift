import Foundation

/// Events from a kernel's reader thread to the UI thread. The UI polls without
/// blocking, and can wait in its own poll(2) on `wakeDescriptor`, which is
/// readable whenever events are waiting.
final class EventQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [KernelEvent] = []
    /// A self-pipe: one byte is written when the queue becomes non-empty.
    private let wakeRead: Int32
    private let wakeWrite: Int32

    init() throws(KernelProcessError) {
        (wakeRead, wakeWrite) = try makePipe(nonBlocking: true)
    }

    deinit {
        close(wakeRead)
        close(wakeWrite)
    }

    var wakeDescriptor: Int32 { wakeRead }

    func push(_ event: KernelEvent) {
        lock.lock()
        defer { lock.unlock() }
        events.append(event)
        if events.count == 1 {
            var byte: UInt8 = 1
            _ = write(wakeWrite, &byte, 1)  // a full pipe already wakes the UI
        }
    }

    func take() -> [KernelEvent] {
        lock.lock()
        defer { lock.unlock() }
        var sink = [UInt8](repeating: 0, count: 64)
        while read(wakeRead, &sink, sink.count) > 0 {}
        let taken = events
        events.removeAll()
        return taken
    }
}
