import Foundation
import Network

/// How the targets of one row of a synapse list are drawn: row i reads only its own random stream (Philox at
/// index i), so rows can be drawn in any order, on any thread, and give the same targets.
struct RowDraw: Sendable {
    private enum Kind {
        /// Each of the `pool` targets with probability p < 1, by geometric gaps; `logMiss` = log(1 − p).
        case bernoulli(p: Double, logMiss: Double)
        /// k distinct targets.
        case sample(Int)
        case all
        case oneToOne
    }

    private let kind: Kind
    /// The targets a row draws from: 0 ..< pool.
    private let pool: Int
    private let excludeSelf: Bool
    private let key: (UInt32, UInt32)

    /// `rule` with p ≥ 1 already read as `.all`; a fan-in rule draws each target's sources (`pool` = the sources).
    init(_ rule: ConnectionRule, pool: Int, excludeSelf: Bool, key: (UInt32, UInt32)) {
        kind = switch rule {
        case .probability(let p): .bernoulli(p: p, logMiss: log1p(-p))
        case .fanout(let k), .fanin(let k): .sample(k)
        case .all: .all
        case .oneToOne: .oneToOne
        }
        self.pool = pool
        self.excludeSelf = excludeSelf
        self.key = key
    }

    /// Appends row i's targets in increasing order.
    func row(_ i: Int, into buffer: inout IndexBuffer) throws(SynapseListFailure) {
        switch kind {
        case .bernoulli(let p, let logMiss): try bernoulli(i, p, logMiss, &buffer)
        case .sample(let k): for j in sample(k, row: i) { try buffer.append(j) }
        case .all: for j in 0..<pool where !(excludeSelf && j == i) { try buffer.append(j) }
        case .oneToOne: if i < pool { try buffer.append(i) }
        }
    }

    /// Skips geometric gaps between successes, so the work is proportional to the connections made, not the pairs.
    private func bernoulli(_ i: Int, _ p: Double, _ logMiss: Double, _ buffer: inout IndexBuffer) throws(SynapseListFailure) {
        guard p > 0 else { return }
        var j = -1
        /// Moves j on by the gap that u gives and adds it; false past the row's end.
        func take(_ u: Double) throws(SynapseListFailure) -> Bool {
            let gap = (log1p(-u) / logMiss).rounded(.down)
            guard gap < Double(pool - j) else { return false }
            j += 1 + Int(gap)
            guard j < pool else { return false }
            if !(excludeSelf && j == i) { try buffer.append(j) }
            return true
        }
        var draw: UInt32 = 0
        while true {
            let pair = Philox.uniformPair(key: key, step: 0, index: UInt32(truncatingIfNeeded: i), draw: draw)
            draw += 1
            guard try take(pair.0), try take(pair.1) else { return }
        }
    }

    /// k distinct values from 0..<pool (without i where self is excluded), sorted: Floyd's algorithm, k draws.
    private func sample(_ k: Int, row: Int) -> [Int] {
        let excluding = excludeSelf ? row : nil
        let size = excluding == nil ? pool : pool - 1
        var chosen = Set<Int>(minimumCapacity: k)
        var draw: UInt32 = 0
        for m in (size - k)..<size {
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
}
