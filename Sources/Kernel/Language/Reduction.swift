/// A reduction over a population's neurons, as in `record mean(E.V)`: one value per sample
/// instead of one per neuron, so a population's mean trace costs one number a sample to keep.
public enum Reduction: String, Sendable, Hashable, CaseIterable {
    case mean, sum, min, max

    /// The reduced value of one sample; NaN for no neurons (a mean of nothing has no value).
    /// A plain loop over an array: a recording reduces every sample, and generic code is slow unspecialised.
    public func apply(_ values: [Double]) -> Double {
        // values[0], not `first`: the generic getter allocates in a debug build, and a recording reduces every sample.
        guard !values.isEmpty else { return .nan }
        var result = values[0]
        switch self {
        case .mean, .sum: for k in 1..<values.count { result += values[k] }
        case .min: for k in 1..<values.count { result = Swift.min(result, values[k]) }
        case .max: for k in 1..<values.count { result = Swift.max(result, values[k]) }
        }
        return self == .mean ? result / Double(values.count) : result
    }
}
