import Foundation
import Lowering
import Network

/// Connections in compressed sparse rows: the targets of source i are
/// `columns[rows[i] ..< rows[i + 1]]`, in increasing order. Built from the
/// counter-based generator, so the same seed and stream give the same list.
///
/// Row starts are 4 bytes (`unsigned` in the generated C), one width for every projection: the
/// code is generated before the connections are drawn, and a projection past 2³² − 1 synapses
/// would need more than 16 GiB for its 4-byte target indices alone; such a list is refused
/// (`SynapseListFailure.tooMany`) rather than wrapped, and one whose indices the machine will not give memory for is
/// refused as `outOfMemory`. At 80 synapses per source a row start costs 0.05 bytes
/// per synapse, against 0.1 with 8-byte starts.
///
/// Target indices take the fewest bytes that number the targets (`TargetIndexWidth`): 2 up to 65 536
/// neurons, so per-synapse f32 weights cost 6 + 4/fan-out bytes per synapse there, and 3 up to 2²⁴.
final class SynapseList: @unchecked Sendable {
    let rows: RawArray<UInt32>
    let columns: TargetIndices
    var count: Int { Int(rows[rows.count - 1]) }

    static let maxCount = Int(UInt32.max)

    init(rows: RawArray<UInt32>, columns: TargetIndices) {
        self.rows = rows
        self.columns = columns
    }

    /// `excludeSelf`: no connection from i onto i (for a population onto itself); `memoryLimit`: the most bytes the
    /// target indices, and a fan-in list's order by source, may take (the machine's memory; a test gives less).
    static func build(_ rule: ConnectionRule, sources: Int, targets: Int, excludeSelf: Bool, key: (UInt32, UInt32),
                      memoryLimit: Int = Int(ProcessInfo.processInfo.physicalMemory)) throws(SynapseListFailure) -> SynapseList {
        let rule = if case .probability(let p) = rule, p >= 1 { ConnectionRule.all } else { rule }
        let width = TargetIndexWidth(targets: targets)
        switch rule {
        case .probability(let p):
            return try byRow(sources, width, expected: Double(sources) * Double(targets) * p, memoryLimit: memoryLimit, bernoulli(p, targets, excludeSelf, key))
        case .fanout(let k): return try byRow(sources, width, expected: Double(sources) * Double(k), memoryLimit: memoryLimit) { i, add in
            sample(k, from: targets, excluding: excludeSelf ? i : nil, key, row: i).forEach(add) }
        case .fanin(let k):
            let bySource = try byRow(targets, .four, expected: Double(targets) * Double(k), memoryLimit: memoryLimit) { j, add in
                sample(k, from: sources, excluding: excludeSelf ? j : nil, key, row: j).forEach(add) }.byColumn(sources, memoryLimit: memoryLimit)
            return SynapseList(rows: bySource.starts, columns: try TargetIndices(bySource.ids, width: width))
        case .all: return try byRow(sources, width, expected: Double(sources) * Double(targets), memoryLimit: memoryLimit) { i, add in
            for j in 0..<targets where !(excludeSelf && j == i) { add(j) } }
        case .oneToOne: return try byRow(sources, width, expected: Double(min(sources, targets)), memoryLimit: memoryLimit) { i, add in if i < targets { add(i) } }
        }
    }

    /// Rows in order; `fill(i, add)` adds the columns of row i in increasing order. The indices' memory is taken
    /// for about `expected` of them at first.
    private static func byRow(_ n: Int, _ width: TargetIndexWidth, expected: Double, memoryLimit: Int,
                              _ fill: (Int, (Int) -> Void) -> Void) throws(SynapseListFailure) -> SynapseList {
        let rows = RawArray<UInt32>(count: n + 1, fill: 0)
        var columns = try ColumnBuffer(capacity: Int(min(expected + 6 * expected.squareRoot(), Double(maxCount))), limit: memoryLimit)
        var failure: SynapseListFailure?
        for i in 0..<n {
            fill(i) { target in
                guard failure == nil else { return }
                do throws(SynapseListFailure) { try columns.append(Int32(target)) } catch { failure = error }
            }
            if let failure { throw failure }
            guard columns.count <= maxCount else { throw .tooMany(atLeast: columns.count) }
            rows[i + 1] = UInt32(columns.count)
        }
        return SynapseList(rows: rows, columns: try TargetIndices(try columns.trimmed(), width: width))
    }

    /// Each row's connections with probability p < 1: skips geometric gaps between successes, so the work is
    /// proportional to the connections made, not the pairs.
    private static func bernoulli(_ p: Double, _ targets: Int, _ excludeSelf: Bool, _ key: (UInt32, UInt32)) -> (Int, (Int) -> Void) -> Void {
        let logMiss = log1p(-p)
        return { i, add in
            guard p > 0 else { return }
            var j = -1
            var draw: UInt32 = 0
            var spare: Double?
            while true {
                let u: Double
                if let kept = spare {
                    u = kept
                    spare = nil
                } else {
                    let pair = Philox.uniformPair(key: key, step: 0, index: UInt32(i), draw: draw)
                    draw += 1
                    (u, spare) = (pair.0, pair.1)
                }
                let gap = (log1p(-u) / logMiss).rounded(.down)
                guard gap < Double(targets - j) else { return }
                j += 1 + Int(gap)
                guard j < targets else { return }
                if !(excludeSelf && j == i) { add(j) }
            }
        }
    }

