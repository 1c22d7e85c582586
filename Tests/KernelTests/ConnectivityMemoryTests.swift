import SomaTestSupport
import XCTest
import Kernel
@testable import Runtime
import Lowering

/// What a synapse list keeps: target indices of 2, 3 or 4 bytes (by the target's size) and 4-byte row starts.
final class ConnectivityMemoryTests: XCTestCase {
    /// COBA-4000's excitatory projection with per-synapse f32 weights: 2 (target, of 3200) + 4 (weight) bytes per synapse
    /// and 4 bytes of row start per source, 6 + 4·3201/count ≈ 6.05 (8.05 with 4-byte target indices).
    func testPerSynapseF32WeightsCostSixBytesAndARowStartPerSource() throws {
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute(try modelOf("coba.soma", "population Exc") + """
            population Exc = LIF(3200)
            connect Exc -> Exc using CondExp(tau = 5 ms, E = 0 mV) p = 0.025 w = 0.6 * (1 + 0.1 * randn()) allow_self = true
            run 0 ms dt = 0.1 ms precision = f32 seed = 1
            """)
        if let error = firstError(outputs) { XCTFail("\(error.line):\(error.column): \(error.message)") }
        let projection = interpreter.state.projections[0]
        let count = Double(projection.count), expected: Double = 3200 * 80
        XCTAssertEqual(count, expected, accuracy: 6 * expected.squareRoot())
        XCTAssertEqual(projection.synapses?.columns.width, .two)
        let bytes: Double = 6 * count + 4 * 3201
        XCTAssertEqual(projection.bytesPerSynapse, bytes / count)
        XCTAssertLessThan(projection.bytesPerSynapse, 6.06)
    }

    /// Onto 70 000 neurons a target takes 3 bytes; the generated C that draws per-synapse values reads each synapse's
    /// target from them, so `w = j` gives back every index as the list holds it, past 65 535 included.
    func testTargetsPast65536TakeThreeBytesThatTheGeneratedCodeReads() throws {
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute(try modelOf("coba.soma", "population Exc") + """
            population Few = LIF(50)
            population Many = LIF(70000)
            connect Few -> Many using CondExp(tau = 5 ms, E = 0 mV) p = 0.01 w = j
            run 0 ms dt = 0.1 ms precision = f64 seed = 3
            """)
        if let error = firstError(outputs) { XCTFail("\(error.line):\(error.column): \(error.message)") }
        let projection = interpreter.state.projections[0]
        let list = try XCTUnwrap(projection.synapses)
        XCTAssertEqual(list.columns.width, .three)
        let targets = (0..<list.count).map { list.columns[$0] }
        XCTAssertGreaterThan(targets.max() ?? 0, 65_536)
        XCTAssertEqual(try XCTUnwrap(projection.weights).values(in: 0..<list.count), targets.map(Double.init))
        XCTAssertEqual(projection.bytesPerSynapse, Double(11 * list.count + 1 + 4 * 51) / Double(list.count))
    }

    /// Each width gives back the indices it was made from, at the edges of the narrower widths too.
    func testEveryWidthReadsBackItsIndices() throws {
        let values: [Int32] = [0, 1, 255, 256, 65_535, 65_536, 16_777_215, 16_777_216, Int32.max]
        for width in [TargetIndexWidth.two, .three, .four] {
            let fitting = values.filter { Int($0) < 1 << (8 * width.rawValue - (width == .four ? 1 : 0)) }
            let indices = try TargetIndices(RawArray(copying: fitting), width: width)
            XCTAssertEqual((0..<indices.count).map { indices[$0] }, fitting.map(Int.init), "\(width)")
            XCTAssertEqual(indices.buffer.bytes, width.rawValue * fitting.count + (width == .three ? 1 : 0))
        }
        XCTAssertEqual(TargetIndexWidth(targets: 65_536), .two)
        XCTAssertEqual(TargetIndexWidth(targets: 65_537), .three)
        XCTAssertEqual(TargetIndexWidth(targets: 1 << 24), .three)
        XCTAssertEqual(TargetIndexWidth(targets: 1 << 24 + 1), .four)
    }

    /// A fan-in list is drawn by target at 4 bytes, ordered by source, then narrowed to its width: at 2 bytes (1000
    /// targets) and 3 (70 000), it is the 4-byte list by source that the same draw gives, index for index, row start
    /// for row start, and each target has its k sources.
    func testAFanInListAtEachWidthIsTheFourByteListItWasNarrowedFrom() throws {
        for (targets, width) in [(1000, TargetIndexWidth.two), (70_000, .three)] {
            let (sources, k, key): (Int, Int, (UInt32, UInt32)) = (300, 3, (5, 9))
            let list = try SynapseList.build(.fanin(k), sources: sources, targets: targets, excludeSelf: false, key: key)
            let draw = RowDraw(.fanin(k), pool: sources, excludeSelf: false, key: key)
            let wide = try SynapseList.byRow(targets, .four, expected: Double(targets * k), memoryLimit: .max, parts: 1, draw)
                .byColumn(sources)
            XCTAssertEqual(list.columns.width, width)
            XCTAssertEqual(list.count, targets * k)
            XCTAssertEqual(list.columns.buffer.bytes, width.rawValue * list.count + (width == .three ? 1 : 0))
            XCTAssertEqual((0...sources).map { list.rows[$0] }, (0...sources).map { wide.starts[$0] }, "\(width)")
            XCTAssertEqual((0..<list.count).map { list.columns[$0] }, (0..<list.count).map { Int(wide.ids[$0]) }, "\(width)")
            var incoming = [Int](repeating: 0, count: targets)
            for s in 0..<list.count { incoming[list.columns[s]] += 1 }
            XCTAssertEqual(Set(incoming), [k], "\(width)")
        }
    }

