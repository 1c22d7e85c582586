import Foundation

/// Why a frame could not be read or written. A frame is a 4-byte little-endian
/// length followed by that many bytes of UTF-8 JSON.
public enum FrameError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The length field announces more bytes than the reader accepts.
    case oversize(length: UInt64, limit: Int)
    /// The stream ended inside a frame (its header or its payload).
    case truncated(expected: Int, received: Int)
    case readFailed(errno: Int32)
    case writeFailed(errno: Int32)

    public var description: String {
        switch self {
        case .oversize(let length, let limit): return "a frame of \(length) bytes is larger than the limit of \(limit) bytes"
        case .truncated(let expected, let received): return "the stream ended inside a frame: \(received) of \(expected) bytes"
        case .readFailed(let code): return "reading a frame failed: \(String(cString: strerror(code)))"
        case .writeFailed(let code): return "writing a frame failed: \(String(cString: strerror(code)))"
        }
    }
}
