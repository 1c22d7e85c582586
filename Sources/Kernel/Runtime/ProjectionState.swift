import Codegen
import Foundation
import JIT
import Lowering
import Network
import Symbolic

/// What one projection holds at run time: the synapse list (drawn at the first
/// run, when the seed is known), per-synapse weights, delays and variables, per-source
/// variables, and the spikes in flight. What it connects and carries is its `NetworkProjection`.
public final class ProjectionState: @unchecked Sendable {
    private(set) var synapses: SynapseList?
    /// Synapses onto each target neuron (their positions in `synapses` and their sources, in increasing
    /// order): made with the list for `on post`, or when a GPU's target-parallel delivery first asks.
    private(set) var incoming: (starts: RawArray<UInt32>, positions: RawArray<Int32>, sources: RawArray<Int32>)?
    private var targetCount = 0
    private(set) var weights: StateBuffer?
    private(set) var delaySteps: RawArray<Int32>?
    private(set) var builtWithDt: Double?
    private(set) var state: [String: StateBuffer] = [:]
    private(set) var lastUpdate = RawArray<Double>(count: 0, fill: 0)
    /// Per-source variables (`per pre`), one value per source neuron, and the time each source's were last brought to.
    private(set) var sourceState: [String: StateBuffer] = [:]
    private(set) var sourceLastUpdate = RawArray<Double>(count: 0, fill: 0)
    private(set) var spikesInFlight = DelayRing(slots: 1, width: 0)
    /// The seed the list was drawn with; `reset` draws the values again from it, so they start as they did.
    private var drawnWithSeed: UInt64?
    private var valuesDrawn = false

    init() {}

    /// The same connections (shared: they never change) and the same numbers in buffers of its own (`store`).
    init(copying other: ProjectionState) {
        synapses = other.synapses
        incoming = other.incoming
        targetCount = other.targetCount
        weights = other.weights?.copy()
        delaySteps = other.delaySteps?.copy()
        builtWithDt = other.builtWithDt
        state = other.state.mapValues { $0.copy() }
        lastUpdate = other.lastUpdate.copy()
        sourceState = other.sourceState.mapValues { $0.copy() }
        sourceLastUpdate = other.sourceLastUpdate.copy()
        spikesInFlight = DelayRing(copying: other.spikesInFlight)
        drawnWithSeed = other.drawnWithSeed
        valuesDrawn = other.valuesDrawn
    }

    public var count: Int { synapses?.count ?? 0 }
    public var isBuilt: Bool { synapses != nil }

    /// Memory kept per synapse: its target index, weight, delay, per-synapse variables and event time, and its share of the
    /// row starts, counted from the arrays' lengths and element sizes.
    public var bytesPerSynapse: Double {
        guard let synapses, synapses.count > 0 else { return 0 }
        func size<T>(_ array: RawArray<T>) -> Int { array.count * MemoryLayout<T>.stride }
        var bytes = size(synapses.rows) + synapses.columns.buffer.bytes
        bytes += (weights.map { $0.count * ($0.precision == .f32 ? 4 : 8) } ?? 0) + (delaySteps.map(size) ?? 0)
        for buffer in Array(state.values) + Array(sourceState.values) { bytes += buffer.count * (buffer.precision == .f32 ? 4 : 8) }
        bytes += size(lastUpdate) + size(sourceLastUpdate)
        if let incoming { bytes += size(incoming.starts) + size(incoming.positions) + size(incoming.sources) }
        return Double(bytes) / Double(synapses.count)
    }

    /// Draws the connections and their values; the same seed gives the same list, bit for bit.
    func build(_ projection: NetworkProjection, sizes: (source: Int, target: Int), seed: UInt64, dt: Double, time: Double,
               parameters: [String: Double], cache: CodeCache) throws {
        guard !valuesDrawn else { return }
        let (synapse, stream, delay) = (projection.synapse, projection.stream, projection.delay)
        let seed = drawnWithSeed ?? seed
        let list = try synapses ?? SynapseList.build(projection.rule, sources: sizes.source, targets: sizes.target,
                                                 excludeSelf: projection.excludeSelf, key: Philox.key(seed: seed, stream: stream))
        func values(_ e: Expr, _ stream: UInt32) throws -> StateBuffer {
            try perSynapseValues(e, list, seed: seed, stream: stream, parameters: parameters, cache: cache)
        }
        if projection.weightPerSynapse { weights = try values(projection.weight.expr, stream ^ 0x0100_0000) }
        if case .perSynapse(let e) = delay {
            let seconds = try values(e, stream ^ 0x0200_0000)
            let steps = RawArray<Int32>(count: list.count, fill: 0)
            for k in 0..<list.count {
                guard seconds[k] >= 0 else { throw ProjectionError.invalidDelay(seconds[k]) }
                let value = (seconds[k] / dt).rounded()
                steps[k] = value > 0 ? Int32(min(value, Double(Int32.max - 1))) : 0
            }
            delaySteps = steps
        }
        for v in synapse.dynamics.variables where synapse.perSynapse.contains(v.name) {
            state[v.name] = try values(v.initial, stream ^ 0x0300_0000)
        }
        let eachSource = try SynapseList.build(.oneToOne, sources: sizes.source, targets: sizes.source, excludeSelf: false, key: Philox.key(seed: seed, stream: stream))
        for v in synapse.dynamics.variables where synapse.perPre.contains(v.name) {
            sourceState[v.name] = try perSynapseValues(v.initial, eachSource, seed: seed, stream: stream ^ 0x0400_0000,
                                                       parameters: parameters, cache: cache)
        }
        sourceLastUpdate = RawArray(count: synapse.perPre.isEmpty ? 0 : sizes.source, fill: time)
        synapses = list
        drawnWithSeed = seed
        valuesDrawn = true
        builtWithDt = dt
        lastUpdate = RawArray(count: synapse.perSynapse.isEmpty ? 0 : list.count, fill: time)
        targetCount = sizes.target
        incoming = nil
        if !synapse.onPost.isEmpty { try makeIncoming() }
    }

