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
    /// target indices, and a fan-in list's order by source, may take (the machine's memory; a test gives less);
    /// `parts`: how many ranges of rows are drawn at once (by default one per core for lists of a million
    /// synapses and more, drawn by probability, all or one-to-one) — the list is the same for any number.
    static func build(_ rule: ConnectionRule, sources: Int, targets: Int, excludeSelf: Bool, key: (UInt32, UInt32),
                      memoryLimit: Int = Int(ProcessInfo.processInfo.physicalMemory), parts: Int? = nil) throws(SynapseListFailure) -> SynapseList {
        let rule = if case .probability(let p) = rule, p >= 1 { ConnectionRule.all } else { rule }
        let width = TargetIndexWidth(targets: targets)
        let expected = switch rule {
        case .probability(let p): Double(sources) * Double(targets) * p
        case .fanout(let k): Double(sources) * Double(k)
        case .fanin(let k): Double(targets) * Double(k)
        case .all: Double(sources) * Double(targets)
        case .oneToOne: Double(min(sources, targets))
        }
        let parts = parts ?? (expected < Double(1 << 20) || rule.samples ? 1 : ProcessInfo.processInfo.activeProcessorCount)
        guard case .fanin = rule else {
            let draw = RowDraw(rule, pool: targets, excludeSelf: excludeSelf, key: key)
            return try byRow(sources, width, expected: expected, memoryLimit: memoryLimit, parts: parts, draw)
        }
        let draw = RowDraw(rule, pool: sources, excludeSelf: excludeSelf, key: key)
        let bySource = try byRow(targets, .four, expected: expected, memoryLimit: memoryLimit, parts: parts, draw)
            .byColumn(sources, memoryLimit: memoryLimit)
        return SynapseList(rows: bySource.starts, columns: try TargetIndices(bySource.ids, width: width))
    }

    /// Rows 0 ..< n, drawn by `draw` in `parts` ranges at once, each into its own buffer at the list's width, then
    /// joined: the first range's memory grown in place (realloc) and the others copied after it. A range takes memory
    /// for about its share of `expected` indices at first, all taken before any is drawn: where that is refused the
    /// failure names the whole list's first guess (`expected` and 6σ more), the same for any number of parts.
    static func byRow(_ n: Int, _ width: TargetIndexWidth, expected: Double, memoryLimit: Int, parts: Int,
                      _ draw: RowDraw) throws(SynapseListFailure) -> SynapseList {
        let rows = RawArray<UInt32>(count: n + 1, fill: 0)
        let parts = max(1, min(parts, n))
        let bounds = (0...parts).map { n * $0 / parts }
        let capacities = (0..<parts).map { part in
            firstGuess(expected * Double(bounds[part + 1] - bounds[part]) / Double(max(n, 1)))
        }
        var first: [IndexBuffer] = []
        for capacity in capacities {
            do throws(SynapseListFailure) { first.append(try IndexBuffer(width, capacity: capacity, limit: memoryLimit)) } catch {
                first.forEach { $0.release() }
                let guess = firstGuess(expected)
                throw .outOfMemory(synapses: guess, bytes: IndexBuffer.bytes(guess, width))
            }
        }
        let drawn = DrawnParts(parts)
        PartThreads.run(parts) { [first] part in
            var buffer = first[part]
            drawn.set(part, Result { () throws(SynapseListFailure) in
                for i in bounds[part]..<bounds[part + 1] {
                    do throws(SynapseListFailure) {
                        try draw.row(i, into: &buffer)
                        guard buffer.count <= maxCount else { throw .tooMany(atLeast: buffer.count) }
                    } catch {
                        buffer.release()
                        throw error
                    }
                    rows[i + 1] = UInt32(buffer.count)
                }
                return buffer
            })
        }
        let buffers = try drawn.buffers()
        var total = buffers[0].count
        for part in 1..<parts {
            for i in bounds[part]..<bounds[part + 1] { rows[i + 1] += UInt32(truncatingIfNeeded: total) }
            total += buffers[part].count
            guard total <= maxCount else {
                buffers.forEach { $0.release() }
                throw .tooMany(atLeast: total)
            }
        }
        let rest = buffers.dropFirst()
        defer { rest.forEach { $0.release() } }
        return SynapseList(rows: rows, columns: try buffers[0].joined(rest, limit: memoryLimit))
    }

    /// How many of `expected` indices to take memory for at first: six standard deviations more, so that a
    /// list seldom grows.
    private static func firstGuess(_ expected: Double) -> Int { Int(min(expected + 6 * expected.squareRoot(), Double(maxCount))) }

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

private extension ConnectionRule {
    /// Drawn by sampling k of each row (`RowDraw`), which allocates a set and arrays per row. These stay on one thread
    /// by default: glibc gives each new thread a malloc arena of its own, whose reservation an address-space limit
    /// refuses, and then tries the reservation again at every malloc of that thread (400 000 failed mmaps, minutes of
    /// system time, for SynapseMemoryTests' fan-in list under `ulimit -v`). The other rules draw without allocating.
    var samples: Bool {
        switch self {
        case .fanin, .fanout: return true
        case .probability, .all, .oneToOne: return false
        }
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

/// Each part's buffer or failure, set from the threads that draw them.
private final class DrawnParts: @unchecked Sendable {
    private var results: [Result<IndexBuffer, SynapseListFailure>?]
    private let lock = NSLock()

    init(_ count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ part: Int, _ result: Result<IndexBuffer, SynapseListFailure>) { lock.withLock { results[part] = result } }

    /// Every part's buffer in order; or the first part's failure, every buffer drawn released.
    func buffers() throws(SynapseListFailure) -> [IndexBuffer] {
        let results = lock.withLock { self.results.compactMap { $0 } }
        let buffers = results.compactMap { try? $0.get() }
        for case .failure(let error) in results {
            buffers.forEach { $0.release() }
            throw error
        }
        return buffers
    }
}
