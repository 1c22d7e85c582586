import Foundation

/// Compiled code by the text of its C source: a network that differs only in
/// parameter values, drives or dt reuses the code it compiled before.
public final class CodeCache: @unchecked Sendable {
    private var entries: [String: CompiledChunk] = [:]
    private let lock = NSLock()

    public init() {}

    /// The compiled code for `unit`, and whether it came from the cache.
    public func compiled(_ unit: GeneratedUnit) throws -> (chunk: CompiledChunk, cached: Bool) {
        if let cached = lock.withLock({ entries[unit.source] }) { return (cached, true) }
        let chunk = try TCCCompiler.compile(unit)
        lock.withLock { entries[unit.source] = chunk }
        return (chunk, false)
    }
}
