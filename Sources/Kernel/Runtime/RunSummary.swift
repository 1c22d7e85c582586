import Language
import Network

/// What a finished run reports: its length and steps, how long compiling and simulating took, and whose code ran.
public struct RunSummary: Sendable, Codable {
    public var duration: Double
    public var timeUnit: DisplayUnit
    public var steps: Int64
    public var dt: Double
    public var compileSeconds: Double
    public var simulateSeconds: Double
    public var compiledFromCache: Bool
    public var precision: Precision = .f64
    /// Whose code ran at the end: tcc, or cc (the optimising tier).
    public var tier: JITTier = .tcc
    /// The GPU whose kernels ran the steps (NVRTC's code through the CUDA driver), by the driver's name; nil: this machine's CPU.
    public var gpu: String? = nil
    /// The step at which cc's code took over from tcc's mid-run, if it did.
    public var switchedAtStep: Int64? = nil
    /// An adaptive method's sub-steps over all neurons: kept, and rejected for their error; nil for fixed-step methods.
    public var subStepsTaken: Int64? = nil
    public var subStepsRejected: Int64? = nil
    /// A batch's members that went non-finite and stopped while the others ran to the end.
    public var stoppedMembers: [StoppedMember] = []
}
