import Foundation
import XCTest
@testable import Runtime
import Lowering

/// Target indices past HugePages.threshold lie in memory advised for 2 MiB pages; the indices read back are the same.
final class HugePageIndicesTests: XCTestCase {
    /// 2- and 3-byte lists of 2.5 million indices (5 and 7.5 MB) give back every index they were made from, and the
    /// 3-byte list still ends in its byte of padding, 0, that cc's 4-byte load of the last index reads.
    func testListsPastTheThresholdReadBackEveryIndex() throws {
        let count = 2_500_000
        for (width, limit) in [(TargetIndexWidth.two, 1 << 16), (.three, 1 << 24)] {
            let values = (0..<count).map { Int32(truncatingIfNeeded: ($0 &* 2_654_435_761) % limit) }
            let indices = try TargetIndices(RawArray(copying: values), width: width)
            XCTAssertGreaterThanOrEqual(indices.buffer.bytes, HugePages.threshold, "\(width)")
            XCTAssertEqual((0..<count).map { indices[$0] }, values.map(Int.init), "\(width)")
            if width == .three {
                XCTAssertEqual(indices.buffer.pointer.load(fromByteOffset: 3 * count, as: UInt8.self), 0)
            }
        }
    }

    /// Where the kernel has transparent huge pages, the mapping that holds a large list is marked for them (`hg` among
    /// its VmFlags in /proc/self/smaps); a block under the threshold is left as malloc gave it.
    func testALargeListsMemoryIsAdvisedAndASmallOneIsNot() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/sys/kernel/mm/transparent_hugepage/enabled"),
                          "this kernel has no transparent huge pages")
        let large = try TargetIndices(RawArray(count: 3_000_000, fill: 7), width: .three)
        XCTAssertEqual(try flags(at: large.buffer.pointer + large.buffer.bytes / 2).contains("hg"), true)
        let small = try TargetIndices(RawArray(count: 1000, fill: 7), width: .three)
        XCTAssertEqual(try flags(at: small.buffer.pointer).contains("hg"), false)
    }

    /// The VmFlags of the mapping of this process that holds `address`.
    private func flags(at address: UnsafeMutableRawPointer) throws -> [Substring] {
        // read to its end: /proc gives its files no size, which a read by size would take as empty
        let file = try XCTUnwrap(FileHandle(forReadingAtPath: "/proc/self/smaps"))
        let smaps = String(decoding: file.readDataToEndOfFile(), as: UTF8.self)
        let target = UInt(bitPattern: address)
        var inside = false
        for line in smaps.split(separator: "\n") {
            let fields = line.split(separator: " ")
            if let range = fields.first, range.contains("-"), !range.hasSuffix(":") {
                let bounds = range.split(separator: "-").compactMap { UInt($0, radix: 16) }
                inside = bounds.count == 2 && bounds[0] <= target && target < bounds[1]
            } else if inside, fields.first == "VmFlags:" {
                return Array(fields.dropFirst())
            }
        }
        throw CocoaError(.fileReadCorruptFile)
    }
}
