/// Weights trained with their signs kept, as Dale's law asks of an E/I network (Song, Yang & Wang 2016): the
/// free parameters p are used as |p|·sign, so a step can take a weight to 0 but never across it.
public struct SignedWeights: Sendable {
    /// +1, −1, or 0 for a weight that is not there.
    public let signs: [Double]
    public var free: [Double]

    /// Free parameters that give `weights` back, each weight's sign kept.
    public init(_ weights: [Double]) {
        signs = weights.map { $0 > 0 ? 1 : $0 < 0 ? -1 : 0 }
        free = weights.map(abs)
    }

    /// |p|·sign.
    public var weights: [Double] { zip(free, signs).map { abs($0) * $1 } }

    /// ∂loss/∂p from ∂loss/∂w, by the chain rule through |p|·sign.
    public func gradient(_ weightGradient: [Double]) -> [Double] {
        weightGradient.indices.map { weightGradient[$0] * signs[$0] * (free[$0] < 0 ? -1 : 1) }
    }
}
