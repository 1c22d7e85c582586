import Foundation
import Network

/// One array of numbers in the precision generated code reads (f32 or f64),
/// in memory owned here so that C can write it in place.
public final class StateBuffer: @unchecked Sendable {
    public let precision: Precision
    public let count: Int
    public let pointer: UnsafeMutableRawPointer

    public init(count: Int, precision: Precision, fill: Double = 0) {
        self.count = count
        self.precision = precision
        let stride = precision == .f32 ? 4 : 8
        pointer = UnsafeMutableRawPointer.allocate(byteCount: max(1, count) * stride, alignment: 64)
        for i in 0..<count { self[i] = fill }
    }

    deinit { pointer.deallocate() }

    public subscript(i: Int) -> Double {
        get {
            precision == .f32 ? Double(pointer.assumingMemoryBound(to: Float.self)[i]) : pointer.assumingMemoryBound(to: Double.self)[i]
        }
        set {
            if precision == .f32 {
                pointer.assumingMemoryBound(to: Float.self)[i] = Float(newValue)
            } else {
                pointer.assumingMemoryBound(to: Double.self)[i] = newValue
            }
        }
    }

    public func converted(to precision: Precision) -> StateBuffer {
        if precision == self.precision { return self }
        let copy = StateBuffer(count: count, precision: precision)
        for i in 0..<count { copy[i] = self[i] }
        return copy
    }

    public var values: [Double] { (0..<count).map { self[$0] } }

    /// The numbers at `range`, copied in bulk: a recording of per-synapse values reads many at every sample.
    func values(in range: Range<Int>) -> [Double] {
        if precision == .f64 { return Array(UnsafeBufferPointer(start: pointer.assumingMemoryBound(to: Double.self) + range.lowerBound, count: range.count)) }
        return UnsafeBufferPointer(start: pointer.assumingMemoryBound(to: Float.self) + range.lowerBound, count: range.count).map(Double.init)
    }

    /// Another buffer with the same numbers (`store`).
    func copy() -> StateBuffer {
        let copy = StateBuffer(count: count, precision: precision)
        copy.pointer.copyMemory(from: pointer, byteCount: count * (precision == .f32 ? 4 : 8))
        return copy
    }
}

/// A plain typed array owned here and written by generated code (counters, flags, spike buffers).
public final class RawArray<Element>: @unchecked Sendable {
    public let count: Int
    public let pointer: UnsafeMutablePointer<Element>

    /// Elements are plain values (numbers), so the memory is malloc's: `adopting` takes a block grown with realloc.
    public init(count: Int, fill: Element) {
        self.count = count
        pointer = malloc(max(1, count) * MemoryLayout<Element>.stride)!.bindMemory(to: Element.self, capacity: max(1, count))
        pointer.initialize(repeating: fill, count: max(1, count))
    }

    /// Owns `pointer`, a malloc'ed block of at least `count` elements (and at least one).
    init(adopting pointer: UnsafeMutablePointer<Element>, count: Int) {
        self.count = count
        self.pointer = pointer
    }

    deinit { free(pointer) }

    public subscript(i: Int) -> Element {
        get { pointer[i] }
        set { pointer[i] = newValue }
    }

    /// Another array with the same elements (`store`).
    func copy() -> RawArray<Element> {
        let copy = RawArray(count: count, fill: pointer[0])
        copy.pointer.update(from: pointer, count: count)
        return copy
    }
}
