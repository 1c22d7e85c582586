import XCTest
@testable import Runtime
import Lowering
import Network

/// Drawing a synapse list on several threads: each part of the sources draws its rows from the rows' own random
/// streams, so the list is the same, bit for bit, whatever the number of parts, and the same as the one-thread draw
/// of before the split (fingerprints recorded from commit fc39958).
final class ConnectivityDrawTests: XCTestCase {
    private struct Case {
        let rule: ConnectionRule
        let sources: Int, targets: Int
        let excludeSelf: Bool
        let key: (UInt32, UInt32)
        let fingerprint: UInt64
    }

    private let cases = [
        Case(rule: .probability(0.02), sources: 3000, targets: 4000, excludeSelf: true, key: (1, 2), fingerprint: 3871384559255833838),
        Case(rule: .probability(0.003), sources: 2000, targets: 70_000, excludeSelf: false, key: (7, 9), fingerprint: 13882107489533010872),
        Case(rule: .probability(0.5), sources: 700, targets: 700, excludeSelf: true, key: (3, 4), fingerprint: 8223171571514363520),
        Case(rule: .fanout(40), sources: 2500, targets: 3000, excludeSelf: true, key: (5, 6), fingerprint: 9536868790483490275),
        Case(rule: .fanin(30), sources: 2000, targets: 2500, excludeSelf: false, key: (8, 1), fingerprint: 15173853011905159874),
        Case(rule: .all, sources: 300, targets: 301, excludeSelf: true, key: (1, 1), fingerprint: 17646145179801375811),
        Case(rule: .oneToOne, sources: 5000, targets: 4000, excludeSelf: false, key: (2, 2), fingerprint: 10152471312528203455),
    ]

    /// FNV-1a over the row starts and the target indices as numbers (not their bytes, so any width reads the same).
    private func fingerprint(_ list: SynapseList) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ value: Int) { hash = (hash ^ UInt64(truncatingIfNeeded: value)) &* 0x100_0000_01b3 }
        for i in 0..<list.rows.count { mix(Int(list.rows[i])) }
        for k in 0..<list.count { mix(list.columns[k]) }
        return hash
    }

    func testEveryRuleDrawsTheListsOfBeforeTheSplit() throws {
        for c in cases {
            let list = try SynapseList.build(c.rule, sources: c.sources, targets: c.targets, excludeSelf: c.excludeSelf, key: c.key)
            XCTAssertEqual(fingerprint(list), c.fingerprint, "\(c.rule)")
        }
    }

    /// One range of rows or eight at once: the same row starts and the same indices, in the same bytes.
    func testTheListIsTheSameForEveryNumberOfParts() throws {
        for c in cases {
            let one = try SynapseList.build(c.rule, sources: c.sources, targets: c.targets, excludeSelf: c.excludeSelf, key: c.key, parts: 1)
            for parts in [2, 3, 8] {
                let split = try SynapseList.build(c.rule, sources: c.sources, targets: c.targets, excludeSelf: c.excludeSelf, key: c.key, parts: parts)
                XCTAssertEqual((0..<split.rows.count).map { split.rows[$0] }, (0..<one.rows.count).map { one.rows[$0] }, "\(c.rule) \(parts)")
                XCTAssertEqual(bytes(split.columns.buffer), bytes(one.columns.buffer), "\(c.rule) \(parts)")
                XCTAssertEqual(split.columns.width, one.columns.width)
            }
        }
    }

    private func bytes(_ buffer: HostBuffer) -> [UInt8] {
        Array(UnsafeRawBufferPointer(start: buffer.pointer, count: buffer.bytes))
    }

    /// 3-byte indices are written with 4-byte stores: the list keeps one zero byte after its last index, whichever
    /// part wrote it.
    func testThreeByteIndicesEndWithTheirZeroByte() throws {
        let list = try SynapseList.build(.probability(0.003), sources: 2000, targets: 70_000, excludeSelf: false, key: (7, 9), parts: 3)
        XCTAssertEqual(list.columns.width, .three)
        let all = bytes(list.columns.buffer)
        XCTAssertEqual(all.count, 3 * list.count + 1)
        XCTAssertEqual(all.last, 0)
    }

    /// Memory past the limit is a typed failure whether a part's first buffer or the joined list passes it: 10⁶
    /// 2-byte indices in four parts of 250 000 (and room for 6σ more, 253 000, 0.5 MB) each. A part refused names
    /// the whole list's first guess, 10⁶ and 6σ more, as the one-part draw does.
    func testAPartOrTheJoinedListPastTheMemoryLimitIsATypedFailure() {
        XCTAssertThrowsError(try SynapseList.build(.all, sources: 1000, targets: 1000, excludeSelf: false, key: (1, 2), memoryLimit: 1 << 18, parts: 4)) { error in
            guard case SynapseListFailure.outOfMemory(let synapses, let bytes) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(synapses, 1_006_000)
            XCTAssertEqual(bytes, 2 * 1_006_000)
        }
        XCTAssertThrowsError(try SynapseList.build(.all, sources: 1000, targets: 1000, excludeSelf: false, key: (1, 2), memoryLimit: 1 << 20, parts: 4)) { error in
            guard case SynapseListFailure.outOfMemory(let synapses, let bytes) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(synapses, 1_000_000)
            XCTAssertEqual(bytes, 2_000_000)
        }
    }

    /// A buffer refused more memory as it grows fails with what it asked for and keeps what it holds, released once
    /// (by the join here): 1024 2-byte indices under a 2048-byte limit, the 1025th asking for 1536.
    func testABufferRefusedMoreMemoryKeepsWhatItHolds() throws {
        var buffer = try IndexBuffer(.two, capacity: 1024, limit: 2048)
        for j in 0..<1024 { try buffer.append(j) }
        XCTAssertThrowsError(try buffer.append(1024)) { error in
            guard case SynapseListFailure.outOfMemory(let synapses, let bytes) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(synapses, 1536)
            XCTAssertEqual(bytes, 3072)
        }
        XCTAssertEqual(buffer.count, 1024)
        let indices = try buffer.joined([], limit: 2048)
        XCTAssertEqual((0..<indices.count).map { indices[$0] }, Array(0..<1024))
    }
}
