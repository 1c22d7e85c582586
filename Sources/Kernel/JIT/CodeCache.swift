import Foundation

/// Compiled code by the text of its C source: a network that differs only in
/// parameter values, drives or dt reuses the code it compiled before.
public final class CodeCache: @unchecked Sendable {
    private var entries: [String: CompiledChunk] = [:]
    private let lock = NSLock()
    public private(set) var hits = 0
    public private(set) var misses = 0

    public init() {}

    public func compiled(_ unit: GeneratedUnit) throws -> CompiledChunk {
        lock.lock()
        if let cached = entries[unit.source] {
            hits += 1
            lock.unlock()
            return cached
        }
        lock.unlock()
        let chunk = try TCCCompiler.compile(unit)
        lock.lock()
        misses += 1
        entries[unit.source] = chunk
        lock.unlock()
        return chunk
    }
}
