/// Recorded samples on one time grid: `width` values per sample, row-major.
public struct SampleSeries: Sendable {
    public var times: [Double]
    public var values: [Double]
    public var width: Int

    public init(times: [Double], values: [Double], width: Int) {
        precondition(values.count == times.count * width, "a series needs width values per sample")
        self.times = times
        self.values = values
        self.width = width
    }

    public var count: Int { times.count }

    /// The samples whose times lie in [low, high] (with a margin of a millionth of a sample interval).
    public func samples(from low: Double, to high: Double) -> Range<Int> {
        let margin = count > 1 ? 1e-6 * (times[1] - times[0]) : 0
        let first = times.firstIndex { $0 >= low - margin } ?? count
        let end = times.lastIndex { $0 <= high + margin }.map { $0 + 1 } ?? 0
        return first..<max(first, end)
    }
}
