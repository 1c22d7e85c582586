import Foundation

/// The kernel's cells in arrival order, shared by the reader thread (which adds
/// cells and interrupts) and the worker (which runs them one at a time).
final class CellQueue: @unchecked Sendable {
    /// A cell waiting for the worker.
    struct Pending {
        var id: Int
        var source: String
        /// Arrival number, counted by the kernel: an interrupt stops every cell that
        /// arrived before it, whatever ids the client chose.
        var sequence: Int
    }

    private let condition = NSCondition()
    private var cells: [Pending] = []
    private var stopped = false
    private var received = 0
    private var interruptedThrough = 0

    func push(id: Int, source: String) {
        condition.lock()
        received += 1
        cells.append(Pending(id: id, source: source, sequence: received))
        condition.signal()
        condition.unlock()
    }

    /// The worker ends after the cells already queued.
    func stop() {
        condition.lock()
        stopped = true
        condition.signal()
        condition.unlock()
    }

    /// Stops the running cell at its next chunk and drops every queued one.
    func interruptAll() {
        condition.lock()
        interruptedThrough = received
        condition.unlock()
    }

    func isInterrupted(_ cell: Pending) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return cell.sequence <= interruptedThrough
    }

    /// The next cell, waiting for one; nil once stopped and empty.
    func next() -> Pending? {
        condition.lock()
        defer { condition.unlock() }
        while cells.isEmpty && !stopped { condition.wait() }
        return cells.isEmpty ? nil : cells.removeFirst()
    }
}
