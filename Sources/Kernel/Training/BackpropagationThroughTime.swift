import CBLAS

/// The loss (`Loss`) of a linear readout of an `EulerNetwork` over some samples, and its gradient with respect to the
/// readout's weights, every trainable coupling weight and the trained neuron parameters, by one forward pass from
/// `start` to `samples` and one backward (adjoint) pass. A later `start` truncates the backward pass there (truncated BPTT).
/// The forward pass keeps the state only every `checkpoint` steps and the backward pass recomputes each segment from
/// its checkpoint (Griewank 1992), so memory grows with T/K + K rather than T; the recomputed steps are the same
/// operations on the same values, so the gradient is the same to the bit whatever K is.
public struct BackpropagationThroughTime: Sendable {
    public var network: EulerNetwork
    /// (1 + neurons) × outputs: the bias row first.
    public var readout: [Double]
    /// What the readout's outputs should give at the samples of `window`.
    public var loss: Loss
    public var outputs: Int
    /// The network's `initial` state is that of sample `start`; the passes run over start..<samples.
    public var start = 0
    public var samples: Int
    public var window: Range<Int>
    /// Steps between the states the forward pass keeps; nil: about √T of the T steps. A K of T or more keeps every step.
    public var checkpoint: Int?

    public init(network: EulerNetwork, readout: [Double], loss: Loss, outputs: Int, samples: Int, window: Range<Int>) {
        self.network = network
        self.readout = readout
        self.loss = loss
        self.outputs = outputs
        self.samples = samples
        self.window = window
    }

    public struct Gradient: Sendable {
        public var loss: Double
        public var readout: [Double]
        public var couplings: [[Double]]
        /// ∂loss/∂p of the network's `parameters`, neurons × P.
        public var parameters: [Double]
        /// The state at sample `samples`, one step after the last.
        public var final: [Double]
    }

    /// The state one Euler step after `state`, which is that of sample k.
    public func stepped(_ state: [Double], sample k: Int) -> [Double] { step(state[...], sample: k).next }

    /// One Euler step from sample k's state, then spikes and resets, with each neuron's ∂f/∂x and ∂f/∂a_c there,
    /// and ∂x'/∂x̃ and ∂x'/∂p through the reset (for the adjoint; nil without spikes).
    private func step(_ state: ArraySlice<Double>, sample k: Int)
        -> (next: [Double], jacobian: [Double], slopes: [Double], reset: (jacobian: [Double], parameters: [Double])?) {
        let (next, local) = network.eulerStep(state, sample: k)
        guard let spikes = network.spikes else { return (next, local.jacobian, local.accumulatorSlopes, nil) }
        let reset = spikes.apply(next, parameters: network.parameters, neurons: network.neurons, variables: network.variables)
        return (reset.next, local.jacobian, local.accumulatorSlopes, (reset.jacobian, reset.parameterJacobian))
    }

    /// The readout's outputs at sample k from that sample's state.
    public func outputs(_ state: ArraySlice<Double>) -> [Double] {
        let n = network.neurons, m = network.variables, r = network.readVariable
        return (0..<outputs).map { o in
            var sum = readout[o]
            for i in 0..<n { sum += readout[(1 + i) * outputs + o] * state[state.startIndex + i * m + r] }
            return sum
        }
    }

    /// The steps first..<end from `initial` (the state of sample `first`): every state, first...end, and what the
    /// backward pass needs of each step.
    private struct Segment {
        var first: Int
        var states: [Double]
        var jacobians: [[Double]] = [], slopes: [[Double]] = [], resets: [(jacobian: [Double], parameters: [Double])?] = []
    }

    private func segment(from initial: [Double], _ steps: Range<Int>) -> Segment {
        let width = network.neurons * network.variables
        var segment = Segment(first: steps.lowerBound, states: initial)
        segment.states.reserveCapacity((steps.count + 1) * width)
        for k in steps {
            let j = k - steps.lowerBound
            let local = step(segment.states[j * width..<(j + 1) * width], sample: k)
            segment.jacobians.append(local.jacobian)
            segment.slopes.append(local.slopes)
            segment.resets.append(local.reset)
            segment.states += local.next
        }
        return segment
    }

    /// The steps between kept states: `checkpoint`, or ⌈√T⌉.
    public var checkpointInterval: Int {
        let steps = max(samples - start, 1)
        return max(1, checkpoint ?? Int(Double(steps).squareRoot().rounded(.up)))
    }

    public func gradient() -> Gradient {
        let width = network.neurons * network.variables, interval = checkpointInterval
        let starts = Array(stride(from: start, to: samples, by: interval))
        // Forward: the state at each segment's start; the last segment's steps are kept whole.
        var checkpoints: [[Double]] = [], state = network.initial
        for first in starts.dropLast() {
            checkpoints.append(state)
            for k in first..<first + interval { state = step(state[...], sample: k).next }
        }
        var last = segment(from: state, (starts.last ?? start)..<samples)
        let final = Array(last.states[(last.states.count - width)...])
        var sums = AdjointSums(self)
        for s in starts.indices.reversed() {
            if s < checkpoints.count { last = segment(from: checkpoints[s], starts[s]..<starts[s] + interval) }
            for k in stride(from: last.first + last.resets.count - 1, through: last.first, by: -1) { sums.back(through: k, of: last, problem: self) }
        }
        return sums.gradient(final: final, problem: self)
    }

