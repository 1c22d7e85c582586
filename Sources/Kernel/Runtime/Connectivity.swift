import Foundation
import Network

/// Connections in compressed sparse rows: the targets of source i are
/// `columns[rows[i] ..< rows[i + 1]]`, in increasing order. Built from the
/// counter-based generator, so the same seed and stream give the same list.
final class SynapseList: @unchecked Sendable {
    let rows: RawArray<Int64>
    let columns: RawArray<Int32>
    var count: Int { Int(rows[rows.count - 1]) }

    init(rows: RawArray<Int64>, columns: RawArray<Int32>) {
        self.rows = rows
        self.columns = columns
    }

    /// `excludeSelf`: no connection from i onto i (for a population onto itself).
    static func build(_ rule: ConnectionRule, sources: Int, targets: Int, excludeSelf: Bool,
                      key: (UInt32, UInt32)) -> SynapseList {
        switch rule {
        case .probability(let p): return bernoulli(p, sources, targets, excludeSelf, key)
        case .fanout(let k): return byRow(sources) { i, add in
            sample(k, from: targets, excluding: excludeSelf ? i : nil, key, row: i).forEach(add) }
        case .fanin(let k): return byRow(targets) { j, add in
            sample(k, from: sources, excluding: excludeSelf ? j : nil, key, row: j).forEach(add) }.byColumn(sources).list
        case .all: return byRow(sources) { i, add in
            for j in 0..<targets where !(excludeSelf && j == i) { add(j) } }
        case .oneToOne: return byRow(sources) { i, add in if i < targets { add(i) } }
        }
    }

    /// Rows in order; `fill(i, add)` adds the columns of row i in increasing order.
    private static func byRow(_ n: Int, expected: Double = 0, _ fill: (Int, (Int) -> Void) -> Void) -> SynapseList {
        let rows = RawArray<Int64>(count: n + 1, fill: 0)
        var columns: [Int32] = []
        columns.reserveCapacity(Int(min(expected + 6 * expected.squareRoot(), 4e9)))
        for i in 0..<n {
            fill(i) { columns.append(Int32($0)) }
            rows[i + 1] = Int64(columns.count)
        }
        return SynapseList(rows: rows, columns: RawArray(copying: columns))
    }

    /// Skips geometric gaps between successes, so the work is proportional to the connections made, not the pairs.
    private static func bernoulli(_ p: Double, _ sources: Int, _ targets: Int, _ excludeSelf: Bool,
                                  _ key: (UInt32, UInt32)) -> SynapseList {
        guard p < 1 else { return build(.all, sources: sources, targets: targets, excludeSelf: excludeSelf, key: key) }
        let logMiss = log1p(-p)
        return byRow(sources, expected: Double(sources) * Double(targets) * p) { i, add in
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

    /// The same connections by column: for column c, `rows[c] ..< rows[c + 1]` index `ids`, which holds,
    /// in increasing order, the rows (`list`) or the positions in this list (`positions`) of its connections.
    func byColumn(_ n: Int) -> (list: SynapseList, positions: RawArray<Int32>) {
        let starts = RawArray<Int64>(count: n + 1, fill: 0)
        let total = count
        for k in 0..<total { starts[Int(columns[k]) + 1] += 1 }
        for c in 0..<n { starts[c + 1] += starts[c] }
        var next = (0..<n).map { starts[$0] }
        let rowsOut = RawArray<Int32>(count: total, fill: 0), positions = RawArray<Int32>(count: total, fill: 0)
        for r in 0..<(rows.count - 1) {
            for k in Int(rows[r])..<Int(rows[r + 1]) {
                let c = Int(columns[k])
                rowsOut[Int(next[c])] = Int32(r)
                positions[Int(next[c])] = Int32(k)
                next[c] += 1
            }
        }
        return (SynapseList(rows: starts, columns: rowsOut), positions)
    }
}

extension RawArray where Element == Int32 {
    convenience init(copying values: [Int32]) {
        self.init(count: values.count, fill: 0)
        for (k, value) in values.enumerated() { pointer[k] = value }
    }
}
