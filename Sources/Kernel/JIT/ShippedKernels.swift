import Foundation

/// The optimising tier's libraries built when Soma is built (`make release`: `soma emit --precompile`) for the
/// units of the examples and sessions it ships, in a folder beside the executable, so that a first run of one of
/// those structures (any sizes, values, dt or duration: none of them is in the C) needs no C compiler's time.
/// A run reads them after its own cache misses, by the same key (the compiler binary, the flags, the processor
/// and the C text), so a shipped library serves exactly where a fresh build would compile the same C the same way;
/// it passes the cache's checks (SharedObjectCache), and one that fails them is left unused and said so.
public enum ShippedKernels {
    /// The folder's name beside the executable.
    public static let folderName = "soma-kernels"

    /// `SOMA_KERNELS` (empty: none), or else `soma-kernels` beside the running executable, when there is one.
    static func directory(environment: [String: String]) -> URL? {
        if let path = environment["SOMA_KERNELS"] { return path.isEmpty ? nil : URL(fileURLWithPath: path) }
        let beside = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent(folderName)
        return FileManager.default.fileExists(atPath: beside.path) ? beside : nil
    }

    /// Builds the libraries of the C units `sources` into `directory` under the keys runs with `toolchain` look for,
    /// several compilers at a time; a unit whose sound library is there already is not built again.
    /// The failures, by the index of their unit.
    public static func precompile(_ sources: [String], into directory: URL, with toolchain: NativeToolchain) -> [Int: NativeBuildFailure] {
        let folder = SharedObjectCache(directory: directory, shipped: true)
        var wanted: [(key: String, index: Int)] = []
        for (index, source) in sources.enumerated() {
            let key = NativeCompiler.key(source, toolchain)
            guard !wanted.contains(where: { $0.key == key }) else { continue }
            if case .loaded = folder.load(key) { continue }
            wanted.append((key, index))
        }
        let failures = Failures(), builds = wanted
        DispatchQueue.concurrentPerform(iterations: builds.count) { k in
            let (key, index) = builds[k]
            let built = Result { () throws(NativeBuildFailure) in try NativeCompiler.build(sources[index], key: key, toolchain: toolchain, into: folder) }
            if case .failure(let failure) = built { failures.add(index, failure) }
        }
        return failures.byIndex
    }
}

private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var failures: [Int: NativeBuildFailure] = [:]

    func add(_ index: Int, _ failure: NativeBuildFailure) { lock.withLock { failures[index] = failure } }

    var byIndex: [Int: NativeBuildFailure] { lock.withLock { failures } }
}
