import Lowering

/// A square band matrix with `lower` sub- and `upper` superdiagonals, stored as
/// LAPACK's dgbsv takes it (column-major, with room for the LU's fill-in).
public struct BandMatrix: Sendable {
    public let size: Int
    public let lower: Int
    public let upper: Int
    /// Column-major band storage, leading dimension 2·lower + upper + 1.
    var storage: [Double]

    public init(size: Int, lower: Int, upper: Int) {
        self.size = size
        self.lower = lower
        self.upper = upper
        storage = Array(repeating: 0, count: (2 * lower + upper + 1) * size)
    }

    var leadingDimension: Int { 2 * lower + upper + 1 }

    /// Element (i, j); only those within the band may be set.
    public subscript(i: Int, j: Int) -> Double {
        get { i - j > lower || j - i > upper ? 0 : storage[lower + upper + i - j + j * leadingDimension] }
        set {
            precondition(i - j <= lower && j - i <= upper, "element outside the band")
            storage[lower + upper + i - j + j * leadingDimension] = newValue
        }
    }
}
