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

    init(plan: NetworkPlan, populations: [PopulationState], projections: [ProjectionState], stepsPerChunk: Int64, stateRecords: [StateRecord]) {
        self.populations = populations
        self.projections = projections
        precision = plan.precision
        let largest = populations.map(\.size).max() ?? 1
        spikeCapacity = max(2 * largest, 4096)
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

    /// The pointer generated code reads for a slot of a population, projection or recorder.
    func pointer(for slot: Slot) -> UnsafeMutableRawPointer? {
        switch slot {
        case .parameters, .seed, .error: return nil
        case .state(let p, let variable): return populations[p].state[variable]?.pointer
        case .previousCondition(let p): return UnsafeMutableRawPointer(populations[p].previousCondition.pointer)
        case .refractoryUntil(let p): return UnsafeMutableRawPointer(populations[p].refractoryUntil.pointer)
        case .spikeCount(let p): return UnsafeMutableRawPointer(counts[p].pointer)
        case .fired(let p): return UnsafeMutableRawPointer(populations[p].fired.pointer)
        case .firedCount(let p): return UnsafeMutableRawPointer(populations[p].firedCount.pointer)
        case .spikeIndex(let p): return spikeBuffers[p].map { UnsafeMutableRawPointer($0.index.pointer) }
        case .spikeStep(let p): return spikeBuffers[p].map { UnsafeMutableRawPointer($0.step.pointer) }
        case .spikeTotal(let p): return spikeBuffers[p].map { UnsafeMutableRawPointer($0.total.pointer) }
        case .schedule(let p, let field): return populations[p].schedule?.pointer(for: field)
        case .history(let p, let variable): return populations[p].history[variable]?.pointer
        case .stageValues(let p, _):
            if let buffer = stageValues[slot] { return buffer.pointer }
            let buffer = StateBuffer(count: populations[p].size, precision: precision)
            stageValues[slot] = buffer
            return buffer.pointer
        case .stepControl(let p, let field): return populations[p].stepControl?.pointer(for: field)
        case .denseWeights(let p, let k): return populations[p].denseWeights[k].pointer
        case .record(let r): return records[r].pointer
        case .recordRows(let r): return UnsafeMutableRawPointer(recordRowCounts[r].pointer)
        case .projection(let k, let field): return projections[k].pointer(for: field)
        case .fractionalHistory(let p, let variable): return populations[p].fractionalMemory?.history[variable].map { UnsafeMutableRawPointer($0.pointer) }
        case .fractionalOrigin(let p, let variable): return populations[p].fractionalMemory?.origin[variable].map { UnsafeMutableRawPointer($0.pointer) }
        case .fractionalWeights(let p, let variable): return populations[p].fractionalMemory?.weights[variable].map { UnsafeMutableRawPointer($0.pointer) }
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
