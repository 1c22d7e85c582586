import CBLAS
import Support
import Symbolic

/// What branch points need of a square matrix that may be singular: the sign change of
/// its determinant and the direction it annihilates.
extension Matrix {
    /// det A from its LU factors (dgetrf); 0 where a pivot vanishes exactly, nil where LAPACK fails.
    func determinant(_ blas: BLAS) -> Double? {
        precondition(rows == columns)
        var lu = values
        var pivots = [Int32](repeating: 0, count: rows)
        let info = blas.dgetrf(LAPACK_ROW_MAJOR, Int32(rows), Int32(columns), &lu, Int32(columns), &pivots)
        guard info >= 0 else { return nil }
        var product = 1.0
        for i in 0..<rows {
            product *= lu[i * columns + i]
            if pivots[i] != Int32(i + 1) { product = -product }
        }
        return product
    }

    /// The unit right singular vector of the smallest singular value (dgesvd): the
    /// kernel of a singular matrix, robust where LU would meet an exactly zero pivot.
    func nullVector(_ blas: BLAS) -> [Double]? {
        precondition(rows == columns)
        var copy = values
        var singular = [Double](repeating: 0, count: rows)
        var u = [Double](repeating: 0, count: 1)
        var vt = [Double](repeating: 0, count: rows * columns)
        var work = [Double](repeating: 0, count: max(rows - 1, 1))
        let info = blas.dgesvd(LAPACK_ROW_MAJOR, CChar(UInt8(ascii: "N")), CChar(UInt8(ascii: "A")),
                               Int32(rows), Int32(columns), &copy, Int32(columns), &singular,
                               &u, 1, &vt, Int32(columns), &work)
        guard info == 0 else { return nil }
        // Singular values come in decreasing order: the last row of Vᵀ belongs to the smallest.
        return Array(vt[((rows - 1) * columns)...])
    }
}
