import Symbolic

/// Online least squares (FORCE learning's rule, Sussillo & Abbott 2009): after each sample the weights
/// are the ridge solution of all samples so far, with P = (XᵀX + alpha I)⁻¹ updated by Sherman–Morrison.
///
/// P is symmetric, so only its upper triangle is kept, and an update makes one pass over it: the pass applies the
/// previous update's downdate P ← P − c g gᵀ row by row and, from each row as downdated, adds that row's part of
/// the gain h = P x (h_i takes P_ii x_i and Σ_{j>i} P_ij x_j of row i, h_j takes P_ij x_i; the row's sum Σ_{j>i}
/// in four lanes j ≡ 0, 1, 2, 3 mod 4 from i + 1, added as (l0 + l1) + (l2 + l3), then the tail in order). Then
/// c = 1 / (1 + xᵀh) summed in order, W ← W − c h eᵀ with e = Wᵀx − y, and (c, h) is the next pass's downdate.
/// Every operation's order is fixed, so a run is the same bits on every machine that rounds IEEE doubles alike.
public struct RecursiveLeastSquares: Sendable {
    public let features: Int
    public let outputs: Int
    /// P's upper triangle (j ≥ i) in a row-major F × F buffer; what lies below the diagonal is not read.
    private var inverse: [Double]
    /// The last update's (c, h): its downdate of P, applied by the next update's pass.
    private var pendingScale = 0.0
    private var pendingGain: [Double]
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
        pendingGain = Array(repeating: 0, count: features)
        gain = Array(repeating: 0, count: features)
        error = Array(repeating: 0, count: outputs)
    }

    /// One sample: features x (F) and target y (O).
    public mutating func update(x: UnsafePointer<Double>, y: UnsafePointer<Double>) {
        var e = error
        outputs(x, into: &e)
        for o in 0..<outputs { e[o] -= y[o] }
        e.withUnsafeBufferPointer { update(x: x, error: $0.baseAddress!) }
        error = e
    }

    /// One sample whose error e = Wᵀx − y (O) the caller has: the outputs it formed with the weights as they are, less the target.
    public mutating func update(x: UnsafePointer<Double>, error e: UnsafePointer<Double>) {
        let (f, o) = (features, outputs)
        let c = pendingScale
        inverse.withUnsafeMutableBufferPointer { p in
            gain.withUnsafeMutableBufferPointer { h in
                pendingGain.withUnsafeBufferPointer { g in
                    Self.downdateAndMultiply(p.baseAddress!, size: f, scale: c, gain: g.baseAddress!, x: x, into: h.baseAddress!)
                }
            }
        }
        var xh = 0.0
        for i in 0..<f { xh += x[i] * gain[i] }
        let scale = 1 / (1 + xh)
        weights.withUnsafeMutableBufferPointer { w in
            for i in 0..<f {
                let ch = scale * gain[i]
                for k in 0..<o { w[i * o + k] -= ch * e[k] }
            }
        }
        pendingScale = scale
        swap(&pendingGain, &gain)
    }

    /// One pass over P's upper triangle (F × F at p): P ← P − c g gᵀ, then h = P x from each row as it now is.
    private static func downdateAndMultiply(_ p: UnsafeMutablePointer<Double>, size f: Int, scale c: Double, gain g: UnsafePointer<Double>,
                                            x: UnsafePointer<Double>, into h: UnsafeMutablePointer<Double>) {
        typealias Lanes = SIMD4<Double>
        func load(_ a: UnsafePointer<Double>) -> Lanes { UnsafeRawPointer(a).loadUnaligned(as: Lanes.self) }
        func store(_ v: Lanes, _ a: UnsafeMutablePointer<Double>) { UnsafeMutableRawPointer(a).storeBytes(of: v, as: Lanes.self) }
        h.update(repeating: 0, count: f)
        for i in 0..<f {
            let row = p + i * f, cg = c * g[i], xi = x[i]
            row[i] -= cg * g[i]
            var own = row[i] * xi
            let (cgs, xis) = (Lanes(repeating: cg), Lanes(repeating: xi))
            var lanes = Lanes(repeating: 0)
            var j = i + 1
            while j + 4 <= f {
                let values = load(row + j) - cgs * load(g + j)
                store(values, row + j)
                lanes += values * load(x + j)
                store(load(h + j) + values * xis, h + j)
                j += 4
            }
            own += (lanes[0] + lanes[1]) + (lanes[2] + lanes[3])
            while j < f {
                row[j] -= cg * g[j]
                own += row[j] * x[j]
                h[j] += row[j] * xi
                j += 1
            }
            h[i] += own
        }
    }

    /// Wᵀx: the outputs of features x (F) with the weights as they are, each summed over the features in order.
    public func outputs(_ x: UnsafePointer<Double>, into out: inout [Double]) {
        let (f, o) = (features, outputs)
        weights.withUnsafeBufferPointer { w in
            for k in 0..<o {
                var sum = 0.0
                for i in 0..<f { sum += w[i * o + k] * x[i] }
                out[k] = sum
            }
        }
    }

    public var weightMatrix: Matrix { Matrix(rows: features, columns: outputs, values: weights) }
}
