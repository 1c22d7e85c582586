import CBLAS
import Support

/// A LAPACK routine's failure: its name and its `info` (a singular matrix, no convergence, a bad argument).
public struct LAPACKFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var routine: String
    public var info: Int32

    public init(routine: String, info: Int32) {
        self.routine = routine
        self.info = info
    }

    public var description: String {
        info > 0 && routine == "dgesv" ? "the matrix is singular (pivot \(info) is zero)" : "\(routine) failed (info = \(info))"
    }
}

/// The dense products and solves that both the runtime (exact propagators) and the analyses take, on copies:
/// LAPACK overwrites its inputs.
extension Matrix {
    /// This matrix times `b` (dgemm).
    public func times(_ b: Matrix, _ blas: BLAS) -> Matrix {
        precondition(columns == b.rows)
        var c = Matrix(rows: rows, columns: b.columns, values: Array(repeating: 0, count: rows * b.columns))
        blas.dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(rows), Int32(b.columns), Int32(columns),
                   1, values, Int32(columns), b.values, Int32(b.columns), 0, &c.values, Int32(c.columns))
        return c
    }

    /// X with this·X = B for every column of B at once (one LU with partial pivoting, dgesv).
    public func solving(_ b: Matrix, _ blas: BLAS) throws(LAPACKFailure) -> Matrix {
        precondition(rows == columns && b.rows == rows)
        let n = Int32(rows)
        var lu = values
        var x = b.values
        var pivots = [Int32](repeating: 0, count: rows)
        let info = blas.dgesv(LAPACK_ROW_MAJOR, n, Int32(b.columns), &lu, n, &pivots, &x, Int32(b.columns))
        guard info == 0 else { throw LAPACKFailure(routine: "dgesv", info: info) }
        return Matrix(rows: b.rows, columns: b.columns, values: x)
    }
}
