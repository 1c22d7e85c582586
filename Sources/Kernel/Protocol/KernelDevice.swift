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
    /// kernel process only); nil on the CPU or where `unavailability` says why not.
    public var gpu: CUDASession? {
        guard self == .cuda, case .success(let session) = CUDASession.shared else { return nil }
        return session
    }

    public var isAvailable: Bool { unavailability == nil }
}
