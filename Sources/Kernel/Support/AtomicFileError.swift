import Foundation

/// Why an atomic write failed; the file at `path` is as it was before.
public enum AtomicFileError: Error, Sendable, Equatable {
    /// No temporary file could be made beside the target (e.g. a read-only folder).
    case createTemporary(path: String, errno: Int32)
    /// Writing the temporary file failed (e.g. the disk is full).
    case write(path: String, errno: Int32)
    case sync(path: String, errno: Int32)
    case rename(path: String, errno: Int32)
}

extension AtomicFileError {
    /// What went wrong, in the system's words.
    public var reason: String {
        switch self {
        case .createTemporary(_, let code): return "no file can be made beside it: " + String(cString: strerror(code))
        case .write(_, let code): return "writing failed: " + String(cString: strerror(code))
        case .sync(_, let code): return "flushing to disk failed: " + String(cString: strerror(code))
        case .rename(_, let code): return "replacing the file failed: " + String(cString: strerror(code))
        }
    }
}
