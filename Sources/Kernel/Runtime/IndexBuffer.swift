import Foundation
import Lowering

/// Target indices of consecutive rows, written at the list's width as they are drawn into malloc's memory grown with
/// realloc (which moves a large block by remapping its pages, not by copying them): the list's indices are written
/// once, in the bytes the generated C reads, with no 4-byte copy to narrow afterwards. Sendable: a part hands its
/// buffer from the thread that drew it to the one that joins the parts, never using it after.
struct IndexBuffer: @unchecked Sendable {
    let width: TargetIndexWidth
    private(set) var count = 0
    private var capacity: Int
    private var memory: UnsafeMutableRawPointer

    /// The most bytes it may take; past them, or when malloc refuses, it fails with `outOfMemory`, keeping what it
    /// holds (to be released).
    private let limit: Int

    init(_ width: TargetIndexWidth, capacity: Int, limit: Int) throws(SynapseListFailure) {
        self.width = width
        self.capacity = max(capacity, Self.least)
        self.limit = limit
        memory = try Self.resized(nil, width, to: self.capacity, limit: limit)
    }

    /// The fewest indices a buffer takes memory for at first.
    static let least = 1024

    @inline(__always)
    mutating func append(_ target: Int) throws(SynapseListFailure) {
        if count == capacity { try grow() }
        switch width {
        case .two: memory.storeBytes(of: UInt16(truncatingIfNeeded: target), toByteOffset: 2 * count, as: UInt16.self)
        // One 4-byte store: its high byte (zero) lands where the next index begins, which that index overwrites;
        // after the last index it is the byte the list keeps for cc's 4-byte loads.
        case .three: memory.storeBytes(of: UInt32(truncatingIfNeeded: target), toByteOffset: 3 * count, as: UInt32.self)
        case .four: memory.storeBytes(of: Int32(truncatingIfNeeded: target), toByteOffset: 4 * count, as: Int32.self)
        }
        count += 1
    }

    private mutating func grow() throws(SynapseListFailure) {
        let grown = capacity + capacity / 2
        memory = try Self.resized(memory, width, to: grown, limit: limit)
        capacity = grown
    }

    func release() { free(memory) }

    /// This buffer's indices followed by those of `rest`, in this buffer's memory grown (or trimmed) to hold just them:
    /// this buffer must not be used after (where that fails it is released), and `rest` must still be released.
    func joined(_ rest: ArraySlice<IndexBuffer>, limit: Int) throws(SynapseListFailure) -> TargetIndices {
        let total = rest.reduce(count) { $0 + $1.count }
        let base: UnsafeMutableRawPointer
        do throws(SynapseListFailure) { base = try Self.resized(memory, width, to: total, limit: limit) } catch {
            release()
            throw error
        }
        var offset = width.rawValue * count
        for part in rest {
            (base + offset).copyMemory(from: part.memory, byteCount: width.rawValue * part.count)
            offset += width.rawValue * part.count
        }
        if width == .three { base.storeBytes(of: 0, toByteOffset: offset, as: UInt8.self) }
        return TargetIndices(adopting: base, count: total, width: width)
    }

    /// The bytes of `count` indices; a 3-byte list has one more for the 4-byte store of its last index.
    static func bytes(_ count: Int, _ width: TargetIndexWidth) -> Int {
        width.rawValue * max(count, 1) + (width == .three ? 1 : 0)
    }

    private static func resized(_ memory: UnsafeMutableRawPointer?, _ width: TargetIndexWidth, to count: Int,
                                limit: Int) throws(SynapseListFailure) -> UnsafeMutableRawPointer {
        let (product, overflow) = max(count, 1).multipliedReportingOverflow(by: width.rawValue)
        let bytes = product + (width == .three ? 1 : 0)
        guard !overflow, bytes <= limit, let resized = realloc(memory, bytes) else {
            throw .outOfMemory(synapses: count, bytes: overflow ? Int.max : bytes)
        }
        HugePages.advise(resized, bytes: bytes)
        return resized
    }
}
