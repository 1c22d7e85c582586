import Codegen

/// How the host drives one CUDA unit, as values (testable without a GPU): each kernel of a step
/// with its grid and the offset of its population's flags, the size of the flags buffer, which
/// buffers hold connectivity (copied to the device once), and how many steps a batch may take
/// before the monitors are copied back.
public struct CUDAChunkPlan: Sendable, Equatable {
    public struct Launch: Sendable, Equatable {
        public var kernel: String
        public var blocks: Int
        public var threads: Int
        /// Bytes into the flags buffer where the kernel's population begins.
        public var flagOffset: Int
    }

    /// The kernels of one step, in order; a population without neurons launches nothing.
    public var launches: [Launch]
    /// One byte per neuron of every population.
    public var flagBytes: Int

    public init(unit: CUDAUnit, sizes: [Int]) {
        var offsets: [Int] = [], total = 0
        for size in sizes {
            offsets.append(total)
            total += size
        }
        flagBytes = total
        launches = unit.step.compactMap { launch in
            let offset = launch.population.map { offsets[$0] } ?? 0
            switch launch.threads {
            case .perNeuron(let k):
                guard sizes[k] > 0 else { return nil }
                let threads = CUDALaunch.blockSize
                return Launch(kernel: launch.kernel, blocks: (sizes[k] + threads - 1) / threads, threads: threads, flagOffset: offset)
            case .block(let k):
                return sizes[k] > 0 ? Launch(kernel: launch.kernel, blocks: 1, threads: CUDALaunch.blockSize, flagOffset: offset) : nil
            case .single:
                return Launch(kernel: launch.kernel, blocks: 1, threads: 1, flagOffset: 0)
            }
        }
    }

    /// Connectivity, which no kernel writes: copied to the device once per buffer, not at every batch.
    public static func isReadOnly(_ slot: Slot) -> Bool {
        guard case .projection(_, let field) = slot else { return false }
        switch field {
        case .rows, .columns, .delays, .incoming, .incomingPositions, .incomingSources: return true
        default: return false
        }
    }

    /// What the host resets before each batch (a recorder's sample count, a population's spikes of the
    /// batch): the only buffers that go to the device again after the first batch.
    public static func isResetEachBatch(_ slot: Slot) -> Bool {
        switch slot {
        case .spikeTotal, .recordRows: return true
        default: return false
        }
    }

    /// What the host reads after each batch (spikes, samples, spike counts, the error record): the only
    /// buffers that come back between batches. The state stays on the device until the host needs it (CUDAChunk.collect).
    public static func isReadEachBatch(_ slot: Slot) -> Bool {
        switch slot {
        case .error, .spikeCount, .spikeTotal, .spikeIndex, .spikeStep, .record, .recordRows: return true
        default: return false
        }
    }

    /// The steps of one batch: `requested`, but no more than a spike buffer of `spikeCapacity` entries
    /// holds if every neuron of the largest recorded population fired at every step, nor more than
    /// any state record holds (`rows` samples, one every `every` steps). At least one step.
    public static func batchSteps(requested: Int64, spikeCapacity: Int, recordedSizes: [Int], records: [(rows: Int, every: Int)]) -> Int64 {
        var steps = requested
        if let largest = recordedSizes.max(), largest > 0 { steps = min(steps, Int64(spikeCapacity / largest)) }
        for record in records { steps = min(steps, Int64(record.rows * max(record.every, 1))) }
        return max(steps, 1)
    }

    /// Spike-buffer entries a GPU run may use per recorded population (12 bytes each: 192 MiB); only
    /// the entries a batch filled are copied back.
    public static let spikeEntries = 1 << 24

    /// The steps a GPU batch's spike buffers are sized for: `requested`, or fewer where every neuron
    /// of a population of `largest` firing at every one of them would pass `spikeEntries`; at least two,
    /// as on the CPU.
    public static func spikeSteps(requested: Int64, largest: Int) -> Int64 {
        max(2, min(requested, Int64(spikeEntries / max(largest, 1))))
    }
}
