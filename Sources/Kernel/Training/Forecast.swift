/// A readout that predicts its own sources one sample ahead, run on its own outputs (closed loop) from
/// the recorded history before `start`, and compared with what was recorded.
public struct Forecast: Sendable {
    /// The forecast samples start..<start + predicted.count, `width` values each, row-major.
    public var predicted: [Double]
    public var start: Int
    /// |prediction − truth| / the recording's RMS distance from its mean, per forecast sample.
    public var normalizedError: [Double]
    private let truth: SampleSeries

    public init(_ readout: TrainedReadout, truth: SampleSeries, start: Int, end: Int) {
        let width = truth.width, lookback = readout.features.lookback
        var history = Array(truth.values[(start - 1 - lookback) * width..<start * width])
        var predicted: [Double] = [], scratch: [Double] = []
        for _ in start..<end {
            let next = history.withUnsafeBufferPointer { readout.predict($0, at: lookback, scratch: &scratch) }
            predicted += next
            history.removeFirst(width)
            history += next
        }
        let scale = Forecast.spread(of: truth)
        normalizedError = (0..<(end - start)).map { n in
            let squared = (0..<width).reduce(0.0) { sum, o in
                let e = predicted[n * width + o] - truth.values[(start + n) * width + o]
                return sum + e * e
            }
            return squared.squareRoot() / scale
        }
        self.predicted = predicted
        self.start = start
        self.truth = truth
    }

    /// The error over the first `samples` forecast samples (all when nil).
    public func error(samples: Int? = nil) -> PredictionError {
        let width = truth.width, count = min(samples ?? Int.max, predicted.count / width)
        return PredictionError(predicted: Array(predicted[..<(count * width)]),
                               expected: truth.values[start * width..<(start + count) * width], width: width)
    }

    /// The samples of the forecast before its normalised error first exceeds `threshold`.
    public func validSamples(threshold: Double) -> Int {
        normalizedError.firstIndex { !($0 <= threshold) } ?? normalizedError.count
    }

    /// sqrt(mean over samples of |u − ū|²): the size of the recorded attractor, to which errors are compared.
    static func spread(of series: SampleSeries) -> Double {
        let n = Double(series.count), width = series.width
        let mean = (0..<width).map { o in stride(from: o, to: series.values.count, by: width).reduce(0.0) { $0 + series.values[$1] } / n }
        let squared = series.values.indices.reduce(0.0) { sum, i in
            let d = series.values[i] - mean[i % width]
            return sum + d * d
        }
        return (squared / n).squareRoot()
    }
}
