import Foundation

/// Replaces a file's contents all at once (DESIGN.md, "Sessions"): the text goes to
/// a temporary file in the same folder, is flushed to disk, and is renamed over
/// the target. A crash or a full disk at any point leaves either the old file or
/// the new one, never a mix; on failure the temporary file is removed.
public struct AtomicFile: Sendable {
    /// Writes bytes like write(2): returns the count written, or -1 with errno set.
    /// Tests inject one that fails halfway to play a full disk.
    public typealias Writer = @Sendable (Int32, UnsafeRawBufferPointer) -> Int

    public static let systemWriter: Writer = { fd, bytes in Foundation.write(fd, bytes.baseAddress, bytes.count) }

    public var path: String
    public var writer: Writer

    public init(path: String, writer: @escaping Writer = AtomicFile.systemWriter) {
        self.path = path
        self.writer = writer
    }

    public func write(_ text: String) throws(AtomicFileError) {
        try write(bytes: Array(text.utf8))
    }

    public func write(bytes: [UInt8]) throws(AtomicFileError) {
        if isSpecialFile { return try writeInPlace(bytes) }
        let (fd, temporary) = try makeTemporary()
        do throws(AtomicFileError) {
            try writeAll(bytes, to: fd)
            guard fsync(fd) == 0 else { throw .sync(path: path, errno: errno) }
            close(fd)
            guard rename(temporary, path) == 0 else { throw .rename(path: path, errno: errno) }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        syncFolder()
    }

    /// A device or a FIFO (`export csv "/dev/stdout"`, `/dev/null`) is written to, never
    /// replaced: a rename over it would put a plain file where the device was.
    private var isSpecialFile: Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT != S_IFREG && status.st_mode & S_IFMT != S_IFDIR
    }

    private func writeInPlace(_ bytes: [UInt8]) throws(AtomicFileError) {
        let fd = open(path, O_WRONLY)
        guard fd >= 0 else { throw .write(path: path, errno: errno) }
        defer { close(fd) }
        try writeAll(bytes, to: fd)
    }

    /// A temporary file beside the target (rename only replaces atomically within
    /// one file system), with the target's permissions so that saving keeps them.
    private func makeTemporary() throws(AtomicFileError) -> (Int32, String) {
        let url = URL(fileURLWithPath: path)
        var template = Array((url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".XXXXXX").utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { throw .createTemporary(path: path, errno: errno) }
        var status = stat()
        fchmod(fd, stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0o644)
        return (fd, String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    private func writeAll(_ bytes: [UInt8], to fd: Int32) throws(AtomicFileError) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { writer(fd, UnsafeRawBufferPointer(rebasing: $0[written...])) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw .write(path: path, errno: count < 0 ? errno : EIO) }
            written += count
        }
    }

    /// Makes the rename itself durable. Some file systems refuse fsync on a folder;
    /// the new file is in place by then, so that refusal is not a failed save.
    private func syncFolder() {
        let folder = open(URL(fileURLWithPath: path).deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY)
        guard folder >= 0 else { return }
        fsync(folder)
        close(folder)
    }
}
