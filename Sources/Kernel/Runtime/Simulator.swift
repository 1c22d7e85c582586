import Codegen
import Foundation
import JIT
import Lowering

/// Runs compiled chunks over the populations' state, draining spike and
/// state buffers between chunks. Chunks end at step boundaries, so results do
/// not depend on the chunk size, and progress or an interrupt is seen between them.
struct Simulator {
    struct Progress: Sendable {
        var stepsDone: Int64
        var stepsTotal: Int64
    }

    struct NonFinite: Error {
        var population: Int
        var variable: Int
        var index: Int
        var step: Int64
    }

    struct Interrupted: Error {
        var stepsDone: Int64
    }

    /// The GPU failed a batch; the steps before it are done.
    struct DeviceFailed: Error {
        var stepsDone: Int64
        var error: CUDAError
    }

    let unit: GeneratedUnit
    var chunk: ChunkCode
    let populations: [PopulationState]
    let projections: [ProjectionState]
    let plan: NetworkPlan
    var parameters: [Double]
    var spikeRecords: [Int: SpikeRecord]
    var stateRecords: [StateRecord]
    let seed: UInt64
    let dt: Double
    let t0: Double
    let s0: Int64

    /// How many steps a chunk may take: big enough to amortise the call, small enough to stay responsive.
    let stepsPerChunk: Int64
    /// The optimising tier's code, swapped in between chunks (same slots, same entry point).
    var upgrade: TierUpgrade? = nil
    /// What is read from Swift at the start of some steps (`record AB.w`): chunks end there.
    var sampler: StepSampler? = nil
    /// The step at which the upgrade took over, if it did.
    private(set) var switchedAtStep: Int64?

