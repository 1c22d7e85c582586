import Language
import Model
import Symbolic

/// `connect poisson(N, rate = ...) -> B using SYN w = ...`: N independent Poisson sources per target
/// neuron, never materialised: each step, each target draws how many fired (binomial(N, rate·dt)) and
/// its synapse's `on pre` increments are applied that many times at once.
public struct PoissonInput: Sendable {
    public var target: Int
    public var synapse: SynapseModel
    public var count: Int
    /// Of t; Hz.
    public var rate: Expr
    public var weight: Double
    /// Per-post variable (the target's name) → what one source spike adds, over w and the target's parameters.
    public var increments: [(variable: String, delta: Expr)]
    /// Inside an instance, the stream its draws come from (`NetworkPopulation.randomStream`).
    public var randomStream: UInt32? = nil
    /// The seed its draws use: the run's, or a sweep member's own, mixed with its instance's name hash.
    public var seed: DrawSeed = .run
    /// Where its `connect poisson(...)` statement was written.
    public var declarationRange: SourceRange? = nil
}
