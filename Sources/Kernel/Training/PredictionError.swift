/// How far predictions lie from what they predict: mean squared and mean absolute error over every value.
public struct PredictionError: Sendable, Equatable {
    public var meanSquared: Double
    public var meanAbsolute: Double
    /// Samples compared (each of `width` values).
    public var samples: Int

    /// `predicted` and `expected` side by side, `width` values per sample.
    public init(predicted: [Double], expected: ArraySlice<Double>, width: Int) {
        var squared = 0.0, absolute = 0.0
        for (p, e) in zip(predicted, expected) {
            squared += (p - e) * (p - e)
            absolute += abs(p - e)
        }
        let count = Double(max(predicted.count, 1))
        meanSquared = squared / count
        meanAbsolute = absolute / count
        samples = predicted.count / max(width, 1)
    }

    /// A readout's outputs at `samples` against its targets `ahead` samples later.
    public init(_ readout: TrainedReadout, sources: SampleSeries, targets: SampleSeries, ahead: Int, samples: Range<Int>) {
        var scratch: [Double] = []
        let predicted = sources.values.withUnsafeBufferPointer { s in samples.flatMap { readout.predict(s, at: $0, scratch: &scratch) } }
        let expected = targets.values[(samples.lowerBound + ahead) * targets.width..<(samples.upperBound + ahead) * targets.width]
        self.init(predicted: predicted, expected: expected, width: targets.width)
    }
}
