/// The memory one run lends to generated code: spike buffers, spike counters
/// and state-record buffers sized for one chunk, plus pointers to each
/// population's state.
final class ChunkBuffers {
    private var spikeIndex: [String: RawArray<Int32>] = [:]
    private var spikeStep: [String: RawArray<Int64>] = [:]
    private var spikeN: [String: RawArray<Int64>] = [:]
    private var counts: [String: RawArray<Int64>] = [:]
    private var records: [StateBuffer] = []
    private var recordRowCounts: [RawArray<Int64>] = []
    private var recordCapacities: [Int] = []
    private let populations: [String: Population]
    private let projections: [String: Projection]
    let spikeCapacity: Int

    init(unit: GeneratedUnit, plan: NetworkPlan, populations: [Population], projections: [Projection], stepsPerChunk: Int64,
         stateRecords: [StateRecord]) {
        self.populations = Dictionary(uniqueKeysWithValues: populations.map { ($0.name, $0) })
        self.projections = Dictionary(uniqueKeysWithValues: projections.map { ($0.name, $0) })
        let largest = populations.map(\.size).max() ?? 1
        spikeCapacity = max(2 * largest, 4096)
        for population in populations {
            counts[population.name] = RawArray(count: 1, fill: population.spikeCount)
        }
        for population in plan.populations where population.recordsSpikes {
            spikeIndex[population.name] = RawArray(count: spikeCapacity, fill: 0)
            spikeStep[population.name] = RawArray(count: spikeCapacity, fill: 0)
            spikeN[population.name] = RawArray(count: 1, fill: 0)
        }
        for record in stateRecords {
            let rows = Int(stepsPerChunk) / max(1, record.everySteps) + 2
            recordCapacities.append(rows)
            records.append(StateBuffer(count: rows * record.range.count, precision: plan.precision))
            recordRowCounts.append(RawArray(count: 1, fill: 0))
        }
    }

    /// The pointer generated code reads for a named slot (see NetworkCodegen for the names).
    func pointer(for slot: String) -> UnsafeMutableRawPointer? {
        let parts = slot.split(separator: ".").map(String.init)
        if parts[0] == "record" {
            let r = Int(parts[1])!
            return parts.count == 2 ? records[r].pointer : UnsafeMutableRawPointer(recordRowCounts[r].pointer)
        }
        let name = parts[0]
        if let projection = projections[name] { return projection.pointer(for: Array(parts.dropFirst())) }
        guard let population = populations[name] else { return nil }
        switch parts[1] {
        case "var": return population.state[parts[2]]?.pointer
        case "refractory": return UnsafeMutableRawPointer(population.refractoryUntil.pointer)
        case "previous": return UnsafeMutableRawPointer(population.previousCondition.pointer)
        case "count": return UnsafeMutableRawPointer(counts[name]!.pointer)
        case "fired": return UnsafeMutableRawPointer(population.fired.pointer)
        case "nfired": return UnsafeMutableRawPointer(population.firedCount.pointer)
        case "schedule": return population.schedule?.pointer(for: parts[2])
        case "dense": return population.denseWeights[Int(parts[2])!].pointer
        case "spikes":
            switch parts[2] {
            case "index": return UnsafeMutableRawPointer(spikeIndex[name]!.pointer)
            case "step": return UnsafeMutableRawPointer(spikeStep[name]!.pointer)
            default: return UnsafeMutableRawPointer(spikeN[name]!.pointer)
            }
        default: return nil
        }
    }

    func resetCounts() {
        for n in spikeN.values { n[0] = 0 }
        for rows in recordRowCounts { rows[0] = 0 }
    }

    func spikes(of population: String) -> (steps: UnsafeMutablePointer<Int64>, indices: UnsafeMutablePointer<Int32>, count: Int) {
        (spikeStep[population]!.pointer, spikeIndex[population]!.pointer, Int(spikeN[population]![0]))
    }

    func count(of population: String) -> Int64 { counts[population]![0] }
    func recordCapacity(_ r: Int) -> Int { recordCapacities[r] }
    func recordRows(_ r: Int) -> Int { Int(recordRowCounts[r][0]) }
    func record(_ r: Int) -> StateBuffer { records[r] }
}
