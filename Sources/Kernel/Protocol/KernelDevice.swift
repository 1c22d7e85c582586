/// Where a kernel runs cells (`soma kernel --device`).
public enum KernelDevice: String, Sendable, CaseIterable {
    case cpu
    /// Accepted so that the workbench can be wired up; every cell answers that
    /// the CUDA kernel is not available yet.
    case cuda

    /// Whether cells can run there yet: the workbench refuses to switch to a device that cannot.
    public var isAvailable: Bool { self == .cpu }
}
