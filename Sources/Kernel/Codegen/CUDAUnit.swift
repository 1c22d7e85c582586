import Language

/// The CUDA C of one network, its buffers, and the kernels one step launches in order.
///
/// Every kernel takes the same arguments — `(void **slot, const double *P, i64 s, unsigned char
/// *flags)`: the device's slot table (device pointers in `slots` order), its parameter block, the
/// step, and one byte per neuron of the population it works on (a region of its own per population
/// in one buffer), which the update kernel leaves for the block that lists spikes (bit 0: fired,
/// bit 1: a non-finite value). A kernel returns at once once the error slot holds a step (-1 until a
/// value goes non-finite), so the chunk stops where the CPU's would.
public struct CUDAUnit: Sendable {
    /// NVRTC options every unit needs: the functions the C back end renders carry no execution space,
    /// and a fused multiply-add would round differently from the CPU's code.
    public static let requiredOptions = ["-default-device", "--fmad=false"]

    public var source: String
    public var slots: [Slot]
    public var parameters: [ParameterKey]
    /// Generated line → the model text it came from.
    public var origins: [Int: SourceRange]
    /// The kernels of one step, in launch order.
    public var step: [CUDALaunch]

    public init(source: String, slots: [Slot], parameters: [ParameterKey], origins: [Int: SourceRange], step: [CUDALaunch]) {
        self.source = source
        self.slots = slots
        self.parameters = parameters
        self.origins = origins
        self.step = step
    }

    /// The options for PTX of one compute capability, e.g. `compute_80`.
    public static func options(architecture: String) -> [String] {
        ["--gpu-architecture=\(architecture)"] + requiredOptions
    }
}

/// One kernel of a step and how many threads it runs.
public struct CUDALaunch: Sendable, Hashable {
    public enum Threads: Sendable, Hashable {
        /// One thread per neuron of a population.
        case perNeuron(population: Int)
        /// One block of `CUDALaunch.blockSize` threads that share a population's neurons in order.
        case block(population: Int)
        /// One thread: work whose order the CPU fixes (events, recording).
        case single
    }

    public static let blockSize = 256

    public var kernel: String
    public var threads: Threads

    public init(kernel: String, threads: Threads) {
        self.kernel = kernel
        self.threads = threads
    }

    /// The population whose region of the flags the kernel reads or writes.
    public var population: Int? {
        switch threads {
        case .perNeuron(let population), .block(let population): return population
        case .single: return nil
        }
    }
}
