import Codegen

/// Per neuron, what an adaptive method keeps between steps: the step size it reached (0: start
/// at dt) and the sub-steps it took and rejected, counted from the start of the current run.
final class StepControlState: @unchecked Sendable {
    let stepSize: RawArray<Double>
    let taken: RawArray<Int64>
    let rejected: RawArray<Int64>

    init(size: Int) {
        stepSize = RawArray(count: size, fill: 0)
        taken = RawArray(count: size, fill: 0)
        rejected = RawArray(count: size, fill: 0)
    }

    init(copying other: StepControlState) {
        stepSize = other.stepSize.copy()
        taken = other.taken.copy()
        rejected = other.rejected.copy()
    }

    func buffer(for field: Slot.StepControlField) -> HostBuffer {
        switch field {
        case .stepSize: return stepSize.buffer
        case .taken: return taken.buffer
        case .rejected: return rejected.buffer
        }
    }

    func resetCounts() {
        for k in 0..<taken.count {
            taken[k] = 0
            rejected[k] = 0
        }
    }

    var totals: (taken: Int64, rejected: Int64) {
        (0..<taken.count).reduce((0, 0)) { ($0.0 + taken[$1], $0.1 + rejected[$1]) }
    }
}
