import Foundation
import Support

/// Why a session file could not be read or saved: the path, and the system's errno
/// where the system said no. A failed save leaves the previous file as it was.
public enum SessionFileError: Error, Sendable, Equatable, CustomStringConvertible {
    case read(path: String, errno: Int32)
    /// The file is not UTF-8 text; `offset` is the first bad byte.
    case invalidUTF8(path: String, offset: Int)
    case parse(path: String, SessionParseError)
    /// No temporary file could be made beside the target (e.g. a read-only folder).
    case createTemporary(path: String, errno: Int32)
    /// Writing the temporary file failed (e.g. the disk is full).
    case write(path: String, errno: Int32)
    case sync(path: String, errno: Int32)
    case rename(path: String, errno: Int32)

    public var description: String {
        switch self {
        case .read(let path, let code): return "cannot read \(path): \(Self.reason(code))"
        case .invalidUTF8(let path, let offset): return "\(path): not UTF-8 text (byte \(offset))"
        case .parse(let path, let error): return "\(path):\(error.line): \(error)"
        case .createTemporary(let path, let code): return "cannot save \(path): no temporary file beside it: \(Self.reason(code))"
        case .write(let path, let code): return "cannot save \(path): writing failed: \(Self.reason(code)); the previous file is unchanged"
        case .sync(let path, let code): return "cannot save \(path): flushing to disk failed: \(Self.reason(code)); the previous file is unchanged"
        case .rename(let path, let code): return "cannot save \(path): replacing the file failed: \(Self.reason(code)); the previous file is unchanged"
        }
    }

    /// A failed save, in the session's words.
    init(_ failure: AtomicFileError) {
        switch failure {
        case .createTemporary(let path, let code): self = .createTemporary(path: path, errno: code)
        case .write(let path, let code): self = .write(path: path, errno: code)
        case .sync(let path, let code): self = .sync(path: path, errno: code)
        case .rename(let path, let code): self = .rename(path: path, errno: code)
        }
    }

    private static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
