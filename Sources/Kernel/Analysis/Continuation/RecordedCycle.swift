/// One period of the limit cycle a simulation's recording ends on.
///
/// Over the recording's second half (the first is taken for transient), the section is where
/// the variable of widest range crosses the middle of that range upward; the period is the time
/// from the last crossing back to the latest earlier one at which every variable agrees to 1%
/// of its range (a first return, so an orbit crossing the section twice per period, a
/// period-doubled one, is cut whole). States between samples are interpolated linearly: the
/// corrector that takes the orbit from here removes that error.
public struct RecordedCycle: Sendable {
    /// Where one period starts and how long it lasts.
    public var start: Double
    public var period: Double
    private var times: [Double]
    private var states: [[Double]]

    /// Why a recording yields no cycle.
    public enum Failure: Error, Sendable, Equatable {
        /// Every variable is constant over the second half: the run ended at an equilibrium.
        case settled
        /// The section was crossed fewer than twice: too short a run for one period.
        case tooShort(crossings: Int)
        /// No earlier crossing returns within 1% of the ranges; the closest return is `mismatch`
        /// of them away (still transient, quasi-periodic or chaotic).
        case notPeriodic(mismatch: Double)
    }

    /// Agreement, as a fraction of each variable's range, that counts as a return.
    static let returnTolerance = 1e-2

    public init(times: [Double], states: [[Double]]) throws {
        (self.times, self.states) = (times, states)
        let tail = (times.count / 2)..<times.count
        let dimension = states.first?.count ?? 0
        let spans = (0..<dimension).map { i in
            let values = tail.map { states[$0][i] }
            return (values.max() ?? 0) - (values.min() ?? 0)
        }
        guard tail.count >= 3, let widest = spans.indices.max(by: { spans[$0] < spans[$1] }),
              spans[widest] > 1e-9 * (1 + tail.map { abs(states[$0][widest]) }.max()!) else { throw Failure.settled }
        let level = tail.map { states[$0][widest] }.min()! + spans[widest] / 2
        let crossings = tail.dropLast().compactMap { k -> Double? in
            let (a, b) = (states[k][widest], states[k + 1][widest])
            guard a < level, b >= level else { return nil }
            return times[k] + (level - a) / (b - a) * (times[k + 1] - times[k])
        }
        guard crossings.count >= 2, let last = crossings.last else { throw Failure.tooShort(crossings: crossings.count) }
        (start, period) = (last, 0)
        let recorded = self
        let end = recorded.state(at: last)
        let mismatch = { (t: Double) in
            zip(zip(recorded.state(at: t), end), spans).map { abs($0.0 - $0.1) / max($1, .leastNormalMagnitude) }.max()!
        }
        let earlier = crossings.dropLast()
        guard let back = earlier.last(where: { mismatch($0) < Self.returnTolerance }) else {
            throw Failure.notPeriodic(mismatch: earlier.map(mismatch).min()!)
        }
        (start, period) = (back, last - back)
    }

    /// The recorded state at time t, linearly interpolated between the samples around it.
    public func state(at t: Double) -> [Double] {
        var (low, high) = (0, times.count - 1)
        while high - low > 1 {
            let middle = (low + high) / 2
            if times[middle] <= t { low = middle } else { high = middle }
        }
        let w = (t - times[low]) / (times[high] - times[low])
        return zip(states[low], states[high]).map { $0 + w * ($1 - $0) }
    }
}
