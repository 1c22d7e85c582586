/// A two-dimensional array of doubles in NumPy's .npy format, version 1.0
/// (numpy.lib.format): the magic string, the version, a little-endian 16-bit header
/// length, an ASCII header (a Python dict literal) padded with spaces and ended by a
/// newline so that the data starts at a multiple of 64 bytes (the alignment NumPy
/// itself writes, which lets a reader map the data), then the values as
/// little-endian float64 in row order (C order).
package struct NPYArray: Sendable, Equatable {
    package var rows: Int
    package var columns: Int
    /// `rows · columns` values, row after row.
    package var values: [Double]

    package static let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)
    package static let alignment = 64

    package init(rows: Int, columns: Int, values: [Double]) {
        precondition(values.count == rows * columns, "an .npy array needs rows · columns values")
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// The dict NumPy reads to learn the array's type, order and shape.
    package var header: String {
        "{'descr': '<f8', 'fortran_order': False, 'shape': (\(rows), \(columns)), }"
    }

    package var bytes: [UInt8] {
        let prefix = Self.magic.count + 2 + 2
        var header = Array(header.utf8)
        let padding = (Self.alignment - (prefix + header.count + 1) % Self.alignment) % Self.alignment
        header += Array(repeating: UInt8(ascii: " "), count: padding) + [UInt8(ascii: "\n")]
        var out = Self.magic + [1, 0, UInt8(header.count & 0xFF), UInt8(header.count >> 8)] + header
        out.reserveCapacity(out.count + values.count * 8)
        for value in values {
            withUnsafeBytes(of: value.bitPattern.littleEndian) { out += $0 }
        }
        return out
    }
}
