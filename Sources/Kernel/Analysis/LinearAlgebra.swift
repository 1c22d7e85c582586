import CBLAS
import Lowering
import Support
import Symbolic

/// The LAPACK routines the analyses need, behind Swift types. Every routine
/// works on a copy: LAPACK overwrites its inputs. Each takes the loaded library
/// from its caller, so that the only failure it throws is LAPACK's own (a
/// singular matrix, no convergence): the entry points that obtained the library
/// have refused a missing one already.
public enum LinearAlgebra {
    public typealias Failure = LAPACKFailure

    public struct Complex: Sendable, Equatable {
        public var re: Double
        public var im: Double
        public init(_ re: Double, _ im: Double) { self.re = re; self.im = im }
        public var magnitude: Double { (re * re + im * im).squareRoot() }
    }

    /// Eigenvalues with their right and left eigenvectors (columns; a complex pair
    /// λ, λ̄ is stored as two columns re, im, as dgeev returns them; see `vector`).
    public struct Eigensystem: Sendable {
        public var values: [Complex]
        public var right: Matrix
        public var left: Matrix

        /// The eigenvector of value k as complex components.
        public func vector(_ k: Int, left useLeft: Bool = false) -> [Complex] {
            let m = useLeft ? left : right
            let n = m.rows
            if values[k].im == 0 { return (0..<n).map { Complex(m[$0, k], 0) } }
            let first = k > 0 && values[k - 1].im == values[k].im * -1 && values[k].im < 0 ? k - 1 : k
            let sign: Double = first == k ? 1 : -1
            return (0..<n).map { Complex(m[$0, first], sign * m[$0, first + 1]) }
        }
    }

    /// Solves A x = b (LU with partial pivoting, dgesv).
    public static func solve(_ a: Matrix, _ b: [Double], _ blas: BLAS) throws(Failure) -> [Double] {
        try solve(a, Matrix(rows: b.count, columns: 1, values: b), blas).values
    }

    /// Solves A X = B for every column of B at once (one LU, dgesv).
    public static func solve(_ a: Matrix, _ b: Matrix, _ blas: BLAS) throws(Failure) -> Matrix {
        try a.solving(b, blas)
    }

    /// Solves A X = B for a band matrix A (banded LU with partial pivoting, dgbsv).
    public static func solve(_ a: BandMatrix, _ b: Matrix, _ blas: BLAS) throws(Failure) -> Matrix {
        precondition(b.rows == a.size)
        var band = a.storage
        var x = b.transposed.values
        var pivots = [Int32](repeating: 0, count: a.size)
        let n = Int32(a.size)
        let info = blas.dgbsv(LAPACK_COL_MAJOR, n, Int32(a.lower), Int32(a.upper), Int32(b.columns),
                              &band, Int32(a.leadingDimension), &pivots, &x, n)
        guard info == 0 else { throw Failure(routine: "dgbsv", info: info) }
        return Matrix(rows: b.columns, columns: b.rows, values: x).transposed
    }

    /// Eigenvalues of a square matrix (dgeev), sorted by decreasing real part.
    public static func eigenvalues(_ a: Matrix, _ blas: BLAS) throws(Failure) -> [Complex] {
        try eigen(a, vectors: false, blas).values.sorted { $0.re > $1.re || ($0.re == $1.re && $0.im > $1.im) }
    }

    /// Eigenvalues (in dgeev's order, pairs adjacent) and right and left eigenvectors.
    public static func eigensystem(_ a: Matrix, _ blas: BLAS) throws(Failure) -> Eigensystem {
        try eigen(a, vectors: true, blas)
    }

    private static func eigen(_ a: Matrix, vectors: Bool, _ blas: BLAS) throws(Failure) -> Eigensystem {
        precondition(a.rows == a.columns)
        let n = a.rows
        var copy = a.values
        var re = [Double](repeating: 0, count: n)
        var im = [Double](repeating: 0, count: n)
        var left = [Double](repeating: 0, count: vectors ? n * n : 1)
        var right = [Double](repeating: 0, count: vectors ? n * n : 1)
        let job: CChar = vectors ? CChar(UInt8(ascii: "V")) : CChar(UInt8(ascii: "N"))
        let ld = Int32(vectors ? n : 1)
        let info = blas.dgeev(LAPACK_ROW_MAJOR, job, job, Int32(n), &copy, Int32(n), &re, &im, &left, ld, &right, ld)
        guard info == 0 else { throw Failure(routine: "dgeev", info: info) }
        let values = zip(re, im).map { Complex($0, $1) }
        let empty = Matrix(rows: 0, columns: 0, values: [])
        return Eigensystem(values: values,
                           right: vectors ? Matrix(rows: n, columns: n, values: right) : empty,
                           left: vectors ? Matrix(rows: n, columns: n, values: left) : empty)
    }
}