    /// Evaluated per synapse k (in list order) over i (source), j (target) and the synapse's parameters, in generated C.
    private func perSynapseValues(_ e: Expr, _ list: SynapseList, seed: UInt64, stream: UInt32,
                                  parameters: [String: Double], cache: CodeCache) throws -> StateBuffer {
        let e = e.substituting(parameters.mapValues(Expr.constant))
        let buffer = StateBuffer(count: list.count, precision: .f64)
        if let value = e.constantValue {
            for k in 0..<list.count { buffer[k] = value }
            return buffer
        }
        if let unbound = e.symbols.subtracting(["i", "j"]).sorted().first { throw UnboundSymbol(name: unbound) }
        let (code, _) = try cache.compiled(SynapseValuesCode.unit(e, width: list.columns.width))
        let seedBox = RawArray<UInt64>(count: 1, fill: seed)
        var slots: [UnsafeMutableRawPointer?] = [buffer.pointer, UnsafeMutableRawPointer(list.rows.pointer),
                                                 list.columns.buffer.pointer, UnsafeMutableRawPointer(seedBox.pointer)]
        _ = withExtendedLifetime(seedBox) { code.function(&slots, Int64(stream), Int64(list.rows.count - 1)) }
        return buffer
    }

    /// Sizes the spikes in flight for this dt: one slot more than the longest delay, in steps.
    func prepareDelays(_ delay: SynapseValue, sourceSize: Int, dt: Double) throws {
        let longest: Int
        switch delay {
        case .constant(let seconds):
            let steps = (seconds / dt).rounded()
            guard steps < 1e9 else { throw ProjectionError.delayTooLong(steps: Int(Int32.max)) }
            longest = Int(steps)
        case .perSynapse:
            if let built = builtWithDt, built != dt {
                throw ProjectionError.delaysRoundedToAnotherStep(built)
            }
            longest = Int((0..<count).map { delaySteps![$0] }.max() ?? 0)
        }
        let width = delay.isPerSynapse ? 0 : sourceSize
        let bytes = Double(longest + 1) * Double(max(width, 1)) * 4
        guard longest < Int32.max, bytes <= Double(ProcessInfo.processInfo.physicalMemory) / 4 else {
            throw ProjectionError.delayTooLong(steps: longest)
        }
        if spikesInFlight.slots != longest + 1 || spikesInFlight.width != width {
            spikesInFlight = DelayRing(slots: longest + 1, width: width)
        }
    }

    /// The connections stay; weights, delays and per-synapse variables are drawn again from the same numbers
    /// at the next run, and spikes in flight are dropped (`reset`).
    func restart() {
        valuesDrawn = false
        weights = nil
        delaySteps = nil
        state = [:]
        sourceState = [:]
        spikesInFlight = DelayRing(slots: 1, width: 0)
    }

    func convert(to precision: Precision) {
        weights = weights?.converted(to: precision)
        for (name, buffer) in state { state[name] = buffer.converted(to: precision) }
        for (name, buffer) in sourceState { sourceState[name] = buffer.converted(to: precision) }
    }

    /// The synapses by target, made once for the list drawn: by `build` for `on post`, and before a run whose code
    /// reads them (a GPU's delivery a thread per target, Runner.makeByTargetLists). Memory refused for them is
    /// `sortOutOfMemory`, thrown there, so that no run starts without them.
    func makeIncoming() throws(SynapseListFailure) {
        guard incoming == nil, let synapses else { return }
        let byTarget = try synapses.byColumn(targetCount)
        incoming = (byTarget.starts, byTarget.positions, byTarget.ids)
    }

