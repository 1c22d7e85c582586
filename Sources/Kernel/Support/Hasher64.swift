/// FNV-1a, 64 bits: tiny, stable across runs and platforms (Swift's `Hasher` is seeded per process).
/// Figure digests and the optimising tier's cache keys and checksums use it.
package struct Hasher64 {
    package static let standardBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    package var value: UInt64

    package init(basis: UInt64 = Hasher64.standardBasis) { value = basis }

    package mutating func add(_ text: String) {
        for byte in text.utf8 { add(byte) }
    }

    package mutating func add<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes { add(byte) }
    }

    private mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
}
