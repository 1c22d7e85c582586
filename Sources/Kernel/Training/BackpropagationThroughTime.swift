import CBLAS

/// The loss (`Loss`) of a linear readout of an `EulerNetwork` over some samples, and its gradient with respect to the
/// readout's weights and every trainable coupling weight, by one forward pass from `start` to `samples` and one
/// backward (adjoint) pass. A later `start` truncates the backward pass there (truncated BPTT).
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
        /// The state at sample `samples`, one step after the last.
        public var final: [Double]
    }

    /// The state one Euler step after `state`, which is that of sample k.
    public func stepped(_ state: [Double], sample k: Int) -> [Double] { step(state[...], sample: k).next }

    /// One Euler step from sample k's state, then spikes and resets, with each neuron's ∂f/∂x and ∂f/∂a_c there
    /// and ∂x'/∂x̃ through the reset (for the adjoint; nil without spikes).
    private func step(_ state: ArraySlice<Double>, sample k: Int) -> (next: [Double], jacobian: [Double], slopes: [Double], reset: [Double]?) {
        let local = network.slopes(Array(state), network.accumulators(sample: k, state: state))
        var next = Array(state)
        for v in next.indices { next[v] += network.dt * local.f[v] }
        guard let spikes = network.spikes else { return (next, local.jacobian, local.accumulatorSlopes, nil) }
        let reset = spikes.apply(next, neurons: network.neurons, variables: network.variables)
        return (reset.next, local.jacobian, local.accumulatorSlopes, reset.jacobian)
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

    public func gradient() -> Gradient {
        let n = network.neurons, m = network.variables, couplings = network.couplings.count, dt = network.dt
        let width = n * m
        var states = network.initial
        states.reserveCapacity((samples - start + 1) * width)
        var jacobians: [[Double]] = [], slopes: [[Double]] = [], resets: [[Double]?] = []
        for k in start..<samples {
            let j = k - start
            let local = step(states[j * width..<(j + 1) * width], sample: k)
            jacobians.append(local.jacobian)
            slopes.append(local.slopes)
            resets.append(local.reset)
            states += local.next
        }
        let counted = window.clamped(to: start..<samples)
        let terms = Double(max(loss.count(counted, outputs: outputs), 1))
        var total = 0.0
        var readoutGradient = [Double](repeating: 0, count: readout.count)
        var couplingGradients = network.couplings.map { [Double](repeating: 0, count: $0.weights.count) }
        var adjoint = [Double](repeating: 0, count: width)
        for k in stride(from: samples - 1, through: start, by: -1) {
            let state = states[(k - start) * width..<(k - start + 1) * width]
            // Through step k → k + 1: λ_k = λ_{k+1}(I + dt ∂f/∂x) + the couplings that read x_k.
            if k + 1 < samples, let reset = resets[k - start] {
                // Back through the reset first: λ̃ = λ_{k+1}·∂x'/∂x̃, neuron by neuron.
                adjoint = (0..<width).map { w in
                    let (i, v) = (w / m, w % m)
                    return (0..<m).reduce(0) { $0 + adjoint[i * m + $1] * reset[(i * m + $1) * m + v] }
                }
            }
            var previous = adjoint
            if k + 1 < samples {
                let jacobian = jacobians[k - start], slope = slopes[k - start]
                var drive = [Double](repeating: 0, count: n * couplings)
                for i in 0..<n {
                    for v in 0..<m {
                        var sum = 0.0
                        for u in 0..<m { sum += adjoint[i * m + u] * jacobian[i * m * m + u * m + v] }
                        previous[i * m + v] += dt * sum
                    }
                    for c in 0..<couplings {
                        var sum = 0.0
                        for u in 0..<m { sum += adjoint[i * m + u] * slope[(i * couplings + c) * m + u] }
                        drive[i * couplings + c] = dt * sum
                    }
                }
                for c in 0..<couplings {
                    let source = network.source(c, sample: k, state: state), columns = network.columns(c)
                    let mu = (0..<n).map { drive[$0 * couplings + c] }
                    cblas_dger(CblasRowMajor, Int32(n), Int32(columns), 1, mu, 1, source, 1, &couplingGradients[c], Int32(columns))
                    if case .recurrent(let variable) = network.couplings[c].source {
                        var back = [Double](repeating: 0, count: n)
                        cblas_dgemv(CblasRowMajor, CblasTrans, Int32(n), Int32(n), 1, network.couplings[c].weights, Int32(n), mu, 1, 0, &back, 1)
                        for j in 0..<n { previous[j * m + variable] += back[j] }
                    }
                }
            }
            adjoint = previous
            // The loss at sample k.
            if window.contains(k), let term = loss.term(outputs(state), sample: k) {
                total += term.value
                for o in 0..<outputs {
                    let g = term.slope[o] / terms
                    readoutGradient[o] += g
                    for i in 0..<n {
                        let r = state[state.startIndex + i * m + network.readVariable]
                        readoutGradient[(1 + i) * outputs + o] += g * r
                        adjoint[i * m + network.readVariable] += g * readout[(1 + i) * outputs + o]
                    }
                }
            }
        }
        for c in couplingGradients.indices {
            for k in couplingGradients[c].indices where !network.couplings[c].trainable[k] { couplingGradients[c][k] = 0 }
        }
        return Gradient(loss: total / terms, readout: readoutGradient, couplings: couplingGradients,
                        final: Array(states[(samples - start) * width..<(samples - start + 1) * width]))
    }
}