    /// The adjoint λ as the backward pass goes, and the sums of the gradient.
    private struct AdjointSums {
        var adjoint: [Double]
        var total = 0.0
        var readout: [Double]
        var couplings: [[Double]]
        var parameters: [Double]
        let terms: Double

        init(_ problem: BackpropagationThroughTime) {
            let network = problem.network
            adjoint = [Double](repeating: 0, count: network.neurons * network.variables)
            readout = [Double](repeating: 0, count: problem.readout.count)
            couplings = network.couplings.map { [Double](repeating: 0, count: $0.weights.count) }
            parameters = [Double](repeating: 0, count: network.parameters.count)
            terms = Double(max(problem.loss.count(problem.window.clamped(to: problem.start..<problem.samples), outputs: problem.outputs), 1))
        }

        /// From λ_{k+1} to λ_k, through step k → k + 1 and the loss at sample k.
        mutating func back(through k: Int, of segment: Segment, problem: BackpropagationThroughTime) {
            let network = problem.network, outputs = problem.outputs, readoutWeights = problem.readout
            let n = network.neurons, m = network.variables, couplings = network.couplings.count, dt = network.dt
            let accumulators = couplings + network.parameterCount
            let j = k - segment.first, width = n * m
            let state = segment.states[j * width..<(j + 1) * width]
            // Through step k → k + 1: λ_k = λ_{k+1}(I + dt ∂f/∂x) + the couplings that read x_k.
            if k + 1 < problem.samples, let reset = segment.resets[j] {
                // The parameters the spike rule reads: λ_{k+1}·∂x'/∂p.
                let count = network.parameterCount
                if !reset.parameters.isEmpty {
                    for i in 0..<n {
                        for p in 0..<count {
                            for u in 0..<m { parameters[i * count + p] += adjoint[i * m + u] * reset.parameters[(i * m + u) * count + p] }
                        }
                    }
                }
                // Back through the reset: λ̃ = λ_{k+1}·∂x'/∂x̃, neuron by neuron.
                adjoint = (0..<width).map { w in
                    let (i, v) = (w / m, w % m)
                    return (0..<m).reduce(0) { $0 + adjoint[i * m + $1] * reset.jacobian[(i * m + $1) * m + v] }
                }
            }
            var previous = adjoint
            if k + 1 < problem.samples {
                let jacobian = segment.jacobians[j], slope = segment.slopes[j]
                var drive = [Double](repeating: 0, count: n * accumulators)
                for i in 0..<n {
                    for v in 0..<m {
                        var sum = 0.0
                        for u in 0..<m { sum += adjoint[i * m + u] * jacobian[i * m * m + u * m + v] }
                        previous[i * m + v] += dt * sum
                    }
                    for c in 0..<accumulators {
                        var sum = 0.0
                        for u in 0..<m { sum += adjoint[i * m + u] * slope[(i * accumulators + c) * m + u] }
                        drive[i * accumulators + c] = dt * sum
                    }
                    for p in 0..<network.parameterCount { parameters[i * network.parameterCount + p] += drive[i * accumulators + couplings + p] }
                }
                for c in 0..<couplings {
                    let source = network.source(c, sample: k, state: state), columns = network.columns(c)
                    let mu = (0..<n).map { drive[$0 * accumulators + c] }
                    cblas_dger(CblasRowMajor, Int32(n), Int32(columns), 1, mu, 1, source, 1, &self.couplings[c], Int32(columns))
                    if case .recurrent(let variable) = network.couplings[c].source {
                        var back = [Double](repeating: 0, count: n)
                        cblas_dgemv(CblasRowMajor, CblasTrans, Int32(n), Int32(n), 1, network.couplings[c].weights, Int32(n), mu, 1, 0, &back, 1)
                        for j in 0..<n { previous[j * m + variable] += back[j] }
                    }
                }
            }
            adjoint = previous
            // The loss at sample k.
            if problem.window.contains(k), let term = problem.loss.term(problem.outputs(state), sample: k) {
                total += term.value
                for o in 0..<outputs {
                    let g = term.slope[o] / terms
                    readout[o] += g
                    for i in 0..<n {
                        let r = state[state.startIndex + i * m + network.readVariable]
                        readout[(1 + i) * outputs + o] += g * r
                        adjoint[i * m + network.readVariable] += g * readoutWeights[(1 + i) * outputs + o]
                    }
                }
            }
        }

        func gradient(final: [Double], problem: BackpropagationThroughTime) -> Gradient {
            var couplings = couplings
            for c in couplings.indices {
                for k in couplings[c].indices where !problem.network.couplings[c].trainable[k] { couplings[c][k] = 0 }
            }
            return Gradient(loss: total / terms, readout: readout, couplings: couplings, parameters: parameters, final: final)
        }
    }
}
