import Lowering

/// The target neuron of each synapse of a list, `width` bytes each, in the form the generated C reads
/// (`TargetIndexWidth.cType`): two bytes up to 65 536 targets, three (little-endian, and one byte more at the
/// end, which cc's 4-byte load of the last index reads) up to 2²⁴, else four.
final class TargetIndices: @unchecked Sendable {
    let count: Int
    private let storage: Storage

    private enum Storage {
        case two(RawArray<UInt16>)
        case three(RawArray<UInt8>)
        case four(RawArray<Int32>)
    }

    var width: TargetIndexWidth {
        switch storage {
        case .two: return .two
        case .three: return .three
        case .four: return .four
        }
    }

    /// `indices` narrowed to `width` (each must fit it); four bytes keep the array itself. Memory refused for the
    /// narrowed copy is `outOfMemory`, as for the indices themselves.
    init(_ indices: RawArray<Int32>, width: TargetIndexWidth) throws(SynapseListFailure) {
        count = indices.count
        switch width {
        case .four: storage = .four(indices)
        case .two:
            let narrow = try Self.unwritten(UInt16.self, count: count, synapses: count)
            for k in 0..<count { narrow[k] = UInt16(truncatingIfNeeded: indices[k]) }
            storage = .two(narrow)
        case .three:
            let bytes = try Self.unwritten(UInt8.self, count: 3 * count + 1, synapses: count)
            bytes[3 * count] = 0
            for k in 0..<count {
                let value = UInt32(bitPattern: indices[k])
                bytes[3 * k] = UInt8(truncatingIfNeeded: value)
                bytes[3 * k + 1] = UInt8(truncatingIfNeeded: value >> 8)
                bytes[3 * k + 2] = UInt8(truncatingIfNeeded: value >> 16)
            }
            storage = .three(bytes)
        }
    }

    /// Owns `memory`, a malloc'ed block of `count` indices of `width` bytes (and, for 3 bytes, the byte after them).
    init(adopting memory: UnsafeMutableRawPointer, count: Int, width: TargetIndexWidth) {
        self.count = count
        storage = switch width {
        case .two: .two(RawArray(adopting: memory.bindMemory(to: UInt16.self, capacity: max(count, 1)), count: count))
        case .three: .three(RawArray(adopting: memory.bindMemory(to: UInt8.self, capacity: 3 * count + 1), count: 3 * count + 1))
        case .four: .four(RawArray(adopting: memory.bindMemory(to: Int32.self, capacity: max(count, 1)), count: count))
        }
    }

    /// An array of `count` elements in memory advised for huge pages (HugePages), every element still to be written;
    /// refused, `outOfMemory` for the list's `synapses`.
    private static func unwritten<Element>(_ type: Element.Type, count: Int, synapses: Int) throws(SynapseListFailure) -> RawArray<Element> {
        let bytes = max(count, 1) * MemoryLayout<Element>.stride
        guard let memory = HugePages.allocate(bytes: bytes) else { throw .outOfMemory(synapses: synapses, bytes: bytes) }
        return RawArray(adopting: memory.bindMemory(to: Element.self, capacity: max(count, 1)), count: count)
    }

    subscript(k: Int) -> Int {
        switch storage {
        case .two(let narrow): return Int(narrow[k])
        case .three(let bytes): return Int(bytes[3 * k]) | Int(bytes[3 * k + 1]) << 8 | Int(bytes[3 * k + 2]) << 16
        case .four(let wide): return Int(wide[k])
        }
    }

    var buffer: HostBuffer {
        switch storage {
        case .two(let narrow): return narrow.buffer
        case .three(let bytes): return bytes.buffer
        case .four(let wide): return wide.buffer
        }
    }
}
