import CBLAS
import Symbolic

/// Online least squares (FORCE learning's rule, Sussillo & Abbott 2009): after each sample the weights
/// are the ridge solution of all samples so far, with P = (XᵀX + alpha I)⁻¹ updated by Sherman–Morrison.
public struct RecursiveLeastSquares: Sendable {
    public let features: Int
    public let outputs: Int
    /// P, row-major F × F, kept whole (symmetric) so that its updates are plain rank-one updates.
    private var inverse: [Double]
    /// W, row-major F × O.
    public private(set) var weights: [Double]
    private var gain: [Double]
    private var error: [Double]

    public init(features: Int, outputs: Int, alpha: Double) {
        self.features = features
        self.outputs = outputs
        inverse = Array(repeating: 0, count: features * features)
        for i in 0..<features { inverse[i * features + i] = 1 / alpha }
        weights = Array(repeating: 0, count: features * outputs)
        gain = Array(repeating: 0, count: features)
        error = Array(repeating: 0, count: outputs)
    }

    /// One sample: features x (F) and target y (O).
    public mutating func update(x: UnsafePointer<Double>, y: UnsafePointer<Double>) {
        let (f, o) = (Int32(features), Int32(outputs))
        cblas_dgemv(CblasRowMajor, CblasNoTrans, f, f, 1, inverse, f, x, 1, 0, &gain, 1)
        let c = 1 / (1 + cblas_ddot(f, x, 1, gain, 1))
        cblas_dgemv(CblasRowMajor, CblasTrans, f, o, 1, weights, o, x, 1, 0, &error, 1)
        for k in 0..<outputs { error[k] -= y[k] }
        cblas_dger(CblasRowMajor, f, o, -c, gain, 1, error, 1, &weights, o)
        cblas_dger(CblasRowMajor, f, f, -c, gain, 1, gain, 1, &inverse, f)
    }

    /// Wᵀx: the outputs of features x (F) with the weights as they are.
    public func outputs(_ x: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: outputs)
        cblas_dgemv(CblasRowMajor, CblasTrans, Int32(features), Int32(outputs), 1, weights, Int32(outputs), x, 1, 0, &out, 1)
        return out
    }

    public var weightMatrix: Matrix { Matrix(rows: features, columns: outputs, values: weights) }
}
