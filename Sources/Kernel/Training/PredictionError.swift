/// How far a readout's outputs lie from its targets over some samples: mean squared and mean absolute
/// error over every output and sample.
public struct PredictionError: Sendable, Equatable {
    public var meanSquared: Double
    public var meanAbsolute: Double
    public var samples: Int

    public init(meanSquared: Double, meanAbsolute: Double, samples: Int) {
        self.meanSquared = meanSquared
        self.meanAbsolute = meanAbsolute
        self.samples = samples
    }

    public init(_ readout: TrainedReadout, sources: SampleSeries, targets: SampleSeries, ahead: Int, samples: Range<Int>) {
        var squared = 0.0, absolute = 0.0, scratch: [Double] = []
        sources.values.withUnsafeBufferPointer { s in
            for k in samples {
                for (o, value) in readout.predict(s, at: k, scratch: &scratch).enumerated() {
                    let e = value - targets.values[(k + ahead) * targets.width + o]
                    squared += e * e
                    absolute += abs(e)
                }
            }
        }
        let n = Double(max(samples.count * targets.width, 1))
        meanSquared = squared / n
        meanAbsolute = absolute / n
        self.samples = samples.count
    }
}
