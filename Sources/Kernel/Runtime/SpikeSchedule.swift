import Codegen

/// The spikes a `generator` population emits: neuron `indices[k]` at `times[k]`, sorted by time.
/// Before each run they become global step numbers; generated code walks them with a cursor.
final class SpikeSchedule: @unchecked Sendable {
    let times: [Double]
    let indices: [Int32]
    private(set) var steps = RawArray<Int64>(count: 0, fill: 0)
    private(set) var who = RawArray<Int32>(count: 0, fill: 0)
    let next = RawArray<Int64>(count: 1, fill: 0)

    init(times: [Double], indices: [Int32]) {
        let order = times.indices.sorted { times[$0] < times[$1] || (times[$0] == times[$1] && $0 < $1) }
        self.times = order.map { times[$0] }
        self.indices = order.map { indices[$0] }
    }

    var count: Int { times.count }

    /// A spike at time t is emitted by the step that ends at t (rounded to the step); spikes at or before
    /// the run's start time were due in an earlier run, except at t = 0, which the generated code emits
    /// before the first step.
    /// A neuron fires at most once in a step: spikes that round to the same step merge.
    func prepare(t0: Double, s0: Int64, dt: Double) {
        var kept: [(Int64, Int32)] = []
        var seen: Set<[Int64]> = []
        for (t, i) in zip(times, indices) {
            let step = s0 + Int64(((t - t0) / dt).rounded())
            if step > s0 || (step == 0 && s0 == 0), seen.insert([step, Int64(i)]).inserted { kept.append((step, i)) }
        }
        steps = RawArray(count: kept.count, fill: 0)
        who = RawArray(copying: kept.map(\.1))
        for (k, spike) in kept.enumerated() { steps[k] = spike.0 }
        next[0] = 0
    }

    /// Spikes left for the run `prepare` was called for.
    var pending: Int { steps.count }

    func buffer(for field: Slot.ScheduleField) -> HostBuffer {
        switch field {
        case .steps: return steps.buffer
        case .who: return who.buffer
        case .next: return next.buffer
        }
    }
}
