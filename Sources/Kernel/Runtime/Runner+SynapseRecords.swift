import Language
import Network

/// `record AB.w[0:100] every 1 ms`: per-synapse values are read from the projection's buffers
/// between chunks, so the generated code stays as it was. Chunks end at the sampled steps; where
/// chunks end does not change results, only how often the loop returns.
extension Runner {
    /// Each new synapse record's interval, first step and synapses: the connections are drawn now,
    /// so a slice beyond them is reported at the reference in its `record` statement.
    func startSynapseRecorders(dt: Double) throws {
        for r in state.synapseRecords.indices where state.synapseRecords[r].startStep < 0 {
            let recording = network.synapseRecordings[r]
            let name = network.projections[recording.projection].name
            let count = state.projections[recording.projection].count
            state.synapseRecords[r].everySteps = try steps(every: recording.every, dt: dt, of: state.synapseRecords[r], at: recording.reference)
            state.synapseRecords[r].range = try Network.indexRange(recording.slice, count: count, owner: name, items: "synapses",
                                                                   at: recording.reference)
            state.synapseRecords[r].startStep = state.step
        }
    }

    func synapseSampler() -> StepSampler? {
        guard !state.synapseRecords.isEmpty else { return nil }
        return StepSampler(next: nextSynapseSample, sample: sampleSynapses)
    }

    private func nextSynapseSample(from step: Int64) -> Int64? {
        state.synapseRecords.map { record in
            let start = record.startStep, every = Int64(record.everySteps)
            return step <= start ? start : start + (step - start + every - 1) / every * every
        }.min()
    }

    /// The values at the start of `step`: event-driven variables advanced to `time` as `print AB.x` does.
    private func sampleSynapses(at step: Int64, time: Double) {
        for r in state.synapseRecords.indices {
            let record = state.synapseRecords[r]
            guard step >= record.startStep, (step - record.startStep) % Int64(record.everySteps) == 0 else { continue }
            let recording = network.synapseRecordings[r]
            let projection = network.projections[recording.projection]
            let parameters = network.populations[projection.target].parameters
            let read = try? state.projections[recording.projection].values(of: record.variable, in: projection, parameters: parameters,
                                                                          at: time, synapses: record.range)
            let values = read.flatMap { $0 } ?? Array(repeating: .nan, count: record.range.count)
            state.synapseRecords[r].times.append(time)
            state.synapseRecords[r].values.append(record.reduction.map { [$0.apply(values)] } ?? values)
        }
    }
}
