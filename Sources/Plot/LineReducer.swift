/// Turns a trace into output pixels. A long trace sorted by x is reduced to its
/// first, lowest, highest and last point in each pixel column, which draws the
/// same picture as every sample; otherwise repeated pixels are dropped.
struct LineReducer {
    let projection: Projection
    let bounds: PixelRect

    func pixels(x: [Double], y: [Double]) -> [Pixel] {
        let count = min(x.count, y.count)
        if count > 4 * Int(bounds.width + 1), isSorted(x, count: count) {
            return columnExtremes(x: x, y: y, count: count)
        }
        return distinctPixels(x: x, y: y, count: count)
    }

    private func isSorted(_ x: [Double], count: Int) -> Bool {
        var previous = -Double.infinity
        for index in 0..<count where !x[index].isNaN {
            if x[index] < previous { return false }
            previous = x[index]
        }
        return true
    }

    private func distinctPixels(x: [Double], y: [Double], count: Int) -> [Pixel] {
        var result: [Pixel] = []
        result.reserveCapacity(min(count, 1 << 16))
        var last = Pixel(x: .nan, y: .nan)
        for index in 0..<count {
            let pixel = projection.pixel(x[index], y[index])
            let snapped = Pixel(x: (pixel.x * 4).rounded() / 4, y: (pixel.y * 4).rounded() / 4)
            if snapped != last || !pixel.isFinite {
                result.append(pixel)
                last = snapped
            }
        }
        return result
    }

    /// Per column the first, extreme and last samples, in the order they occur.
    /// Columns outside the plot (one bucket each side) keep the lines that cross into it.
    private func columnExtremes(x: [Double], y: [Double], count: Int) -> [Pixel] {
        let columns = Int(bounds.width) + 3
        var buckets = [ColumnBucket](repeating: ColumnBucket(), count: columns)
        for index in 0..<count {
            let pixel = projection.pixel(x[index], y[index])
            guard pixel.isFinite else { continue }
            let column = min(columns - 1, max(0, Int((pixel.x - bounds.x).rounded(.down)) + 1))
            buckets[column].add(pixel)
        }
        var result: [Pixel] = []
        result.reserveCapacity(4 * columns)
        for bucket in buckets where bucket.count > 0 {
            bucket.appendPoints(to: &result)
        }
        return result
    }
}

/// The samples of one pixel column that matter for drawing it.
private struct ColumnBucket {
    var count = 0
    var first = Pixel(x: 0, y: 0)
    var last = Pixel(x: 0, y: 0)
    var low = Pixel(x: 0, y: 0)
    var high = Pixel(x: 0, y: 0)
    var lowIndex = 0
    var highIndex = 0

    mutating func add(_ pixel: Pixel) {
        if count == 0 {
            (first, low, high) = (pixel, pixel, pixel)
        }
        if pixel.y < low.y { (low, lowIndex) = (pixel, count) }
        if pixel.y > high.y { (high, highIndex) = (pixel, count) }
        last = pixel
        count += 1
    }

    func appendPoints(to result: inout [Pixel]) {
        result.append(first)
        let extremes = lowIndex <= highIndex ? [low, high] : [high, low]
        for point in extremes where point != result.last {
            result.append(point)
        }
        if last != result.last { result.append(last) }
    }
}
