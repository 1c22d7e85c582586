import JIT
import Runtime

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
        case .cuda: return CUDAProbe.missing?.summary
        }
    }

    /// The GPU an interpreter on this device runs cells on, its context made on first asking (by the
    /// kernel process only), or what stops it: `unavailability`'s reason, or a context the driver
    /// refuses. Nil on the CPU.
    public var gpu: Result<CUDASession, CUDAError>? {
        guard self == .cuda else { return nil }
        if let missing = CUDAProbe.missing { return .failure(missing) }
        return CUDASession.shared
    }

    public var isAvailable: Bool { unavailability == nil }
}