    mutating func run(steps: Int64, progress: (Progress) -> Bool) throws {
        let params = RawArray<Double>(count: parameters.count, fill: 0)
        let seedBox = RawArray<UInt64>(count: 1, fill: seed)
        let error = RawArray<Int64>(count: 4, fill: -1)
        let largest = populations.map(\.size).max() ?? 1
        let spikeSteps = if case .cuda = chunk { CUDAChunkPlan.spikeSteps(requested: stepsPerChunk, largest: largest) } else { Int64(2) }
        let buffers = ChunkBuffers(plan: plan, populations: populations, projections: projections, stepsPerChunk: stepsPerChunk,
                                   spikeSteps: spikeSteps, stateRecords: stateRecords)
        for i in 0..<parameters.count { params[i] = parameters[i] }
        let host = unit.slots.map { slot -> HostBuffer? in
            switch slot {
            case .parameters: return params.buffer
            case .seed: return seedBox.buffer
            case .error: return error.buffer
            default: return buffers.buffer(for: slot)
            }
        }
        var slots = host.map { $0?.pointer }
        // A slot no buffer of this run backs (no kernel reads it) goes to the GPU as no bytes.
        let unused = RawArray<UInt8>(count: 0, fill: 0)
        let gpuBuffers = host.map { $0 ?? unused.buffer }
        var done: Int64 = 0
        let fixedQueues = unit.slots.contains { if case .projection(_, .queueEvents) = $0 { true } else { false } }
        // The GPU's state on the host, for what reads it next: the run's end, an error, Swift's samples;
        // spikes in flight in the CUDA back end's rows go back to the host's queues (DelayRing.packQueues).
        func collect() throws {
            if case .cuda(let gpu) = chunk {
                do {
                    try gpu.collect(buffers: gpuBuffers)
                } catch {
                    throw DeviceFailed(stepsDone: done, error: error)
                }
            }
            if fixedQueues { projections.forEach { $0.spikesInFlight.unpackQueues() } }
        }
        func set(_ key: ParameterKey, _ value: Double) {
            if let position = unit.parameter(key) { params[position] = value }
        }
        for (r, record) in stateRecords.enumerated() {
            set(.record(r, .capacity), Double(buffers.recordCapacity(r)))
            set(.record(r, .lo), Double(record.range.lowerBound))
            set(.record(r, .hi), Double(record.range.upperBound))
            set(.record(r, .every), Double(record.everySteps))
            set(.record(r, .start), Double(record.startStep))
        }
        for (p, population) in plan.populations.enumerated() where population.recordsSpikes {
            set(.spikeCapacity(population: p), Double(buffers.spikeCapacity))
        }
        while done < steps {
            buffers.resetCounts()
            var request = min(stepsPerChunk, steps - done)
            if switchedAtStep == nil, let upgrade, upgrade.building { request = min(request, upgrade.stepsPerChunkWhileBuilding) }
            if let sampler {
                let step = s0 + done
                if sampler.next(step) == step { sampler.sample(step, time(ofStep: step)) }
                if let next = sampler.next(step + 1) { request = min(request, next - step) }
            }
            let completed: Int64
            switch chunk {
            case .compiled(let compiled):
                completed = slots.withUnsafeMutableBufferPointer { compiled.function($0.baseAddress!, s0 + done, request) }
            case .cuda(let gpu):
                let batch = CUDAChunkPlan.batchSteps(requested: request, spikeCapacity: buffers.spikeCapacity,
                                                     recordedSizes: plan.populations.indices.filter { plan.populations[$0].recordsSpikes }.map { populations[$0].size },
                                                     records: stateRecords.indices.map { (buffers.recordCapacity($0), stateRecords[$0].everySteps) })
                do {
                    completed = try gpu.run(buffers: gpuBuffers, step0: s0 + done, nsteps: batch)
                } catch {
                    try? collect()
                    throw DeviceFailed(stepsDone: done, error: error)
                }
            }
            drain(buffers)
            done += completed
            if error[0] >= 0 || sampler != nil { try collect() }
            if error[0] >= 0 {
                throw NonFinite(population: Int(error[1]), variable: Int(error[2]), index: Int(error[3]), step: error[0])
            }
            if !progress(Progress(stepsDone: done, stepsTotal: steps)) && done < steps {
                try collect()
                throw Interrupted(stepsDone: done)
            }
            if switchedAtStep == nil, done < steps, let faster = upgrade?.poll(Progress(stepsDone: done, stepsTotal: steps)) {
                chunk = .compiled(faster)
                switchedAtStep = s0 + done
            }
        }
        try collect()
    }

    private func time(ofStep step: Int64) -> Double { t0 + Double(step - s0) * dt }

    private mutating func drain(_ buffers: ChunkBuffers) {
        for (index, population) in plan.populations.enumerated() where population.recordsSpikes {
            let (steps, indices, n) = buffers.spikes(of: index)
            // A chunk's spikes appended at once: the record is looked up twice per chunk, not twice per spike.
            let times = (0..<n).map { time(ofStep: steps[$0]) }
            spikeRecords[index]!.times.append(contentsOf: times)
            spikeRecords[index]!.indices.append(contentsOf: UnsafeBufferPointer(start: indices, count: n))
        }
        for r in stateRecords.indices {
            let rows = buffers.recordRows(r)
            let width = stateRecords[r].reduction == nil ? stateRecords[r].range.count : 1
            let buffer = buffers.record(r)
            for row in 0..<rows {
                let sample = Int64(stateRecords[r].values.count)
                stateRecords[r].times.append(time(ofStep: stateRecords[r].startStep + sample * Int64(stateRecords[r].everySteps)))
                stateRecords[r].values.append((0..<width).map { buffer[row * width + $0] })
            }
        }
        for (index, population) in populations.enumerated() {
            population.spikeCount = buffers.count(of: index)
        }
    }
}

/// Reads state from Swift at the start of chosen steps, between chunks.
struct StepSampler {
    /// The first step at or after the given one that is sampled; nil: none.
    let next: (Int64) -> Int64?
    /// Samples at the start of a step, at its time.
    let sample: (Int64, Double) -> Void
}
