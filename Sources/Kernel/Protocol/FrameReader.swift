import Foundation

/// Pulls length-prefixed frames from a file descriptor (a pipe, usually).
/// Not thread-safe: one reader thread owns it.
public final class FrameReader {
    public static let defaultMaximumFrameSize = 64 << 20

    public let fileDescriptor: Int32
    public let maximumFrameSize: Int
    private var buffer: [UInt8] = []
    /// Where unread bytes start in `buffer` (consumed bytes are dropped lazily).
    private var head = 0
    /// Payload bytes of a rejected oversize frame still to be skipped, so that the
    /// next frame can be read if the caller chooses to go on.
    private var pendingSkip = 0
    /// What one read(2) fills, kept to avoid an allocation per read.
    private var chunk = [UInt8](repeating: 0, count: 64 << 10)

    public init(fileDescriptor: Int32, maximumFrameSize: Int = FrameReader.defaultMaximumFrameSize) {
        self.fileDescriptor = fileDescriptor
        self.maximumFrameSize = maximumFrameSize
    }

    /// The next frame's payload, or nil when the stream ends cleanly between frames.
    /// After `.oversize` the next call skips that frame's payload and goes on.
    public func next() throws(FrameError) -> Data? {
        while pendingSkip > 0 {
            if available == 0, try fill() == 0 { throw .truncated(expected: pendingSkip, received: 0) }
            let dropped = min(pendingSkip, available)
            head += dropped
            pendingSkip -= dropped
        }
        guard try ensure(4, atStreamStart: true) else { return nil }
        let length = (0..<4).reduce(UInt64(0)) { $0 | UInt64(buffer[head + $1]) << (8 * UInt64($1)) }
        head += 4
        guard length <= UInt64(maximumFrameSize) else {
            pendingSkip = Int(length)
            throw .oversize(length: length, limit: maximumFrameSize)
        }
        _ = try ensure(Int(length), atStreamStart: false)
        let payload = Data(buffer[head..<head + Int(length)])
        head += Int(length)
        return payload
    }

    private var available: Int { buffer.count - head }

    /// Reads until `count` bytes are buffered. Returns false only for a clean end
    /// (no byte at all of a frame that was to start here).
    private func ensure(_ count: Int, atStreamStart: Bool) throws(FrameError) -> Bool {
        while available < count {
            if try fill() == 0 {
                if atStreamStart && available == 0 { return false }
                throw .truncated(expected: count, received: available)
            }
        }
        return true
    }

    /// One read(2) into the buffer; 0 at end of stream.
    private func fill() throws(FrameError) -> Int {
        if head > 0 && head >= buffer.count / 2 {
            buffer.removeFirst(head)
            head = 0
        }
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
            if n >= 0 {
                buffer.append(contentsOf: chunk[0..<n])
                return n
            }
            if errno != EINTR { throw .readFailed(errno: errno) }
        }
    }
}
