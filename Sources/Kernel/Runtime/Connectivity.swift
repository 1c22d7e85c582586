import Foundation
import Lowering
import Network

/// Connections in compressed sparse rows: the targets of source i are
/// `columns[rows[i] ..< rows[i + 1]]`, in increasing order. Built from the
/// counter-based generator, so the same seed and stream give the same list.
///
/// Target indices take the fewest bytes that number the targets (`TargetIndexWidth`): 2 up to 65 536
/// neurons, so per-synapse f32 weights cost 6 + 4/fan-out bytes per synapse there, and 3 up to 2²⁴.
///
/// Row starts are 4 bytes (`unsigned` in the generated C), one width for every projection: the
/// code is generated before the connections are drawn, and a projection past 2³² − 1 synapses
/// would need more than 16 GiB for its 4-byte target indices alone; such a list is refused
/// (`TooManySynapses`) rather than wrapped. At 80 synapses per source a row start costs 0.05 bytes
/// per synapse, against 0.1 with 8-byte starts.
final class SynapseList: @unchecked Sendable {
    let rows: RawArray<UInt32>
    let columns: TargetIndices
    var count: Int { Int(rows[rows.count - 1]) }

    static let maxCount = Int(UInt32.max)

    init(rows: RawArray<UInt32>, columns: TargetIndices) {
        self.rows = rows
        self.columns = columns
    }

    /// `excludeSelf`: no connection from i onto i (for a population onto itself).
    static func build(_ rule: ConnectionRule, sources: Int, targets: Int, excludeSelf: Bool,
                      key: (UInt32, UInt32)) throws(TooManySynapses) -> SynapseList {
        let width = TargetIndexWidth(targets: targets)
        switch rule {
        case .probability(let p): return try bernoulli(p, sources, targets, excludeSelf, key)
        case .fanout(let k): return try byRow(sources, width) { i, add in
            sample(k, from: targets, excluding: excludeSelf ? i : nil, key, row: i).forEach(add) }
        case .fanin(let k):
            let bySource = try byRow(targets, .four) { j, add in
                sample(k, from: sources, excluding: excludeSelf ? j : nil, key, row: j).forEach(add) }.byColumn(sources)
            return SynapseList(rows: bySource.starts, columns: TargetIndices(bySource.ids, width: width))
        case .all: return try byRow(sources, width) { i, add in
            for j in 0..<targets where !(excludeSelf && j == i) { add(j) } }
        case .oneToOne: return try byRow(sources, width) { i, add in if i < targets { add(i) } }
        }
    }

    /// Rows in order; `fill(i, add)` adds the columns of row i in increasing order.
    private static func byRow(_ n: Int, _ width: TargetIndexWidth, expected: Double = 0,
                              _ fill: (Int, (Int) -> Void) -> Void) throws(TooManySynapses) -> SynapseList {
        let rows = RawArray<UInt32>(count: n + 1, fill: 0)
        var columns = ColumnBuffer(capacity: Int(min(expected + 6 * expected.squareRoot(), Double(maxCount))))
        for i in 0..<n {
            fill(i) { columns.append(Int32($0)) }
            guard columns.count <= maxCount else { throw TooManySynapses(atLeast: columns.count) }
            rows[i + 1] = UInt32(columns.count)
        }
        return SynapseList(rows: rows, columns: TargetIndices(columns.trimmed(), width: width))
    }

    /// Skips geometric gaps between successes, so the work is proportional to the connections made, not the pairs.
    private static func bernoulli(_ p: Double, _ sources: Int, _ targets: Int, _ excludeSelf: Bool,
                                  _ key: (UInt32, UInt32)) throws(TooManySynapses) -> SynapseList {
        guard p < 1 else { return try build(.all, sources: sources, targets: targets, excludeSelf: excludeSelf, key: key) }
        let logMiss = log1p(-p)
        return try byRow(sources, TargetIndexWidth(targets: targets), expected: Double(sources) * Double(targets) * p) { i, add in
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
    /// hold, in increasing order, the rows and the positions in this list of its connections.
    func byColumn(_ n: Int) -> (starts: RawArray<UInt32>, ids: RawArray<Int32>, positions: RawArray<Int32>) {
        let starts = RawArray<UInt32>(count: n + 1, fill: 0)
        let total = count
        for k in 0..<total { starts[columns[k] + 1] += 1 }
        for c in 0..<n { starts[c + 1] += starts[c] }
        let next = RawArray<UInt32>(count: n, fill: 0)
        next.pointer.update(from: starts.pointer, count: n)
        let rowsOut = RawArray<Int32>(count: total, fill: 0), positions = RawArray<Int32>(count: total, fill: 0)
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

/// A projection whose synapses do not fit 4-byte row starts.
struct TooManySynapses: Error {
    var atLeast: Int
}

/// Target indices appended in place, in malloc's memory grown with realloc (which moves a large block by remapping
/// its pages, not by copying them) and trimmed to its length at the end: drawing n synapses peaks at about 4·n bytes,
/// where an array copied into the list's own memory peaked at 8·n.
private struct ColumnBuffer {
    private(set) var count = 0
    private var capacity: Int
    private var pointer: UnsafeMutablePointer<Int32>

    init(capacity: Int) {
        self.capacity = max(capacity, 1024)
        pointer = Self.resized(nil, to: self.capacity)
    }

    mutating func append(_ value: Int32) {
        if count == capacity {
            capacity += capacity / 2
            pointer = Self.resized(pointer, to: capacity)
        }
        pointer[count] = value
        count += 1
    }

    /// The list's columns, owning this memory: the buffer must not be used after.
    func trimmed() -> RawArray<Int32> {
        RawArray(adopting: Self.resized(pointer, to: max(count, 1)), count: count)
    }

    private static func resized(_ pointer: UnsafeMutablePointer<Int32>?, to count: Int) -> UnsafeMutablePointer<Int32> {
        guard let memory = realloc(pointer, count * MemoryLayout<Int32>.stride) else { fatalError("out of memory: \(count) synapses") }
        return memory.bindMemory(to: Int32.self, capacity: count)
    }
}

extension RawArray where Element == Int32 {
    convenience init(copying values: [Int32]) {
        self.init(count: values.count, fill: 0)
        values.withUnsafeBufferPointer { if let base = $0.baseAddress { pointer.update(from: base, count: values.count) } }
    }
}
