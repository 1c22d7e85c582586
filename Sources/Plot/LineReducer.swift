/// Turns a trace into output pixels. A long trace sorted by x is first reduced to its
/// first, lowest, highest and last sample in each of `DisplayResolution.columns` columns
/// across the x range, whatever the output's width: the kernel reduces a figure the same
/// way (`Figure.reducedForDisplay`), and the reduction keeps what it is given, so a reduced
/// trace draws the pixels of the whole one. Repeated pixels are dropped.
struct LineReducer {
    let projection: Projection
    let bounds: PixelRect

    func pixels(x: [Double], y: [Double]) -> [Pixel] {
        let count = min(x.count, y.count)
        if count > 4 * Int(bounds.width + 1), let kept = keptSamples(x: x, y: y) {
            return distinctPixels(x: x, y: y, samples: kept)
        }
        return distinctPixels(x: x, y: y, samples: 0..<count)
    }

    /// The positions of the samples a long trace is drawn from, in order: per column the
    /// first, lowest, highest and last, each once (columns outside the x range, one bucket
    /// each side, keep the lines that cross into it); nil for a trace not sorted by x.
    func keptSamples(x: [Double], y: [Double]) -> [Int]? {
        let count = min(x.count, y.count)
        guard isSorted(x, count: count) else { return nil }
        let columns = DisplayResolution.columns + 2
        let binning = projection.x.spanning(start: 0, end: Double(DisplayResolution.columns))
        var buckets = [ColumnBucket](repeating: ColumnBucket(), count: columns)
        for index in 0..<count where projection.pixel(x[index], y[index]).isFinite {
            let column = min(columns - 1, max(0, Int(binning.pixel(x[index]).rounded(.down)) + 1))
            buckets[column].add(index, y: y[index])
        }
        return buckets.filter { $0.count > 0 }.flatMap(\.samples)
    }

    private func isSorted(_ x: [Double], count: Int) -> Bool {
        var previous = -Double.infinity
        for index in 0..<count where !x[index].isNaN {
            if x[index] < previous { return false }
            previous = x[index]
        }
        return true
    }

    private func distinctPixels<S: Sequence>(x: [Double], y: [Double], samples: S) -> [Pixel] where S.Element == Int {
        var result: [Pixel] = []
        result.reserveCapacity(min(x.count, 1 << 16))
        var last = Pixel(x: .nan, y: .nan)
        for index in samples {
            let pixel = projection.pixel(x[index], y[index])
            let snapped = Pixel(x: (pixel.x * 4).rounded() / 4, y: (pixel.y * 4).rounded() / 4)
            if snapped != last || !pixel.isFinite {
                result.append(pixel)
                last = snapped
            }
        }
        return result
    }
}

/// The samples of one column that matter for drawing it: compared by value, so the kernel
/// and every renderer keep the same ones.
private struct ColumnBucket {
    var count = 0
    var first = 0
    var last = 0
    var low = 0
    var high = 0
    var lowY = 0.0
    var highY = 0.0

    mutating func add(_ sample: Int, y: Double) {
        if count == 0 {
            (first, low, high, lowY, highY) = (sample, sample, sample, y, y)
        }
        if y < lowY { (low, lowY) = (sample, y) }
        if y > highY { (high, highY) = (sample, y) }
        last = sample
        count += 1
    }

    /// First, the extremes in the order they occur, and last, each sample once.
    var samples: [Int] {
        var result = [first]
        for sample in [min(low, high), max(low, high), last] where sample != result.last {
            result.append(sample)
        }
        return result
    }
}
