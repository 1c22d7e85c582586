import Codegen
import Lowering
import Network

/// The memory one run lends to generated code: spike buffers, spike counters
/// and state-record buffers sized for one chunk (a row of the recorded neurons per
/// sample, or one double per sample when the generated code reduces them), plus pointers to each
/// population's and projection's state. Populations and projections are
/// indexed as in the network plan.
final class ChunkBuffers {
    /// A recorded population's spikes of one chunk: neuron, step, and how many.
    private struct SpikeBuffer {
        let index: RawArray<Int32>
        let step: RawArray<Int64>
        let total = RawArray<Int64>(count: 1, fill: 0)
    }

    private var spikeBuffers: [Int: SpikeBuffer] = [:]
    private let counts: [RawArray<Int64>]
    private var records: [StateBuffer] = []
    private var recordRowCounts: [RawArray<Int64>] = []
    private var recordCapacities: [Int] = []
    private let populations: [PopulationState]
    private let projections: [ProjectionState]
    private let precision: Precision
    /// Scratch for staged couplings, made when generated code asks for it.
    private var stageValues: [Slot: StateBuffer] = [:]
    let spikeCapacity: Int

    /// Spike buffers hold every neuron of the largest population firing at each of `spikeSteps` steps:
    /// generated C ends a chunk early when the next step might not fit; a GPU batch is no longer than that (CUDAChunkPlan).
    init(plan: NetworkPlan, populations: [PopulationState], projections: [ProjectionState], stepsPerChunk: Int64, spikeSteps: Int64 = 2,
         stateRecords: [StateRecord]) {
        self.populations = populations
        self.projections = projections
        precision = plan.precision
        let largest = populations.map(\.size).max() ?? 1
        spikeCapacity = max(Int(spikeSteps) * largest, 4096)
        counts = populations.map { RawArray(count: 1, fill: $0.spikeCount) }
        for (p, population) in plan.populations.enumerated() where population.recordsSpikes {
            spikeBuffers[p] = SpikeBuffer(index: RawArray(count: spikeCapacity, fill: 0), step: RawArray(count: spikeCapacity, fill: 0))
        }
        for record in stateRecords {
            let buffer = Self.recordBuffer(for: record, stepsPerChunk: stepsPerChunk, precision: plan.precision)
            recordCapacities.append(buffer.rows)
            records.append(buffer.values)
            recordRowCounts.append(RawArray(count: 1, fill: 0))
        }
    }

    /// The samples one chunk can take for a record, and their buffer: a row of its neurons
    /// each, or one double each when the generated code reduces them.
    static func recordBuffer(for record: StateRecord, stepsPerChunk: Int64, precision: Precision) -> (rows: Int, values: StateBuffer) {
        let rows = Int(stepsPerChunk) / max(1, record.everySteps) + 2
        return (rows, record.reduction == nil ? StateBuffer(count: rows * record.range.count, precision: precision)
                                              : StateBuffer(count: rows, precision: .f64))
    }

    /// The buffer generated code reads for a slot of a population, projection or recorder.
    func buffer(for slot: Slot) -> HostBuffer? {
        switch slot {
        case .parameters, .seed, .error: return nil
        case .state(let p, let variable): return populations[p].state[variable]?.buffer
        case .previousCondition(let p): return populations[p].previousCondition.buffer
        case .refractoryLeft(let p): return populations[p].refractoryLeft.buffer
        case .spikeCount(let p): return counts[p].buffer
        case .fired(let p): return populations[p].fired.buffer
        case .firedCount(let p): return populations[p].firedCount.buffer
        case .spikeIndex(let p): return spikeBuffers[p]?.index.buffer
        case .spikeStep(let p): return spikeBuffers[p]?.step.buffer
        case .spikeTotal(let p): return spikeBuffers[p]?.total.buffer
        case .schedule(let p, let field): return populations[p].schedule?.buffer(for: field)
        case .history(let p, let variable): return populations[p].history[variable]?.buffer
        case .stageValues(let p, _):
            if let buffer = stageValues[slot] { return buffer.buffer }
            let buffer = StateBuffer(count: populations[p].size, precision: precision)
            stageValues[slot] = buffer
            return buffer.buffer
        case .stepControl(let p, let field): return populations[p].stepControl?.buffer(for: field)
        case .denseWeights(let p, let k): return populations[p].denseWeights[k].buffer
        case .record(let r): return records[r].buffer
        case .recordRows(let r): return recordRowCounts[r].buffer
        case .projection(let k, let field): return projections[k].buffer(for: field)
        case .fractionalHistory(let p, let variable): return populations[p].fractionalMemory?.history[variable]?.buffer
        case .fractionalOrigin(let p, let variable): return populations[p].fractionalMemory?.origin[variable]?.buffer
        case .fractionalWeights(let p, let variable): return populations[p].fractionalMemory?.weights[variable]?.buffer
        }
    }

    func resetCounts() {
        for buffer in spikeBuffers.values { buffer.total[0] = 0 }
        for rows in recordRowCounts { rows[0] = 0 }
    }

    func spikes(of population: Int) -> (steps: UnsafeMutablePointer<Int64>, indices: UnsafeMutablePointer<Int32>, count: Int) {
        let buffer = spikeBuffers[population]!
        return (buffer.step.pointer, buffer.index.pointer, Int(buffer.total[0]))
    }

    func count(of population: Int) -> Int64 { counts[population][0] }
    func recordCapacity(_ r: Int) -> Int { recordCapacities[r] }
    func recordRows(_ r: Int) -> Int { Int(recordRowCounts[r][0]) }
    func record(_ r: Int) -> StateBuffer { records[r] }
}