    /// Lists past the first guess of their length grow in place and keep every row's targets in increasing order.
    func testAListLongerThanItsFirstCapacityKeepsEveryRowSorted() throws {
        let list = try SynapseList.build(.all, sources: 300, targets: 301, excludeSelf: true, key: (1, 2))
        XCTAssertEqual(list.count, 300 * 300)
        for i in 0..<300 {
            let row = (Int(list.rows[i])..<Int(list.rows[i + 1])).map { Int(list.columns[$0]) }
            XCTAssertEqual(row, (0..<301).filter { $0 != i }, "row \(i)")
        }
        let sparse = try SynapseList.build(.probability(0.3), sources: 500, targets: 500, excludeSelf: false, key: (3, 4))
        let again = try SynapseList.build(.probability(0.3), sources: 500, targets: 500, excludeSelf: false, key: (3, 4))
        XCTAssertEqual((0..<sparse.count).map { sparse.columns[$0] }, (0..<again.count).map { again.columns[$0] })
        for i in 0..<500 {
            let row = (Int(sparse.rows[i])..<Int(sparse.rows[i + 1])).map { sparse.columns[$0] }
            XCTAssertEqual(row, row.sorted(), "row \(i)")
        }
    }

    /// Target indices that need more memory than may be taken are a typed failure, not a crash, and nothing is
    /// allocated for them: 10^6 connections (2 MB of 2-byte indices, and room for 6σ more) against a 1 MB limit.
    func testIndicesPastTheMemoryLimitAreATypedFailure() {
        XCTAssertThrowsError(try SynapseList.build(.all, sources: 1000, targets: 1000, excludeSelf: false, key: (1, 2), memoryLimit: 1 << 20)) { error in
            guard case SynapseListFailure.outOfMemory(let synapses, let bytes) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(synapses, 1_006_000)
            XCTAssertEqual(bytes, 2 * 1_006_000)
        }
        XCTAssertThrowsError(try SynapseList.build(.probability(0.5), sources: 2000, targets: 2000, excludeSelf: true, key: (1, 2), memoryLimit: 1 << 20))
        XCTAssertEqual(try SynapseList.build(.all, sources: 100, targets: 100, excludeSelf: false, key: (1, 2), memoryLimit: 1 << 20).count, 10_000)
    }

    /// A fan-in list is drawn by target (4 bytes an index) and then ordered by source, which holds 8 bytes a synapse and
    /// 8 a source more at once: past the limit that ordering is a typed failure with its bytes, not a trap. 200 targets
    /// of fan-in 400 from 1000: the draw takes 80 000 indices and room for 6σ more (0.33 MB), the ordering
    /// 8 · 80 000 + 4 · 2001 bytes (0.65 MB), so a 512 KiB limit lets the draw through and refuses the ordering; under
    /// 1 MiB the list is the one drawn without a limit.
    func testOrderingAFanInListPastTheMemoryLimitIsATypedFailure() throws {
        XCTAssertThrowsError(try SynapseList.build(.fanin(400), sources: 1000, targets: 200, excludeSelf: false, key: (5, 6), memoryLimit: 1 << 19)) { error in
            guard case SynapseListFailure.sortOutOfMemory(let synapses, let bytes) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(synapses, 80_000)
            XCTAssertEqual(bytes, 8 * 80_000 + 4 * 2001)
        }
        let limited = try SynapseList.build(.fanin(400), sources: 1000, targets: 200, excludeSelf: false, key: (5, 6), memoryLimit: 1 << 20)
        let unlimited = try SynapseList.build(.fanin(400), sources: 1000, targets: 200, excludeSelf: false, key: (5, 6))
        XCTAssertEqual(limited.count, 80_000)
        XCTAssertEqual((0..<1001).map { limited.rows[$0] }, (0..<1001).map { unlimited.rows[$0] })
        XCTAssertEqual((0..<limited.count).map { limited.columns[$0] }, (0..<unlimited.count).map { unlimited.columns[$0] })
    }

    /// The failure reads as an error at the `connect` statement: what, how many bytes, where.
    func testOrderingOutOfMemoryIsWordedAtTheConnectStatement() {
        let problem = Problem.synapsesSortOutOfMemory(source: "E", target: "I", synapses: 400_000, bytes: 3_208_004)
        XCTAssertEqual(problem.message, "connect E -> I: re-sorting 400000 synapses needs 3208004 bytes, more than could be allocated")
    }
}
