import Codegen
import JIT

/// Runs a CUDA unit's steps on a GPU (CUDAChunkPlan's launches through CUDAContext). Every buffer
/// goes to the device before the first batch; between batches only what the host resets goes out
/// and what it reads comes back (CUDAChunkPlan: spikes — as many as the batch filled —, samples,
/// counts, the error record), and `collect` brings the state back when the host needs it: at the
/// end of a run, before an error is reported, before Swift reads state mid-run.
/// One CUDAChunk serves one run, during which the host changes no state.
///
/// Written against the CUDA driver API and tested against a stand-in driver that runs the kernels
/// compiled for the CPU (Tests/KernelTests/CUDA/FakeDriver); it has not yet run on a GPU.
public final class CUDAChunk {
    private let context: CUDAContext
    private let unit: CUDAUnit
    private let plan: CUDAChunkPlan
    private let flags: UInt64
    private var table: UInt64 = 0
    private var device: [(address: UInt64, bytes: Int, copied: Bool)] = []

    /// Loads `ptx` (NVRTC's output for `unit`) into `context` for populations of `sizes` neurons.
    public init(context: CUDAContext, unit: CUDAUnit, ptx: [CChar], sizes: [Int]) throws(CUDAError) {
        self.context = context
        self.unit = unit
        plan = CUDAChunkPlan(unit: unit, sizes: sizes)
        try context.makeCurrent()
        try context.load(ptx: ptx, kernels: plan.launches.map(\.kernel))
        flags = try context.allocate(plan.flagBytes)
    }

    /// A run's device buffers go with it: a session of many runs does not fill the GPU.
    deinit {
        try? context.makeCurrent()
        device.forEach { context.free($0.address) }
        context.free(table)
        context.free(flags)
    }

    /// Runs steps step0 ..< step0 + nsteps with `buffers` in slot order (`unit.slots`; slot 0 is the
    /// parameter block); returns the steps done, fewer when a value went non-finite.
    public func run(buffers: [HostBuffer], step0: Int64, nsteps: Int64) throws(CUDAError) -> Int64 {
        try context.makeCurrent()
        try upload(buffers)
        // The four arguments every kernel takes (CUDAUnit); cuLaunchKernel copies their values at the launch.
        let arguments = UnsafeMutableRawPointer.allocate(byteCount: 32, alignment: 8)
        defer { arguments.deallocate() }
        arguments.storeBytes(of: table, toByteOffset: 0, as: UInt64.self)
        arguments.storeBytes(of: device[0].address, toByteOffset: 8, as: UInt64.self)
        let pointers = (0..<4).map { Optional(arguments + 8 * $0) }
        for s in step0..<(step0 + nsteps) {
            arguments.storeBytes(of: s, toByteOffset: 16, as: Int64.self)
            for launch in plan.launches {
                arguments.storeBytes(of: flags + UInt64(launch.flagOffset), toByteOffset: 24, as: UInt64.self)
                try context.launch(launch.kernel, blocks: launch.blocks, threads: launch.threads, arguments: pointers)
            }
        }
        try context.synchronize()
        try copyBack(buffers) { CUDAChunkPlan.isReadEachBatch($0) }
        // The error record is -1 until a value goes non-finite, then the step that ended with it (Simulator reads the rest).
        let failed = unit.slots.firstIndex(of: .error).map { buffers[$0].pointer.load(as: Int64.self) } ?? -1
        return failed >= 0 ? failed - step0 : nsteps
    }

    /// Copies back every buffer the kernels write.
    public func collect(buffers: [HostBuffer]) throws(CUDAError) {
        try context.makeCurrent()
        try copyBack(buffers) { !CUDAChunkPlan.isReadOnly($0) }
    }

    /// The buffers of `slots` the kernels write, a spike list only as far as its batch filled it
    /// (its total, among the buffers, copied first).
    private func copyBack(_ buffers: [HostBuffer], _ slots: (Slot) -> Bool) throws(CUDAError) {
        let lists = unit.slots.indices.filter {
            switch unit.slots[$0] { case .spikeIndex, .spikeStep: return true; default: return false }
        }
        for (k, buffer) in buffers.enumerated() where slots(unit.slots[k]) && !lists.contains(k) {
            try context.copy(toHost: buffer.pointer, from: device[k].address, bytes: buffer.bytes)
        }
        for k in lists where slots(unit.slots[k]) {
            let (p, entry) = switch unit.slots[k] {
            case .spikeIndex(let p): (p, MemoryLayout<Int32>.size)
            case .spikeStep(let p): (p, MemoryLayout<Int64>.size)
            default: (0, 0)
            }
            let filled = unit.slots.firstIndex(of: .spikeTotal(population: p)).map { Int(buffers[$0].pointer.load(as: Int64.self)) } ?? 0
            try context.copy(toHost: buffers[k].pointer, from: device[k].address, bytes: min(filled * entry, buffers[k].bytes))
        }
    }

    /// Device buffers for the host's (again where one has grown) and the slot table of their addresses.
    private func upload(_ buffers: [HostBuffer]) throws(CUDAError) {
        var changed = device.count != buffers.count
        if changed {
            device.forEach { context.free($0.address) }
            device = Array(repeating: (0, -1, false), count: buffers.count)
        }
        for (k, buffer) in buffers.enumerated() {
            if device[k].bytes != buffer.bytes {
                context.free(device[k].address)
                device[k] = (try context.allocate(buffer.bytes), buffer.bytes, false)
                changed = true
            }
            if !device[k].copied || CUDAChunkPlan.isResetEachBatch(unit.slots[k]) {
                try context.copy(toDevice: device[k].address, from: buffer.pointer, bytes: buffer.bytes)
                device[k].copied = true
            }
        }
        guard changed else { return }
        var addresses = device.map(\.address)
        let bytes = addresses.count * MemoryLayout<UInt64>.size
        if table == 0 { table = try context.allocate(bytes) }
        try context.copy(toDevice: table, from: &addresses, bytes: bytes)
    }
}
