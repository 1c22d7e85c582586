import Symbolic

/// How `train` fits a readout's weights.
public enum FitMethod: Sendable, Equatable {
    /// Offline: the ridge solution over the whole window (normal equations, Cholesky).
    case ridge(alpha: Double)
    /// Online: recursive least squares through the window in time order, P(0) = I / alpha (FORCE's rule).
    case force(alpha: Double)
}

/// The weights of a readout fitted to targets `ahead` samples later, over the samples in `window`.
public struct ReadoutFit: Sendable {
    public var features: FeatureMap
    public var predictsChange: Bool

    public init(features: FeatureMap, predictsChange: Bool) {
        self.features = features
        self.predictsChange = predictsChange
    }

    /// The samples of `window` that have the features' history before them and a target `ahead` after.
    public func usable(_ window: Range<Int>, count: Int, ahead: Int) -> Range<Int> {
        let low = max(window.lowerBound, features.lookback), high = min(window.upperBound, count - ahead)
        return low..<max(low, high)
    }

    public func fit(sources: SampleSeries, targets: SampleSeries, ahead: Int, window: Range<Int>, method: FitMethod) throws -> TrainedReadout {
        let samples = usable(window, count: sources.count, ahead: ahead)
        let width = features.count(sources: sources.width), outputs = targets.width
        var row: [Double] = []
        let weights: Matrix = try sources.values.withUnsafeBufferPointer { s in
            func target(_ k: Int) -> [Double] {
                (0..<outputs).map { o in targets.values[(k + ahead) * outputs + o] - (predictsChange ? s[k * sources.width + o] : 0) }
            }
            switch method {
            case .ridge(let alpha):
                var equations = try NormalEquations(features: width, outputs: outputs)
                let block = 512
                for start in stride(from: samples.lowerBound, to: samples.upperBound, by: block) {
                    let rows = start..<min(start + block, samples.upperBound)
                    var x: [Double] = [], y: [Double] = []
                    x.reserveCapacity(rows.count * width)
                    for k in rows {
                        features.features(s, sources: sources.width, at: k, into: &row)
                        x += row
                        y += target(k)
                    }
                    equations.add(rows: rows.count, x: x, y: y)
                }
                return try equations.ridge(alpha: alpha)
            case .force(let alpha):
                var rls = RecursiveLeastSquares(features: width, outputs: outputs, alpha: alpha)
                for k in samples {
                    features.features(s, sources: sources.width, at: k, into: &row)
                    let y = target(k)
                    rls.update(x: row, y: y)
                }
                return rls.weightMatrix
            }
        }
        return TrainedReadout(features: features, sources: sources.width, weights: weights, predictsChange: predictsChange)
    }
}
