/// What a readout reads at a sample: a constant 1 (the bias) and its sources, or the features of a
/// next-generation reservoir (Gauthier et al. 2021, NVAR): the sources at `delays` samples `skip` apart,
/// and every distinct product of those of degree 2 up to `order`.
public enum FeatureMap: Sendable, Equatable {
    case linear
    case nvar(delays: Int, order: Int, skip: Int)

    /// Samples before the current one that a feature row reads.
    public var lookback: Int {
        switch self {
        case .linear: return 0
        case .nvar(let delays, _, let skip): return (delays - 1) * skip
        }
    }

    /// Features per sample for `sources` values per sample, the constant included.
    public func count(sources: Int) -> Int {
        switch self {
        case .linear:
            return 1 + sources
        case .nvar(let delays, let order, _):
            let linear = delays * sources
            let products = order < 2 ? 0 : (2...order).reduce(0) { $0 + Self.combinations(linear + $1 - 1, $1) }
            return 1 + linear + products
        }
    }

    /// The features of sample k of `samples` (row-major, `sources` values per sample), written to `out`.
    /// The caller ensures k ≥ lookback.
    public func features(_ samples: UnsafeBufferPointer<Double>, sources: Int, at k: Int, into out: inout [Double]) {
        out.removeAll(keepingCapacity: true)
        out.append(1)
        switch self {
        case .linear:
            out.append(contentsOf: samples[k * sources..<(k + 1) * sources])
        case .nvar(let delays, let order, let skip):
            for d in 0..<delays {
                let row = k - d * skip
                out.append(contentsOf: samples[row * sources..<(row + 1) * sources])
            }
            let linear = Array(out[1...])
            guard order >= 2 else { return }
            var monomials = linear.enumerated().map { (last: $0.offset, value: $0.element) }
            for _ in 2...order {
                var next: [(last: Int, value: Double)] = []
                for monomial in monomials {
                    for j in monomial.last..<linear.count { next.append((j, monomial.value * linear[j])) }
                }
                out.append(contentsOf: next.map(\.value))
                monomials = next
            }
        }
    }

    private static func combinations(_ n: Int, _ k: Int) -> Int {
        (0..<k).reduce(1) { $0 * (n - $1) / ($1 + 1) }
    }
}
