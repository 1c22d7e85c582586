import Foundation

/// Writes `bytes` into the file at `path`, opened with `flags` (`O_WRONLY` and more; a created file gets mode 644),
/// without syncing it to disk: Foundation's writes sync, and a cold run waits for the compiler's input and the cache's
/// library (SharedObjectCache.store says why an unsynced file is safe there). Nil when every byte was written, else why not.
func unsyncedWrite(_ bytes: [UInt8], to path: String, flags: Int32) -> String? {
    let descriptor = open(path, flags, 0o644)
    guard descriptor >= 0 else { return String(cString: strerror(errno)) }
    defer { close(descriptor) }
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    if written < 0 { return String(cString: strerror(errno)) }
    return written == bytes.count ? nil : "\(written) of \(bytes.count) bytes written"
}
