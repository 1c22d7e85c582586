/// A reduction over a population's neurons, as in `record mean(E.V)`: one value per sample
/// instead of one per neuron, so a population's mean trace costs one number a sample to keep.
public enum Reduction: String, Sendable, Hashable, CaseIterable {
    case mean, sum, min, max

    /// The reduced value of one sample; NaN for no neurons (a mean of nothing has no value).
    public func apply(_ values: some Collection<Double>) -> Double {
        guard !values.isEmpty else { return .nan }
        switch self {
        case .mean: return values.reduce(0, +) / Double(values.count)
        case .sum: return values.reduce(0, +)
        case .min: return values.min()!
        case .max: return values.max()!
        }
    }
}
