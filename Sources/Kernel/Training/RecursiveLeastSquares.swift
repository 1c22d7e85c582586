import Dispatch
import Symbolic

/// Online least squares (FORCE learning's rule, Sussillo & Abbott 2009): after each sample the weights
/// are the ridge solution of all samples so far, with P = (XᵀX + alpha I)⁻¹ updated by Sherman–Morrison.
///
/// P is symmetric, so only its upper triangle is kept, and an update makes one pass over it: the pass applies the
/// previous update's downdate P ← P − c g gᵀ row by row and, from each row as downdated, adds that row's part of
/// the gain h = P x (h_i takes P_ii x_i and Σ_{j>i} P_ij x_j of row i, h_j takes P_ij x_i; the row's sum Σ_{j>i}
/// in four lanes j ≡ 0, 1, 2, 3 mod 4 from i + 1, added as (l0 + l1) + (l2 + l3), then the tail in order). From 256
/// features on, the rows are split in two at `split`, where the triangle's halves hold about as many entries: the
/// rows before it sum their parts of h into one buffer, those after into another (which the first's rows reach only
/// from column `split` on), and h_j = first + second there. The halves can run on two threads at once, and the split
/// depends on F alone, so the bits are the same on one thread as on two. Then c = 1 / (1 + xᵀh) summed in order,
/// W ← W − c h eᵀ with e = Wᵀx − y, and (c, h) is the next pass's downdate. Every operation's order is fixed, so a
/// run is the same bits on every machine that rounds IEEE doubles alike, whatever `threads` is.
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
    /// The second half's part of h (from `split` on), where the rows are split.
    private var secondGain: [Double]
    private var error: [Double]
    /// The first row of the pass's second half (F where it is not split).
    private let split: Int
    /// Threads the pass may use: 2 runs its halves side by side; the results do not depend on it.
    public var threads = 1

    public init(features: Int, outputs: Int, alpha: Double) {
        self.features = features
        self.outputs = outputs
        inverse = Array(repeating: 0, count: features * features)
        for i in 0..<features { inverse[i * features + i] = 1 / alpha }
        weights = Array(repeating: 0, count: features * outputs)
        pendingGain = Array(repeating: 0, count: features)
        gain = Array(repeating: 0, count: features)
        secondGain = Array(repeating: 0, count: features)
        error = Array(repeating: 0, count: outputs)
        // Rows 0..<s hold s·F − s²/2 entries of the triangle's F²/2: half at s = F (1 − 1/√2).
        split = features < 256 ? features : Int((Double(features) * (1 - 1 / 2.0.squareRoot())).rounded())
    }

    /// One sample: features x (F) and target y (O).
    public mutating func update(x: UnsafePointer<Double>, y: UnsafePointer<Double>) {
        // Taken out of self (not copied, which would allocate) so that `outputs` can read the weights while it is written.
        var e: [Double] = []
        swap(&e, &error)
        outputs(x, into: &e)
        for o in 0..<outputs { e[o] -= y[o] }
        e.withUnsafeBufferPointer { update(x: x, error: $0.baseAddress!) }
        error = e
    }

    /// Whether a pass is split in two halves (from 256 features on), which `threads` or a `Partner` can run side by side.
    public var splits: Bool { split < features }

    /// One sample whose error e = Wᵀx − y (O) the caller has: the outputs it formed with the weights as they are, less the
    /// target. With a `partner`, a split pass's second half runs on its thread, whatever `threads` is.
    public mutating func update(x: UnsafePointer<Double>, error e: UnsafePointer<Double>, partner: Partner? = nil) {
        let (f, o) = (features, outputs)
        let c = pendingScale
        let split = split
        inverse.withUnsafeMutableBufferPointer { p in
            gain.withUnsafeMutableBufferPointer { h in
                secondGain.withUnsafeMutableBufferPointer { second in
                    pendingGain.withUnsafeBufferPointer { g in
                        let halves = Halves(p: p.baseAddress!, g: g.baseAddress!, x: x, h: h.baseAddress!, second: second.baseAddress!,
                                            size: f, split: split, scale: c)
                        if split == f {
                            halves.run(0)
                        } else if let partner {
                            partner.run(halves)
                        } else if threads >= 2 {
                            DispatchQueue.concurrentPerform(iterations: 2) { halves.run($0) }
                        } else {
                            halves.run(0)
                            halves.run(1)
                        }
                        for j in split..<f { h[j] += second[j] }
                    }
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

    /// One pass over `rows` of P's upper triangle (F × F at p): P ← P − c g gᵀ, then those rows' part of h = P x
    /// from each row as it now is, summed into h from the first row's column on.
    static func downdateAndMultiply(_ p: UnsafeMutablePointer<Double>, size f: Int, rows: Range<Int>, scale c: Double,
                                            gain g: UnsafePointer<Double>, x: UnsafePointer<Double>, into h: UnsafeMutablePointer<Double>) {
        typealias Lanes = SIMD4<Double>
        func load(_ a: UnsafePointer<Double>) -> Lanes { UnsafeRawPointer(a).loadUnaligned(as: Lanes.self) }
        func store(_ v: Lanes, _ a: UnsafeMutablePointer<Double>) { UnsafeMutableRawPointer(a).storeBytes(of: v, as: Lanes.self) }
        (h + rows.lowerBound).update(repeating: 0, count: f - rows.lowerBound)
        for i in rows {
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
