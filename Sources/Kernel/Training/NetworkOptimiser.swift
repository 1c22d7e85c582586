/// Adam on a readout and every coupling of an `EulerNetwork`, one optimiser per weight array; the couplings
/// named in `keepingSigns` are trained as `SignedWeights` (Dale's law); with a `clip`, each gradient is first
/// clipped to that global norm. The network's parameters are trained too: with `sharingParameters`, as one value
/// of each parameter for all neurons (moved by the sum of the neurons' gradients), else each neuron's own.
public struct NetworkOptimiser: Sendable {
    public var clip: Double?
    private var readout: Adam
    private var couplings: [Adam]
    private var signed: [SignedWeights?]
    private var parameters: Adam
    private let sharingParameters: Bool

    public init(_ problem: BackpropagationThroughTime, learningRate: Double, keepingSigns: Set<Int> = [], clip: Double? = nil,
                sharingParameters: Bool = false) {
        self.clip = clip
        self.sharingParameters = sharingParameters
        readout = Adam(learningRate: learningRate, count: problem.readout.count)
        couplings = problem.network.couplings.map { Adam(learningRate: learningRate, count: $0.weights.count) }
        parameters = Adam(learningRate: learningRate, count: sharingParameters ? problem.network.parameterCount : problem.network.parameters.count)
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
        guard sharingParameters, network.parameterCount > 0 else { return parameters.step(&network.parameters, gradient: gradient) }
        let count = network.parameterCount
        var shared = Array(network.parameters[0..<count])
        parameters.step(&shared, gradient: (0..<count).map { p in stride(from: p, to: gradient.count, by: count).reduce(0) { $0 + gradient[$1] } })
        network.parameters = (0..<network.neurons).flatMap { _ in shared }
    }
}
