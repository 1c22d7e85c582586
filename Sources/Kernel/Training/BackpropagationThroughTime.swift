import CBLAS
import Support

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
    /// Steps between the states the forward pass keeps; nil: about √T of the T steps. A K of T or more keeps every step,
    /// as a network with delayed couplings always does (a step reads states before its segment).
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
        /// The states of the `longestDelay` samples before it, the latest last: the `past` of a pass that goes on from `final`.
        public var past: [Double] = []
    }

    /// The state one Euler step after `state`, which is that of sample k.
    /// A network with delayed couplings needs the earlier states too (`segment`).
    public func stepped(_ state: [Double], sample k: Int) -> [Double] { step(state[...], sample: k, earlier: { _ in [] }).next }

    /// One Euler step from sample k's state, then spikes and resets: the next state, the accumulators the step took
    /// (for the adjoint, which evaluates the derivatives there), and ∂x'/∂x̃ and ∂x'/∂p through the reset (nil without spikes).
    private func step(_ state: ArraySlice<Double>, sample k: Int, earlier: (Int) -> ArraySlice<Double>)
        -> (next: [Double], accumulators: [Double], reset: (jacobian: [Double], parameters: [Double])?) {
        let (next, accumulators) = network.eulerStep(state, sample: k, earlier: earlier)
        guard let spikes = network.spikes else { return (next, accumulators, nil) }
        let reset = spikes.apply(next, parameters: network.parameters, neurons: network.neurons, variables: network.variables)
        return (reset.next, accumulators, (reset.jacobian, reset.parameterJacobian))
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
    /// backward pass needs of each step: its accumulators (neurons × (C + P) a step) and its reset.
    private struct Segment {
        var first: Int
        var states: [Double]
        var accumulators: [Double] = []
        var resets: [(jacobian: [Double], parameters: [Double])?] = []

        /// The state of sample j, which the segment holds or which is before the pass's first (`network.past`).
        func state(_ j: Int, of problem: BackpropagationThroughTime) -> ArraySlice<Double> {
            let width = problem.network.neurons * problem.network.variables
            return j >= first ? states[(j - first) * width..<(j - first + 1) * width] : problem.network.state(before: j, first: problem.start)
        }
    }

    private func segment(from initial: [Double], _ steps: Range<Int>) -> Segment {
        let width = network.neurons * network.variables
        var segment = Segment(first: steps.lowerBound, states: initial)
        segment.states.reserveCapacity((steps.count + 1) * width)
        segment.accumulators.reserveCapacity(steps.count * network.shape.neurons * network.shape.accumulators)
        for k in steps {
            let j = k - steps.lowerBound
            let local = step(segment.states[j * width..<(j + 1) * width], sample: k, earlier: { segment.state($0, of: self) })
            segment.accumulators += local.accumulators
            segment.resets.append(local.reset)
            segment.states += local.next
        }
        return segment
    }

    /// The steps between kept states: `checkpoint`, or ⌈√T⌉.
    public var checkpointInterval: Int {
        let steps = max(samples - start, 1)
        guard network.longestDelay == 0 else { return steps }
        return max(1, checkpoint ?? Int(Double(steps).squareRoot().rounded(.up)))
    }

    public func gradient() -> Gradient {
        let width = network.neurons * network.variables, interval = checkpointInterval
        let starts = Array(stride(from: start, to: samples, by: interval))
        // Forward: the state at each segment's start; the last segment's steps are kept whole.
        var checkpoints: [[Double]] = [], state = network.initial
        for first in starts.dropLast() {
            checkpoints.append(state)
            for k in first..<first + interval { state = stepped(state, sample: k) }
        }
        var last = segment(from: state, (starts.last ?? start)..<samples)
        let final = Array(last.states[(last.states.count - width)...])
        let past = (samples - network.longestDelay..<samples).flatMap { last.state($0, of: self) }
        var sums = AdjointSums(self)
        for s in starts.indices.reversed() {
            if s < checkpoints.count { last = segment(from: checkpoints[s], starts[s]..<starts[s] + interval) }
            for k in stride(from: last.first + last.resets.count - 1, through: last.first, by: -1) { sums.back(through: k, of: last, problem: self) }
        }
        var gradient = sums.gradient(final: final, problem: self)
        gradient.past = past
        return gradient
    }

    /// The adjoint λ as the backward pass goes, and the sums of the gradient.
    private struct AdjointSums {
        var adjoint: [Double]
        var total = 0.0
        var readout: [Double]
        var couplings: [[Double]]
        var parameters: [Double]
        let terms: Double
        /// λ_k as it is summed, each step's dt·λ·∂f/∂a, and one coupling's Wᵀ of it: reused by every step.
        private var previous: [Double], drive: [Double], back: [Double]
        /// What delayed recurrent couplings give the adjoint of the earlier samples they read, until the pass is there.
        private var delayed: [Int: [Double]] = [:]

        init(_ problem: BackpropagationThroughTime) {
            let network = problem.network, shape = network.shape
            adjoint = [Double](repeating: 0, count: network.neurons * network.variables)
            readout = [Double](repeating: 0, count: problem.readout.count)
            couplings = network.couplings.map { [Double](repeating: 0, count: $0.weights.count) }
            parameters = [Double](repeating: 0, count: network.parameters.count)
            terms = Double(max(problem.loss.count(problem.window.clamped(to: problem.start..<problem.samples), outputs: problem.outputs), 1))
            previous = adjoint
            drive = [Double](repeating: 0, count: shape.neurons * shape.accumulators)
            back = [Double](repeating: 0, count: network.neurons)
        }

        /// From λ_{k+1} to λ_k, through step k → k + 1 and the loss at sample k.
        mutating func back(through k: Int, of segment: Segment, problem: BackpropagationThroughTime) {
            let network = problem.network, outputs = problem.outputs, readoutWeights = problem.readout, shape = network.shape
            let n = network.neurons, m = network.variables, couplings = network.couplings.count
            let accumulators = shape.accumulators
            let j = k - segment.first, width = n * m
            let state = segment.states[j * width..<(j + 1) * width]
            if k + 1 < problem.samples {
                if let reset = segment.resets[j] { backThroughReset(reset, network: network) }
                // Through step k → k + 1: λ_k = λ_{k+1}(I + dt ∂f/∂x) + the couplings that read x_k.
                segment.states.withUnsafeBufferPointer { states in
                    segment.accumulators.withUnsafeBufferPointer { a in
                        network.step.adjoint(shape, states.baseAddress! + j * width, a.baseAddress! + j * n * accumulators, adjoint, &previous, &drive)
                    }
                }
                let count = network.parameterCount
                for i in 0..<n {
                    for p in 0..<count { parameters[i * count + p] += drive[i * accumulators + couplings + p] }
                }
                for c in 0..<couplings {
                    let columns = network.columns(c)
                    drive.withUnsafeBufferPointer { drive in
                        let mu = drive.baseAddress! + c, stride = Int32(accumulators)
                        network.withSource(c, sample: k, state: state, earlier: { segment.state($0, of: problem) }) { source in
                            network.blas.dger(CblasRowMajor, Int32(n), Int32(columns), 1, mu, stride, source, 1, &self.couplings[c], Int32(columns))
                        }
                        if case .recurrent = network.couplings[c].source {
                            network.blas.dgemv(CblasRowMajor, CblasTrans, Int32(n), Int32(n), 1, network.couplings[c].weights, Int32(n), mu, stride, 0, &back, 1)
                        }
                    }
                    if case .recurrent(let variable) = network.couplings[c].source {
                        let delay = network.couplings[c].delay
                        if delay == 0 {
                            for i in 0..<n { previous[i * m + variable] += back[i] }
                        } else if k - delay >= problem.start {
                            // x_{k−delay} is before the pass's first sample otherwise: a constant of the truncated pass.
                            var earlier = delayed[k - delay] ?? [Double](repeating: 0, count: width)
                            for i in 0..<n { earlier[i * m + variable] += back[i] }
                            delayed[k - delay] = earlier
                        }
                    }
                }
                swap(&adjoint, &previous)
            }
            if let later = delayed.removeValue(forKey: k) {
                for w in 0..<width { adjoint[w] += later[w] }
            }
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

        /// λ_{k+1} taken back through the spikes and resets of step k → k + 1: the parameters the spike rule reads gain
        /// λ_{k+1}·∂x'/∂p, and λ becomes λ̃ = λ_{k+1}·∂x'/∂x̃, neuron by neuron.
        private mutating func backThroughReset(_ reset: (jacobian: [Double], parameters: [Double]), network: EulerNetwork) {
            let n = network.neurons, m = network.variables, count = network.parameterCount
            if !reset.parameters.isEmpty {
                for i in 0..<n {
                    for p in 0..<count {
                        for u in 0..<m { parameters[i * count + p] += adjoint[i * m + u] * reset.parameters[(i * m + u) * count + p] }
                    }
                }
            }
            for w in 0..<n * m {
                let (i, v) = (w / m, w % m)
                previous[w] = (0..<m).reduce(0) { $0 + adjoint[i * m + $1] * reset.jacobian[(i * m + $1) * m + v] }
            }
            swap(&adjoint, &previous)
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
