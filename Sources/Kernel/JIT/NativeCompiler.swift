import Codegen
import Foundation
import Support

/// Compiles a generated unit with the system C compiler into a shared library, cached on disk by
/// the hash of the compiler's identity and the C source, and loads it.
enum NativeCompiler {
    /// 128 bits as hex: two FNV-1a hashes of the compiler identity and the source, from different bases.
    static func key(_ unit: GeneratedUnit, _ toolchain: NativeToolchain) -> String {
        let identity = toolchain.identity
        return [Hasher64.standardBasis, 0x6c62_272e_07bb_0142].map { basis in
            var hasher = Hasher64(basis: basis)
            hasher.add(identity)
            hasher.add(unit.source)
            let hex = String(hasher.value, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    /// The library cached on disk for `unit`, loaded, when there is a sound one; why a file there was removed, when one was.
    static func cached(_ unit: GeneratedUnit, with toolchain: NativeToolchain) -> (chunk: CompiledChunk?, discarded: String?) {
        switch SharedObjectCache(directory: toolchain.cacheDirectory).load(key(unit, toolchain)) {
        case .loaded(let library): return ((try? chunk(from: library)), nil)
        case .missing: return (nil, nil)
        case .discarded(let why): return (nil, why)
        }
    }

    /// The library for `unit`: from the disk cache, or built and cached. `discarded`: why a cached file was removed first.
    static func compile(_ unit: GeneratedUnit, with toolchain: NativeToolchain) throws(NativeBuildFailure)
        -> (chunk: CompiledChunk, cached: Bool, discarded: String?) {
        let cache = SharedObjectCache(directory: toolchain.cacheDirectory)
        let key = key(unit, toolchain)
        var discarded: String?
        switch cache.load(key) {
        case .loaded(let library): return (try chunk(from: library), true, nil)
        case .missing: break
        case .discarded(let why): discarded = why
        }
        try build(unit, key: key, toolchain: toolchain, into: cache)
        guard case .loaded(let library) = cache.load(key) else {
            throw NativeBuildFailure(message: "the library built by \(toolchain.compiler) does not load")
        }
        return (try chunk(from: library), false, discarded)
    }

    private static func chunk(from library: LoadedLibrary) throws(NativeBuildFailure) -> CompiledChunk {
        guard let symbol = library.symbol(GeneratedUnit.entryPoint) else {
            throw NativeBuildFailure(message: "the library has no \(GeneratedUnit.entryPoint)")
        }
        return CompiledChunk(owner: library, function: unsafeBitCast(symbol, to: CompiledChunk.Function.self))
    }

    /// The source (plus its key as a symbol, which the cache checks on loading) goes to a private
    /// temporary folder; the library lands in the cache by rename.
    private static func build(_ unit: GeneratedUnit, key: String, toolchain: NativeToolchain,
                              into cache: SharedObjectCache) throws(NativeBuildFailure) {
        let scratch = toolchain.cacheDirectory.appendingPathComponent(".build-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw NativeBuildFailure(message: "cannot create \(scratch.path): \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        let source = scratch.appendingPathComponent("unit.c").path, library = scratch.appendingPathComponent("unit.so").path
        let text = unit.source + "const char \(SharedObjectCache.keySymbol)[] = \"\(key)\";\n"
        guard FileManager.default.createFile(atPath: source, contents: Data(text.utf8)) else {
            throw NativeBuildFailure(message: "cannot write \(source)")
        }
        try run(toolchain.compiler, NativeToolchain.flags + ["-o", library, source, "-lm"])
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
