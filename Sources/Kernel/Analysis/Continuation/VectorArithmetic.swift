import Symbolic

/// The few vector operations the continuation numerics need, on plain arrays.
extension Array where Element == Double {
    func dot(_ other: [Double]) -> Double {
        var sum = 0.0
        for i in indices { sum += self[i] * other[i] }
        return sum
    }

    var euclideanNorm: Double { dot(self).squareRoot() }
    var maxNorm: Double { reduce(0) { Swift.max($0, abs($1)) } }

    /// Elementwise sum (`+` stays concatenation).
    func adding(_ other: [Double]) -> [Double] { zip(self, other).map { $0 + $1 } }
    static func - (a: [Double], b: [Double]) -> [Double] { zip(a, b).map { $0 - $1 } }
    static func * (s: Double, a: [Double]) -> [Double] { a.map { s * $0 } }

    var normalized: [Double] { (1 / euclideanNorm) * self }
}

extension Matrix {
    /// This matrix with `row` appended below it.
    func appending(row: [Double]) -> Matrix {
        precondition(row.count == columns)
        return Matrix(rows: rows + 1, columns: columns, values: values + row)
    }
}
