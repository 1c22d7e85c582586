/// Adam on a readout and every coupling of an `EulerNetwork`, one optimiser per weight array; the couplings
/// named in `keepingSigns` are trained as `SignedWeights` (Dale's law); with a `clip`, each gradient is first
/// clipped to that global norm.
public struct NetworkOptimiser: Sendable {
    public var clip: Double?
    private var readout: Adam
    private var couplings: [Adam]
    private var signed: [SignedWeights?]

    public init(_ problem: BackpropagationThroughTime, learningRate: Double, keepingSigns: Set<Int> = [], clip: Double? = nil) {
        self.clip = clip
        readout = Adam(learningRate: learningRate, count: problem.readout.count)
        couplings = problem.network.couplings.map { Adam(learningRate: learningRate, count: $0.weights.count) }
        signed = problem.network.couplings.indices.map { keepingSigns.contains($0) ? SignedWeights(problem.network.couplings[$0].weights) : nil }
    }

    /// One Adam step of every weight of `problem` down `gradient`.
    public mutating func step(_ problem: inout BackpropagationThroughTime, gradient unclipped: BackpropagationThroughTime.Gradient) {
        let gradient = clip.map { unclipped.clipped(to: $0) } ?? unclipped
        readout.step(&problem.readout, gradient: gradient.readout)
        for c in couplings.indices {
            guard var weights = signed[c] else {
                couplings[c].step(&problem.network.couplings[c].weights, gradient: gradient.couplings[c])
                continue
            }
            couplings[c].step(&weights.free, gradient: weights.gradient(gradient.couplings[c]))
            problem.network.couplings[c].weights = weights.weights
            signed[c] = weights
        }
    }
}
