/// Where a kernel runs cells (`soma kernel --device`).
public enum KernelDevice: String, Sendable, CaseIterable {
    case cpu
    /// Accepted so that the protocol can be wired up; until the CUDA kernel exists
    /// the workbench refuses to switch to it and a kernel started on it answers
    /// every cell that it is not available yet.
    case cuda

    /// Whether cells can run there yet: the one fact the workbench and the kernel server both ask.
    public var isAvailable: Bool { self == .cpu }
}
