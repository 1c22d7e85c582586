/// FORCE learning as Sussillo & Abbott (2009) define it: while the network runs, its readout z = Wᵀ[1, r] is fed
/// back into it through fixed weights, and W is updated by recursive least squares every `every` samples, so the
/// trajectory the weights are fitted on depends on the weights themselves (which is why this runs inside the
/// network's steps and not on a recording). After the learning samples the network runs on with W fixed and the
/// feedback still on: closed loop.
public struct ForceWithFeedback: Sendable {
    /// Stepped by Euler's method; its last coupling is the feedback (neurons × outputs weights), whose source the
    /// readout's outputs of each sample replace. The others are recurrent: a recorded source would be read at sample 0.
    public var network: EulerNetwork
    public var outputs: Int
    /// The read variable's display unit over its SI unit: the readout reads display units, as `TrainedReadout` does.
    public var readScale: Double
    /// The outputs' SI unit over their display unit: what the feedback weights multiply is in SI.
    public var outputScale: Double
    public var alpha: Double
    public var every: Int

    public init(network: EulerNetwork, outputs: Int, readScale: Double, outputScale: Double, alpha: Double, every: Int) {
        self.network = network
        self.outputs = outputs
        self.readScale = readScale
        self.outputScale = outputScale
        self.alpha = alpha
        self.every = every
    }

    /// Runs `samples` steps from the network's initial state, which is that of sample 0. At the samples of `learning`
    /// that are a multiple of `every` after its start, one RLS update towards that sample's `targets` row (samples ×
    /// outputs); the other samples' rows are not read. Returns the outputs of every sample (samples × outputs, each
    /// from that sample's state and the weights before its update, as fed back) and the final weights ((1 + neurons) × outputs).
    public func run(samples: Int, learning: Range<Int>, targets: [Double]) -> (outputs: [Double], weights: [Double]) {
        let n = network.neurons, m = network.variables, read = network.readVariable, feedback = network.couplings.count - 1
        var network = self.network, state = network.initial
        var rls = RecursiveLeastSquares(features: 1 + n, outputs: outputs, alpha: alpha)
        var features = [Double](repeating: 1, count: 1 + n), produced: [Double] = []
        produced.reserveCapacity(samples * outputs)
        for k in 0..<samples {
            for i in 0..<n { features[1 + i] = state[i * m + read] * readScale }
            let z = rls.outputs(features)
            produced += z
            if learning.contains(k), (k - learning.lowerBound) % every == 0 {
                targets.withUnsafeBufferPointer { rls.update(x: features, y: $0.baseAddress! + k * outputs) }
            }
            network.couplings[feedback].source = .recorded(values: z.map { $0 * outputScale }, columns: outputs)
            state = network.eulerStep(state[...], sample: 0).next
        }
        return (produced, rls.weights)
    }
}
