import CBLAS
import Support
import Symbolic

/// XᵀX and XᵀY summed block by block as rows arrive, so that ridge regression over a long series
/// holds F × F and F × O numbers, not the series (F features, O outputs).
public struct NormalEquations: Sendable {
    public let features: Int
    public let outputs: Int
    /// Upper triangle of XᵀX, row-major F × F.
    private var gram: [Double]
    /// XᵀY, row-major F × O.
    private var cross: [Double]
    public private(set) var samples = 0
    private let blas: BLAS

    /// `library`: OpenBLAS and LAPACKE, or why they could not be opened (`BLAS.process`), which this throws.
    public init(features: Int, outputs: Int, library: Result<BLAS, BLAS.LoadFailure> = BLAS.process) throws(BLAS.LoadFailure) {
        blas = try library.get()
        self.features = features
        self.outputs = outputs
        gram = Array(repeating: 0, count: features * features)
        cross = Array(repeating: 0, count: features * outputs)
    }

    /// Adds `rows` samples: `x` is rows × F and `y` rows × O, row-major.
    public mutating func add(rows: Int, x: [Double], y: [Double]) {
        guard rows > 0 else { return }
        let (f, o) = (Int32(features), Int32(outputs))
        blas.dsyrk(CblasRowMajor, CblasUpper, CblasTrans, f, Int32(rows), 1, x, f, 1, &gram, f)
        blas.dgemm(CblasRowMajor, CblasTrans, CblasNoTrans, f, o, Int32(rows), 1, x, f, y, o, 1, &cross, o)
        samples += rows
    }

    /// W (F × O) minimising |XW − Y|² + alpha |W|²: (XᵀX + alpha I) W = XᵀY by Cholesky (LAPACK dposv).
    public func ridge(alpha: Double) throws -> Matrix {
        var a = gram, b = cross
        for i in 0..<features { a[i * features + i] += alpha }
        let info = blas.dposv(LAPACK_ROW_MAJOR, CChar(UInt8(ascii: "U")), Int32(features), Int32(outputs), &a, Int32(features), &b, Int32(outputs))
        guard info == 0 else { throw TrainingFailure.singular(features: features, samples: samples) }
        return Matrix(rows: features, columns: outputs, values: b)
    }
}

public enum TrainingFailure: Error, Equatable {
    /// XᵀX + alpha I is not positive definite: too few samples for the features, or alpha 0 with dependent features.
    case singular(features: Int, samples: Int)
}
