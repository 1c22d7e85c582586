/// Adam on a readout and every coupling of an `EulerNetwork`, one optimiser per weight array; the couplings
/// named in `keepingSigns` are trained as `SignedWeights` (Dale's law); with a `clip`, each gradient is first
/// clipped to that global norm. The network's parameters are trained too: with `sharingParameters`, as one value
/// of each parameter for all neurons (moved by the sum of the neurons' gradients), else each neuron's own; Adam
/// moves each relative to its starting value, so that the learning rate is a fraction of a τ of 20 ms as of one of 2;
/// `parameterRate` is that rate (nil: the weights' `learningRate`).
public struct NetworkOptimiser: Sendable {
    public var clip: Double?
    private var readout: Adam
    private var couplings: [Adam]
    private var signed: [SignedWeights?]
    private var parameters: Adam
    private let sharingParameters: Bool
    /// What Adam's parameters are in units of: the starting values' sizes (1 for a 0).
    private let parameterScales: [Double]

    public init(_ problem: BackpropagationThroughTime, learningRate: Double, parameterRate: Double? = nil, keepingSigns: Set<Int> = [], clip: Double? = nil,
                sharingParameters: Bool = false) {
        self.clip = clip
        self.sharingParameters = sharingParameters
        readout = Adam(learningRate: learningRate, count: problem.readout.count)
        couplings = problem.network.couplings.map { Adam(learningRate: learningRate, count: $0.weights.count) }
        let start = sharingParameters ? Array(problem.network.parameters.prefix(problem.network.parameterCount)) : problem.network.parameters
        parameters = Adam(learningRate: parameterRate ?? learningRate, count: start.count)
        parameterScales = start.map { $0 == 0 ? 1 : abs($0) }
        signed = problem.network.couplings.indices.map { keepingSigns.contains($0) ? SignedWeights(problem.network.couplings[$0].weights) : nil }
    }

    /// One Adam step of every weight of `problem` down `gradient`.
    public mutating func step(_ problem: inout BackpropagationThroughTime, gradient unclipped: BackpropagationThroughTime.Gradient) {
        let gradient = clip.map { unclipped.clipped(to: $0) } ?? unclipped
        readout.step(&problem.readout, gradient: gradient.readout)
        stepParameters(&problem.network, gradient: gradient.parameters)
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

    private mutating func stepParameters(_ network: inout EulerNetwork, gradient: [Double]) {
        guard network.parameterCount > 0 else { return }
        let count = network.parameterCount
        let moved = sharingParameters ? Array(network.parameters[0..<count]) : network.parameters
        let slopes = sharingParameters
            ? (0..<count).map { p in stride(from: p, to: gradient.count, by: count).reduce(0) { $0 + gradient[$1] } } : gradient
        var scaled = zip(moved, parameterScales).map { $0 / $1 }
        parameters.step(&scaled, gradient: zip(slopes, parameterScales).map { $0 * $1 })
        let values = zip(scaled, parameterScales).map { $0 * $1 }
        network.parameters = sharingParameters ? (0..<network.neurons).flatMap { _ in values } : values
    }
}
