/// FORCE learning as Sussillo & Abbott (2009) define it: while the network runs, its readout z = Wᵀ[1, r] is fed
/// back into it through fixed weights, and W is updated by recursive least squares every `every` samples, so the
/// trajectory the weights are fitted on depends on the weights themselves (which is why this runs inside the
/// network's steps and not on a recording). After the learning samples the network runs on with W fixed and the
/// feedback still on: closed loop.
public struct ForceWithFeedback: Sendable {
    /// f of every neuron at states x (neurons × m) and accumulators a (neurons × couplings), written to f
    /// (neurons × m): what a step needs of the slopes, without their derivatives.
    public typealias Rates = @Sendable (_ x: UnsafePointer<Double>, _ accumulators: UnsafePointer<Double>, _ f: UnsafeMutablePointer<Double>) -> Void

    /// Stepped by Euler's method; its last coupling is the feedback (neurons × outputs weights), whose source the
    /// readout's outputs of each sample replace. The others are recurrent: a recorded source would be read at sample 0.
    public var network: EulerNetwork
    public var rates: Rates
    public var outputs: Int
    /// The read variable's display unit over its SI unit: the readout reads display units, as `TrainedReadout` does.
    public var readScale: Double
    /// The outputs' SI unit over their display unit: what the feedback weights multiply is in SI.
    public var outputScale: Double
    public var alpha: Double
    public var every: Int
    /// Threads the RLS pass may use (see `RecursiveLeastSquares`): 1 or 2 (a `RecursiveLeastSquares.Partner` for the
    /// run's length, where the pass is split); a run is the same bits with either. The
    /// recurrent sums stay on one: at p = 0.1 a step's are too little work to hand a second thread (split by rows,
    /// the sine example at N = 1000 took 1.1 s more system time waking it).
    public var threads = 2

    /// `rates`: f alone, where the network's slopes would also give the derivatives (nil: its slopes' f).
    public init(network: EulerNetwork, outputs: Int, readScale: Double, outputScale: Double, alpha: Double, every: Int, rates: Rates? = nil) {
        self.network = network
        let slopes = network.slopes, count = network.neurons * network.variables
        let width = network.neurons * (network.couplings.count + network.parameterCount)
        self.rates = rates ?? { x, a, f in
            let local = slopes(Array(UnsafeBufferPointer(start: x, count: count)), Array(UnsafeBufferPointer(start: a, count: width)))
            f.update(from: local.f, count: count)
        }
        self.outputs = outputs
        self.readScale = readScale
        self.outputScale = outputScale
        self.alpha = alpha
        self.every = every
    }

    /// What a run gives: the outputs of every sample run (samples × outputs, each from that sample's state and the
    /// weights before its update, as fed back), the final weights ((1 + neurons) × outputs) and the state (neurons × m)
    /// at the sample after the last of `learning`, where the closed loop starts. A run stopped after sample S gives
    /// what a run of S samples gives, bit for bit: the steps before S do not depend on what comes after.
    public struct Run: Sendable {
        public var outputs: [Double]
        public var weights: [Double]
        public var closedLoopStart: [Double]
        /// The samples run: all that were asked for, or those before a stop.
        public var samples: Int
    }

    /// Told after each block of samples (the last may be shorter): the samples done and the mean square of
    /// z − target over the block's samples and outputs. False stops the run there; after the last block it stops nothing.
    public typealias Progress = (_ done: Int, _ blockError: Double) -> Bool

    /// Runs `samples` steps from the network's initial state, which is that of sample 0. At the samples of `learning`
    /// that are a multiple of `every` after its start, one RLS update towards that sample's `targets` row (samples ×
    /// outputs); the other rows are read only for the error `progress` is told every `block` samples.
    ///
    /// A step: the features [1, r·readScale], z = Wᵀ of them (summed over the features in order), the update with
    /// e = z − target where due, then every coupling's accumulator (recurrent ones as `SparseRows` sums, the
    /// feedback Σ_o w_f[i, o] · (z_o · outputScale) in o's order), f by `rates`, and x ← x + dt · f. Nothing is
    /// allocated per step.
    public func run(samples: Int, learning: Range<Int>, targets: [Double], block: Int = 1000, progress: Progress? = nil) -> Run {
        let n = network.neurons, m = network.variables, read = network.readVariable
        let couplings = network.couplings.count, feedback = couplings - 1, o = outputs
        let recurrent: [(rows: SparseRows, variable: Int)] = network.couplings.dropLast().map { coupling in
            guard case .recurrent(let variable) = coupling.source else { preconditionFailure("FORCE's couplings but the feedback are recurrent") }
            return (SparseRows(dense: coupling.weights, rows: n, columns: n), variable)
        }
        let feedbackWeights = network.couplings[feedback].weights
        var rls = RecursiveLeastSquares(features: 1 + n, outputs: o, alpha: alpha)
        let partner = threads >= 2 && rls.splits ? RecursiveLeastSquares.Partner() : nil
        defer { partner?.finish() }
        var state = network.initial, closedLoopStart = state
        var features = [Double](repeating: 1, count: 1 + n), z = [Double](repeating: 0, count: o)
        var accumulators = [Double](repeating: 0, count: n * couplings), f = [Double](repeating: 0, count: n * m)
        var produced = [Double](repeating: 0, count: samples * o)
        var run = samples, squares = 0.0
        for k in 0..<samples {
            if k == learning.upperBound { closedLoopStart = state }
            for i in 0..<n { features[1 + i] = state[i * m + read] * readScale }
            rls.outputs(features, into: &z)
            for q in 0..<o { produced[k * o + q] = z[q] }
            if learning.contains(k), (k - learning.lowerBound) % every == 0 {
                for q in 0..<o { z[q] -= targets[k * o + q] }
                z.withUnsafeBufferPointer { rls.update(x: features, error: $0.baseAddress!, partner: partner) }
                for q in 0..<o { z[q] = produced[k * o + q] }
            }
            state.withUnsafeBufferPointer { x in
                accumulators.withUnsafeMutableBufferPointer { a in
                    for (c, coupling) in recurrent.enumerated() {
                        coupling.rows.multiply(x.baseAddress! + coupling.variable, step: m, into: a.baseAddress! + c, stride: couplings)
                    }
                    for i in 0..<n {
                        var sum = 0.0
                        for q in 0..<o { sum += feedbackWeights[i * o + q] * (z[q] * outputScale) }
                        a[i * couplings + feedback] = sum
                    }
                    f.withUnsafeMutableBufferPointer { rates(x.baseAddress!, a.baseAddress!, $0.baseAddress!) }
                }
            }
            for v in state.indices { state[v] += network.dt * f[v] }
            if let progress {
                for q in 0..<o { squares += (produced[k * o + q] - targets[k * o + q]) * (produced[k * o + q] - targets[k * o + q]) }
                let done = k + 1
                guard done % block == 0 || done == samples else { continue }
                let goesOn = progress(done, squares / Double((done - 1) % block + 1) / Double(o))
                squares = 0
                if !goesOn, done < samples { run = done; break }
            }
        }
        if learning.upperBound >= run { closedLoopStart = state }
        return Run(outputs: Array(produced[0..<run * o]), weights: rls.weights, closedLoopStart: closedLoopStart, samples: run)
    }
}
