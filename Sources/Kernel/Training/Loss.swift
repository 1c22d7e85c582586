import Foundation

/// What backpropagation through time minimises over the samples of a window: the mean of one term per
/// sample (per output for the squared error), each with its slope with respect to the readout's outputs.
public enum Loss: Sendable {
    /// (y_o − targets[k·outputs + o])², averaged over samples and outputs.
    case meanSquared(targets: [Double])
    /// −log softmax(y)[labels[k]], averaged over the scored samples (`Trial.unscored` ones are not).
    case crossEntropy(labels: [Int])

    /// How many terms the mean is over, in `window`.
    func count(_ window: Range<Int>, outputs: Int) -> Int {
        switch self {
        case .meanSquared: return window.count * outputs
        case .crossEntropy(let labels): return window.filter { labels[$0] != Trial.unscored }.count
        }
    }

    /// Sample k's terms summed, and their slope with respect to the outputs y; nil where k is not scored.
    func term(_ y: [Double], sample k: Int) -> (value: Double, slope: [Double])? {
        switch self {
        case .meanSquared(let targets):
            let errors = y.indices.map { y[$0] - targets[k * y.count + $0] }
            return (errors.reduce(0) { $0 + $1 * $1 }, errors.map { 2 * $0 })
        case .crossEntropy(let labels):
            guard labels[k] != Trial.unscored else { return nil }
            var p = Loss.softmax(y)
            let value = -log(p[labels[k]])
            p[labels[k]] -= 1
            return (value, p)
        }
    }

    /// exp(y_o) / Σ exp(y), computed from y − max(y) so that large outputs do not overflow.
    public static func softmax(_ y: [Double]) -> [Double] {
        let top = y.max() ?? 0
        let e = y.map { exp($0 - top) }
        let sum = e.reduce(0, +)
        return e.map { $0 / sum }
    }
}
