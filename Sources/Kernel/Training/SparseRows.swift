/// A weight matrix kept by rows of its nonzero entries (compressed sparse rows), for W·s where most of W is 0
/// (FORCE's recurrent weights at p = 0.1). Each row's products are summed in column order from 0, as the dense
/// sum is: a weight that is exactly 0 adds ±0, which leaves a sum of finite values as it was, so leaving those
/// out changes no bit of the sum.
public struct SparseRows: Sendable {
    public let rows: Int
    /// Row i's entries are offsets[i]..<offsets[i + 1] of columns and values.
    private var offsets: [Int]
    private var columns: [Int]
    private var values: [Double]

    /// From row-major rows × columns dense weights.
    public init(dense: [Double], rows: Int, columns width: Int) {
        self.rows = rows
        offsets = [0]
        offsets.reserveCapacity(rows + 1)
        columns = []
        values = []
        for i in 0..<rows {
            for j in 0..<width where dense[i * width + j] != 0 {
                columns.append(j)
                values.append(dense[i * width + j])
            }
            offsets.append(columns.count)
        }
    }

    public var nonzeros: Int { values.count }

    /// into[i · stride] = Σ_j W[i, j] · source[j · step], for every row i. Four rows are summed side by side, each
    /// in its own column order, so that the CPU overlaps their additions rather than wait on one row's.
    public func multiply(_ source: UnsafePointer<Double>, step: Int, into: UnsafeMutablePointer<Double>, stride: Int) {
        offsets.withUnsafeBufferPointer { offsets in
            columns.withUnsafeBufferPointer { columns in
                values.withUnsafeBufferPointer { values in
                    func term(_ e: Int) -> Double { values[e] * source[columns[e] &* step] }
                    func row(_ i: Int, from start: Int, sum: Double) -> Double {
                        var sum = sum
                        for e in start..<offsets[i + 1] { sum += term(e) }
                        return sum
                    }
                    var i = 0
                    while i + 4 <= rows {
                        let (a, b, c, d) = (offsets[i], offsets[i + 1], offsets[i + 2], offsets[i + 3])
                        let shared = min(b - a, c - b, d - c, offsets[i + 4] - d)
                        var sums = (0.0, 0.0, 0.0, 0.0)
                        for k in 0..<shared {
                            sums.0 += term(a &+ k)
                            sums.1 += term(b &+ k)
                            sums.2 += term(c &+ k)
                            sums.3 += term(d &+ k)
                        }
                        into[i * stride] = row(i, from: a + shared, sum: sums.0)
                        into[(i + 1) * stride] = row(i + 1, from: b + shared, sum: sums.1)
                        into[(i + 2) * stride] = row(i + 2, from: c + shared, sum: sums.2)
                        into[(i + 3) * stride] = row(i + 3, from: d + shared, sum: sums.3)
                        i += 4
                    }
                    while i < rows {
                        into[i * stride] = row(i, from: offsets[i], sum: 0)
                        i += 1
                    }
                }
            }
        }
    }
}
