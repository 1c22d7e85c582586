import Symbolic

/// A readout with its weights: outputs = Wᵀ · features(sources), or, for one that predicts the change of
/// its sources (NVAR), sources + Wᵀ · features.
public struct TrainedReadout: Sendable {
    public var features: FeatureMap
    public var sources: Int
    /// F × O: column o holds output o's weights, the bias first.
    public var weights: Matrix
    public var predictsChange: Bool

    public init(features: FeatureMap, sources: Int, weights: Matrix, predictsChange: Bool) {
        self.features = features
        self.sources = sources
        self.weights = weights
        self.predictsChange = predictsChange
    }

    public var outputs: Int { weights.columns }

    /// The outputs at sample k of `samples` (k ≥ the features' lookback).
    public func predict(_ samples: UnsafeBufferPointer<Double>, at k: Int, scratch: inout [Double]) -> [Double] {
        features.features(samples, sources: sources, at: k, into: &scratch)
        return (0..<outputs).map { o in
            var sum = predictsChange ? samples[k * sources + o] : 0
            for f in scratch.indices { sum += weights[f, o] * scratch[f] }
            return sum
        }
    }
}
