import Foundation

/// Writes length-prefixed frames to a file descriptor. Thread-safe: whole frames
/// never interleave, so a worker and a reader thread can share one writer.
public final class FrameWriter: @unchecked Sendable {
    public let fileDescriptor: Int32
    private let lock = NSLock()

    public init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    public func send(_ message: Message) throws {
        try write(try message.encoded())
    }

    /// Writes one frame carrying `payload`, however many write(2) calls it takes.
    public func write(_ payload: Data) throws(FrameError) {
        guard let length = UInt32(exactly: payload.count) else {
            throw .oversize(length: UInt64(payload.count), limit: Int(UInt32.max))
        }
        var frame = [UInt8](repeating: 0, count: 4)
        for i in 0..<4 { frame[i] = UInt8(truncatingIfNeeded: length >> (8 * UInt32(i))) }
        frame.append(contentsOf: payload)
        lock.lock()
        defer { lock.unlock() }
        var offset = 0
        while offset < frame.count {
            let n = frame.withUnsafeBytes { systemWrite(fileDescriptor, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .writeFailed(errno: errno)
            }
            offset += n
        }
    }
}

/// write(2), which the method above shadows.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, bytes, count)
}