    /// k distinct values from 0..<n (without `excluding`), sorted: Floyd's algorithm, k draws.
    private static func sample(_ k: Int, from n: Int, excluding: Int?, _ key: (UInt32, UInt32), row: Int) -> [Int] {
        let pool = excluding == nil ? n : n - 1
        var chosen = Set<Int>(minimumCapacity: k)
        var draw: UInt32 = 0
        for m in (pool - k)..<pool {
            let u = Philox.uniform(key: key, step: 0, index: UInt32(row), draw: draw)
            draw += 1
            let r = Int(u * Double(m + 1))
            chosen.insert(chosen.contains(r) ? m : r)
        }
        return chosen.sorted().map { value in
            guard let excluding, value >= excluding else { return value }
            return value + 1
        }
    }

    /// The same connections by column: for column c, `starts[c] ..< starts[c + 1]` index `ids` and `positions`, which
    /// hold, in increasing order, the rows and the positions in this list of its connections. The four arrays are held at
    /// once, 8 bytes a connection and 8 a column: past `memoryLimit`, or when calloc refuses one, `sortOutOfMemory`.
    func byColumn(_ n: Int, memoryLimit: Int = Int(ProcessInfo.processInfo.physicalMemory))
        throws(SynapseListFailure) -> (starts: RawArray<UInt32>, ids: RawArray<Int32>, positions: RawArray<Int32>) {
        let total = count
        // At most 2³² − 1 connections and 2³¹ columns: the sum fits.
        let bytes = 2 * MemoryLayout<Int32>.stride * total + MemoryLayout<UInt32>.stride * (2 * n + 1)
        guard bytes <= memoryLimit else { throw .sortOutOfMemory(synapses: total, bytes: bytes) }
        func allocated<T: FixedWidthInteger>(_ count: Int) throws(SynapseListFailure) -> RawArray<T> {
            guard let array = RawArray<T>(zeroedCount: count) else { throw .sortOutOfMemory(synapses: total, bytes: bytes) }
            return array
        }
        let starts: RawArray<UInt32> = try allocated(n + 1)
        for k in 0..<total { starts[columns[k] + 1] += 1 }
        for c in 0..<n { starts[c + 1] += starts[c] }
        let next: RawArray<UInt32> = try allocated(n)
        next.pointer.update(from: starts.pointer, count: n)
        let rowsOut: RawArray<Int32> = try allocated(total), positions: RawArray<Int32> = try allocated(total)
        for r in 0..<(rows.count - 1) {
            for k in Int(rows[r])..<Int(rows[r + 1]) {
                let c = columns[k]
                rowsOut[Int(next[c])] = Int32(r)
                positions[Int(next[c])] = Int32(k)
                next[c] += 1
            }
        }
        return (starts, rowsOut, positions)
    }
}

/// Why a synapse list could not be drawn.
enum SynapseListFailure: Error {
    /// Its synapses do not fit 4-byte row starts.
    case tooMany(atLeast: Int)
    /// The memory for `synapses` target indices, `bytes` of it, was more than the limit or than malloc would give.
    case outOfMemory(synapses: Int, bytes: Int)
    /// The memory for ordering `synapses` synapses by the other side (`byColumn`: a fan-in list by source, a list by target
    /// for `on post`), `bytes` of it, was more than the limit or than malloc would give.
    case sortOutOfMemory(synapses: Int, bytes: Int)
}

/// Target indices appended in place, in malloc's memory grown with realloc (which moves a large block by remapping
/// its pages, not by copying them) and trimmed to its length at the end: drawing n synapses peaks at about 4·n bytes,
/// where an array copied into the list's own memory peaked at 8·n.
private struct ColumnBuffer {
    private(set) var count = 0
    private var capacity: Int
    private var pointer: UnsafeMutablePointer<Int32>

    /// The most bytes it may take; past them, or when malloc refuses, it fails with `outOfMemory` and keeps what it holds.
    private let limit: Int

    init(capacity: Int, limit: Int) throws(SynapseListFailure) {
        self.capacity = max(capacity, 1024)
        self.limit = limit
        pointer = try Self.resized(nil, to: self.capacity, limit: limit)
    }

    mutating func append(_ value: Int32) throws(SynapseListFailure) {
        if count == capacity {
            let grown = capacity + capacity / 2
            pointer = try Self.resized(pointer, to: grown, limit: limit)
            capacity = grown
        }
        pointer[count] = value
        count += 1
    }

    /// The list's columns, owning this memory: the buffer must not be used after.
    func trimmed() throws(SynapseListFailure) -> RawArray<Int32> {
        RawArray(adopting: try Self.resized(pointer, to: max(count, 1), limit: limit), count: count)
    }

    private static func resized(_ pointer: UnsafeMutablePointer<Int32>?, to count: Int, limit: Int) throws(SynapseListFailure) -> UnsafeMutablePointer<Int32> {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: MemoryLayout<Int32>.stride)
        guard !overflow, bytes <= limit, let memory = realloc(pointer, bytes) else {
            free(pointer)
            throw .outOfMemory(synapses: count, bytes: overflow ? Int.max : bytes)
        }
        HugePages.advise(memory, bytes: bytes)
        return memory.bindMemory(to: Int32.self, capacity: count)
    }
}

extension RawArray where Element: FixedWidthInteger {
    /// Zeros from calloc, or nil where it gives no memory: arrays sized by the model, whose failure is an error to report.
    convenience init?(zeroedCount count: Int) {
        guard let memory = calloc(max(1, count), MemoryLayout<Element>.stride) else { return nil }
        self.init(adopting: memory.bindMemory(to: Element.self, capacity: max(1, count)), count: count)
    }
}

extension RawArray where Element == Int32 {
    convenience init(copying values: [Int32]) {
        self.init(count: values.count, fill: 0)
        values.withUnsafeBufferPointer { if let base = $0.baseAddress { pointer.update(from: base, count: values.count) } }
    }
}
