import JIT

/// Where a kernel runs cells (`soma kernel --device`).
public enum KernelDevice: String, Sendable, CaseIterable {
    case cpu
    /// NVIDIA GPUs through the CUDA driver and NVRTC, both opened at run time (JIT/CUDADriver, JIT/NVRTC).
    case cuda

    /// Why cells cannot run there on this machine, naming what is missing; nil where they can. The
    /// one fact the workbench and the kernel server both ask.
    public var unavailability: String? {
        switch self {
        case .cpu: return nil
        case .cuda:
            if let missing = CUDAProbe.missing { return missing.summary }
            // The code, the compiler and the driver are all here, but cells are not yet run through
            // the CUDA launch path (CUDAChunk): saying so is better than running them on the CPU unasked.
            return "running cells on the GPU is not wired into the kernel yet (soma emit --target cuda shows the code it would run)"
        }
    }

    public var isAvailable: Bool { unavailability == nil }
}
