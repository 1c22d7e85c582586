/// A dense real matrix, row-major, as LAPACKE_*(LAPACK_ROW_MAJOR, ...) takes it.
public struct Matrix: Sendable, Equatable {
    public var rows: Int
    public var columns: Int
    public var values: [Double]

    public init(rows: Int, columns: Int, values: [Double]) {
        precondition(values.count == rows * columns, "matrix needs rows × columns values")
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    public init(square values: [Double]) {
        let n = Int(Double(values.count).squareRoot().rounded())
        self.init(rows: n, columns: n, values: values)
    }

    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n, values: Array(repeating: 0, count: n * n))
        for i in 0..<n { m[i, i] = 1 }
        return m
    }

    public subscript(i: Int, j: Int) -> Double {
        get { values[i * columns + j] }
        set { values[i * columns + j] = newValue }
    }

    public var transposed: Matrix {
        var t = Matrix(rows: columns, columns: rows, values: values)
        for i in 0..<rows { for j in 0..<columns { t[j, i] = self[i, j] } }
        return t
    }

    public var trace: Double { (0..<min(rows, columns)).reduce(0) { $0 + self[$1, $1] } }

    public static func * (a: Matrix, x: [Double]) -> [Double] {
        (0..<a.rows).map { i in (0..<a.columns).reduce(0) { $0 + a[i, $1] * x[$1] } }
    }
}
