import Codegen
import Foundation
import Support

/// Compiles a generated unit with the system C compiler into a shared library, cached on disk by
/// the hash of the compiler's identity and the C source, and loads it; a library shipped with Soma
/// under the same key (ShippedKernels) serves where the cache has none.
enum NativeCompiler {
    /// 128 bits as hex: two FNV-1a hashes of the compiler identity and the source, from different bases.
    static func key(_ unit: GeneratedUnit, _ toolchain: NativeToolchain) -> String { key(unit.source, toolchain) }

    static func key(_ source: String, _ toolchain: NativeToolchain) -> String {
        let identity = toolchain.identity
        return [Hasher64.standardBasis, 0x6c62_272e_07bb_0142].map { basis in
            var hasher = Hasher64(basis: basis)
            hasher.add(identity)
            hasher.add(source)
            let hex = String(hasher.value, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    /// The library on disk for `unit`, loaded, when there is a sound one; why files there were not used, when some were not.
    static func cached(_ unit: GeneratedUnit, with toolchain: NativeToolchain) -> (chunk: CompiledChunk?, discarded: String?) {
        let (library, discarded) = lookUp(key(unit, toolchain), toolchain)
        return (library.flatMap { try? chunk(from: $0) }, discarded)
    }

    /// The library for `unit`: from disk, or built and cached. `discarded`: why files on disk were not used first.
    static func compile(_ unit: GeneratedUnit, with toolchain: NativeToolchain) throws(NativeBuildFailure)
        -> (chunk: CompiledChunk, cached: Bool, discarded: String?) {
        let cache = SharedObjectCache(directory: toolchain.cacheDirectory)
        let key = key(unit, toolchain)
        let (found, discarded) = lookUp(key, toolchain)
        if let found { return (try chunk(from: found), true, discarded) }
        try build(unit.source, key: key, toolchain: toolchain, into: cache)
        guard case .loaded(let library) = cache.load(key) else {
            throw NativeBuildFailure(message: "the library built by \(toolchain.compiler) does not load")
        }
        return (try chunk(from: library), false, discarded)
    }

    /// The library under `key` in the user's cache, or else among the shipped ones; why files found there were not used.
    private static func lookUp(_ key: String, _ toolchain: NativeToolchain) -> (library: LoadedLibrary?, discarded: String?) {
        var folders = [SharedObjectCache(directory: toolchain.cacheDirectory)]
        if let shipped = toolchain.shippedDirectory { folders.append(SharedObjectCache(directory: shipped, shipped: true)) }
        var found: LoadedLibrary?, discarded: [String] = []
        for folder in folders where found == nil {
            switch folder.load(key) {
            case .loaded(let library): found = library
            case .missing: break
            case .discarded(let why): discarded.append(why)
            }
        }
        return (found, discarded.isEmpty ? nil : discarded.joined(separator: "; "))
    }

    private static func chunk(from library: LoadedLibrary) throws(NativeBuildFailure) -> CompiledChunk {
        guard let symbol = library.symbol(GeneratedUnit.entryPoint) else {
            throw NativeBuildFailure(message: "the library has no \(GeneratedUnit.entryPoint)")
        }
        return CompiledChunk(owner: library, function: unsafeBitCast(symbol, to: CompiledChunk.Function.self))
    }

    /// The source (plus its key as a symbol, which the cache checks on loading) goes to a private
    /// temporary folder; the library lands in the cache by rename.
    static func build(_ source: String, key: String, toolchain: NativeToolchain,
                      into cache: SharedObjectCache) throws(NativeBuildFailure) {
        let scratch = cache.directory.appendingPathComponent(".build-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw NativeBuildFailure(message: "cannot create \(scratch.path): \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("unit.c").path, library = scratch.appendingPathComponent("unit.so").path
        let text = source + "const char \(SharedObjectCache.keySymbol)[] = \"\(key)\";\n"
        if let why = unsyncedWrite(Array(text.utf8), to: file, flags: O_WRONLY | O_CREAT | O_EXCL) {
            throw NativeBuildFailure(message: "cannot write \(file): \(why)")
        }
        try run(toolchain.compiler, NativeToolchain.flags + ["-o", library, file, "-lm"])
        try cache.store(libraryAt: library, key: key)
    }

    private static func run(_ compiler: String, _ arguments: [String]) throws(NativeBuildFailure) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: compiler)
        process.arguments = arguments
        let messages = Pipe()
        // The kernel process speaks its protocol on stdin and stdout: the compiler gets neither.
        process.standardInput = FileHandle.nullDevice
        process.standardError = messages
        process.standardOutput = messages
        do {
            try process.run()
        } catch {
            throw NativeBuildFailure(message: "cannot start \(compiler): \(error.localizedDescription)")
        }
        let output = String(decoding: messages.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let first = output.split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"
            throw NativeBuildFailure(message: "\(compiler) failed: \(first)")
        }
    }
}

/// Why the optimising tier could not provide code; the run goes on with tcc's.
public struct NativeBuildFailure: Error, Sendable {
    public var message: String
}