    func buffer(for field: Slot.ProjectionField) -> HostBuffer? {
        switch field {
        case .rows: return synapses?.rows.buffer
        case .columns: return synapses?.columns.buffer
        case .weights: return weights?.buffer
        case .delays: return delaySteps?.buffer
        case .state(let variable): return state[variable]?.buffer
        case .last: return lastUpdate.buffer
        case .sourceState(let variable): return sourceState[variable]?.buffer
        case .sourceLast: return sourceLastUpdate.buffer
        case .incoming: return incoming?.starts.buffer
        case .incomingPositions: return incoming?.positions.buffer
        case .incomingSources: return incoming?.sources.buffer
        case .ring: return spikesInFlight.spikes.buffer
        case .ringCount: return spikesInFlight.counts.buffer
        // Records of host pointers that generated C grows with realloc: the CUDA back end reads `queueEvents` instead.
        case .queue: return HostBuffer(pointer: spikesInFlight.queue, bytes: spikesInFlight.slots * DelayRing.queueRecordBytes)
        case .queueEvents: return spikesInFlight.packQueues(capacity: count).buffer
        }
    }
}

enum ProjectionError: Error {
    case delaysRoundedToAnotherStep(Double)
    case delayTooLong(steps: Int)
    /// Negative or NaN.
    case invalidDelay(Double)
}

/// Spikes waiting for their delay: for a constant delay, the sources that fired,
/// one list per step slot; for per-synapse delays, a growable list of synapse
/// positions per slot (`soma_queue` in generated C, grown there with realloc).
final class DelayRing: @unchecked Sendable {
    let slots: Int
    let width: Int
    let spikes: RawArray<Int32>
    let counts: RawArray<Int64>
    /// `slots` records of { int *events; i64 n, capacity; }, zeroed.
    let queue: UnsafeMutableRawPointer

    static let queueRecordBytes = 24
    /// The rows `packQueues` made for the run on a GPU, and their length.
    private var packed: (events: RawArray<Int32>, capacity: Int)?

    init(slots: Int, width: Int) {
        self.slots = slots
        self.width = width
        spikes = RawArray(count: slots * width, fill: 0)
        counts = RawArray(count: slots, fill: 0)
        queue = calloc(slots, DelayRing.queueRecordBytes)!
    }

    /// The same spikes in flight, queues included, in memory of its own.
    init(copying other: DelayRing) {
        slots = other.slots
        width = other.width
        spikes = other.spikes.copy()
        counts = other.counts.copy()
        queue = calloc(slots, DelayRing.queueRecordBytes)!
        for s in 0..<slots {
            let offset = s * DelayRing.queueRecordBytes
            let n = other.queue.load(fromByteOffset: offset + 8, as: Int64.self)
            guard n > 0, let events = other.queue.load(fromByteOffset: offset, as: UnsafeMutableRawPointer?.self) else { continue }
            let copy = malloc(Int(n) * 4)!
            copy.copyMemory(from: events, byteCount: Int(n) * 4)
            queue.storeBytes(of: copy, toByteOffset: offset, as: UnsafeMutableRawPointer.self)
            queue.storeBytes(of: n, toByteOffset: offset + 8, as: Int64.self)
            queue.storeBytes(of: n, toByteOffset: offset + 16, as: Int64.self)
        }
    }

    /// The queues in the CUDA back end's form (Slot.ProjectionField.queueEvents), made from the host's
    /// at the start of a run; `unpackQueues` brings them back. A slot holds the events of one arrival
    /// step (the longest delay is one slot short of the ring), at most one per synapse: a synapse's
    /// one delay ties the step to one step of spikes, in which its source fired once or not at all.
    /// So a row of `capacity` (the synapses) never overflows.
    func packQueues(capacity: Int) -> RawArray<Int32> {
        let events = RawArray<Int32>(count: slots * capacity, fill: 0)
        for s in 0..<slots {
            let offset = s * DelayRing.queueRecordBytes
            let n = Int(queue.load(fromByteOffset: offset + 8, as: Int64.self))
            counts[s] = Int64(n)
            guard n > 0, let list = queue.load(fromByteOffset: offset, as: UnsafeMutableRawPointer?.self) else { continue }
            (events.pointer + s * capacity).update(from: list.assumingMemoryBound(to: Int32.self), count: n)
        }
        packed = (events, capacity)
        return events
    }

    /// The host's queues made again from what the CUDA kernels left in `packQueues`' rows.
    func unpackQueues() {
        guard let (events, capacity) = packed else { return }
        for s in 0..<slots {
            let offset = s * DelayRing.queueRecordBytes
            let n = Int(counts[s])
            var list = queue.load(fromByteOffset: offset, as: UnsafeMutableRawPointer?.self)
            if n > Int(queue.load(fromByteOffset: offset + 16, as: Int64.self)) {
                list = realloc(list, n * 4)!
                queue.storeBytes(of: list, toByteOffset: offset, as: UnsafeMutableRawPointer?.self)
                queue.storeBytes(of: Int64(n), toByteOffset: offset + 16, as: Int64.self)
            }
            if n > 0 { list!.copyMemory(from: events.pointer + s * capacity, byteCount: n * 4) }
            queue.storeBytes(of: Int64(n), toByteOffset: offset + 8, as: Int64.self)
        }
    }

    deinit {
        for s in 0..<slots { free(queue.load(fromByteOffset: s * DelayRing.queueRecordBytes, as: UnsafeMutableRawPointer?.self)) }
        free(queue)
    }
}
