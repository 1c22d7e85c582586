/// Why an atomic write failed; the file at `path` is as it was before.
public enum AtomicFileError: Error, Sendable, Equatable {
    /// No temporary file could be made beside the target (e.g. a read-only folder).
    case createTemporary(path: String, errno: Int32)
    /// Writing the temporary file failed (e.g. the disk is full).
    case write(path: String, errno: Int32)
    case sync(path: String, errno: Int32)
    case rename(path: String, errno: Int32)
}
