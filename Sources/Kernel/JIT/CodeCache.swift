import Codegen
import Foundation

/// Compiled code by the text of its C source: a network that differs only in
/// parameter values, drives or dt reuses the code it compiled before. The
/// optimising tier's builds are kept too, so a later run finds one finished
/// (or still going) instead of starting another.
public final class CodeCache: @unchecked Sendable {
    private var entries: [String: CompiledChunk] = [:]
    private var nativeBuilds: [String: NativeBuild] = [:]
    private var discards: [String: String] = [:]
    /// Keys whose build's discard note was said.
    private var reported: Set<String> = []
    private let lock = NSLock()

    public init() {}

    /// The compiled code for `unit`, and whether it came from the cache.
    public func compiled(_ unit: GeneratedUnit) throws -> (chunk: CompiledChunk, cached: Bool) {
        if let cached = lock.withLock({ entries[unit.source] }) { return (cached, true) }
        let chunk = try TCCCompiler.compile(unit)
        lock.withLock { entries[unit.source] = chunk }
        return (chunk, false)
    }

    /// The optimising tier's build of `unit`: the one started before, or a new one.
    public func nativeBuild(_ unit: GeneratedUnit, toolchain: NativeToolchain?) -> NativeBuild {
        guard let toolchain else { return NativeBuild(unit, toolchain: nil) }
        let key = NativeCompiler.key(unit, toolchain)
        return lock.withLock {
            if let build = nativeBuilds[key] { return build }
            let build = NativeBuild(unit, toolchain: toolchain)
            nativeBuilds[key] = build
            return build
        }
    }

    /// The optimising tier's code for `unit` where it costs no compiling: built before in this process, or cached on disk.
    public func nativeIfBuilt(_ unit: GeneratedUnit, toolchain: NativeToolchain?) -> CompiledChunk? {
        guard let toolchain else { return nil }
        let key = NativeCompiler.key(unit, toolchain)
        if let build = lock.withLock({ nativeBuilds[key] }) {
            return try? build.current?.get().chunk
        }
        let (chunk, discarded) = NativeCompiler.cached(unit, with: toolchain)
        lock.withLock {
            if let discarded { discards[key] = discarded }
            if let chunk { nativeBuilds[key] = NativeBuild(ready: chunk) }
        }
        return chunk
    }

    /// Why a cached (or shipped) library of `unit` was found corrupt or stale and not used, said once: by the lookup
    /// above or by the build that replaced it.
    public func takeDiscardedNote(_ unit: GeneratedUnit, toolchain: NativeToolchain?) -> String? {
        guard let toolchain else { return nil }
        let key = NativeCompiler.key(unit, toolchain)
        return lock.withLock {
            // A shipped library that fails the checks stays on disk, so the build after the lookup finds it too: one note.
            if let note = discards.removeValue(forKey: key) {
                reported.insert(key)
                return note
            }
            guard !reported.contains(key), case .success(let built)? = nativeBuilds[key]?.current, let note = built.discarded else { return nil }
            reported.insert(key)
            return note
        }
    }
}
