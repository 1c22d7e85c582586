import Foundation
import Support

/// The optimising tier's shared libraries on disk, one file per key: the library's bytes followed by
/// a trailer (a checksum of those bytes and a magic word; the dynamic loader ignores bytes past the
/// ELF contents). A file whose trailer does not match, or whose library does not carry its own key,
/// is removed and rebuilt, never run. Files are completed beside their final name and renamed into
/// place, so a reader sees a whole file or none. The shipped libraries (ShippedKernels) are read the same
/// way, but a bad one is left where it is: that folder is Soma's, not the user's.
struct SharedObjectCache {
    static let keySymbol = "soma_unit_key"
    private static let magic: UInt64 = 0x534f_4d41_534f_0001

    let directory: URL
    /// The read-only folder of shipped libraries rather than the user's cache.
    var shipped = false

    func path(_ key: String) -> String { directory.appendingPathComponent("\(key).so").path }

    /// What the cache holds under a key.
    enum Lookup {
        case loaded(LoadedLibrary)
        case missing
        /// A file was there and is removed, never run: why, in words.
        case discarded(String)
    }

    /// The library cached under `key`, loaded; a corrupt or stale file is removed (kept, when shipped) and said so.
    func load(_ key: String) -> Lookup {
        let file = path(key)
        guard let bytes = FileManager.default.contents(atPath: file).map(Array.init) else { return .missing }
        let problem: String
        if !Self.trailerMatches(bytes) {
            problem = "is damaged (its checksum does not match its bytes)"
        } else if let library = LoadedLibrary(path: file) {
            if library.string(Self.keySymbol) == key { return .loaded(library) }
            problem = "holds another unit's code"
        } else {
            problem = "does not load (\(dlerror().map { String(cString: $0) } ?? "dlopen failed"))"
        }
        if shipped { return .discarded("the shipped library \(file) \(problem); it was not used") }
        unlink(file)
        return .discarded("the cached library \(file) \(problem); it was removed and the code compiled again")
    }

    /// Completes the library the compiler wrote at `built` (in a scratch folder inside `directory`, so on the same
    /// file system) with its trailer, and renames it into place under `key`. Not flushed to disk: a file that a crash
    /// leaves torn fails its checksum and is built again, and a cold run waits for this step (with the file's and the
    /// folder's fsync, storing and loading took 57–105 ms of COBA-4000's cold run at load ~20; without, 2–8 ms).
    func store(libraryAt built: String, key: String) throws(NativeBuildFailure) {
        guard let bytes = FileManager.default.contents(atPath: built).map(Array.init) else {
            throw NativeBuildFailure(message: "the C compiler wrote no library")
        }
        if let why = unsyncedWrite(Self.trailer(of: bytes), to: built, flags: O_WRONLY | O_APPEND) {
            throw NativeBuildFailure(message: "cannot write the cache \(directory.path): \(why)")
        }
        guard rename(built, path(key)) == 0 else {
            throw NativeBuildFailure(message: "cannot write the cache \(directory.path): \(String(cString: strerror(errno)))")
        }
    }

    private static func trailer(of bytes: [UInt8]) -> [UInt8] {
        var hasher = Hasher64()
        hasher.add(bytes: bytes)
        return littleEndian(hasher.value) + littleEndian(magic)
    }

    private static func trailerMatches(_ bytes: [UInt8]) -> Bool {
        guard bytes.count > 16 else { return false }
        return Array(bytes.suffix(16)) == trailer(of: Array(bytes.dropLast(16)))
    }

    private static func littleEndian(_ value: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
}

/// A shared library opened with dlopen, closed when the last compiled chunk using it is gone.
final class LoadedLibrary: @unchecked Sendable {
    private let handle: UnsafeMutableRawPointer

    init?(path: String) {
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else { return nil }
        self.handle = handle
    }

    deinit { dlclose(handle) }

    func symbol(_ name: String) -> UnsafeMutableRawPointer? { dlsym(handle, name) }

    func string(_ name: String) -> String? {
        symbol(name).map { String(cString: $0.assumingMemoryBound(to: CChar.self)) }
    }
}
