import XCTest
import Kernel
import SomaTestSupport

/// Backpropagation through spikes and resets: the surrogate's slope stands for the spike's step.
final class SurrogateGradientTests: XCTestCase {
    private static let surrogates: [Surrogate] = [.piecewiseLinear(width: 0.5), .fastSigmoid(slope: 4), .arctan(slope: 2)]

    /// Three LIF neurons with a synaptic trace: V' = (−V + a_rec + a_in)/τ, s' = −s/τ_s; a spike where V > 1 resets
    /// V to 0 and adds 1 to s; the recurrent coupling reads s, two recorded inputs drive V; a readout of s to one output.
    private func problem(_ surrogate: Surrogate, smoothed: Bool) throws -> BackpropagationThroughTime {
        let (tau, tauS) = (1.0, 2.0)
        let slopes: EulerNetwork.Slopes = { x, a in
            var f: [Double] = [], jacobian: [Double] = [], accumulatorSlopes: [Double] = []
            for i in 0..<3 {
                f += [(-x[2 * i] + a[2 * i] + a[2 * i + 1]) / tau, -x[2 * i + 1] / tauS]
                jacobian += [-1 / tau, 0, 0, -1 / tauS]
                accumulatorSlopes += [1 / tau, 0, 1 / tau, 0]
            }
            return (f, jacobian, accumulatorSlopes)
        }
        let evaluate: SpikeRule.Evaluate = { x, _ in
            var condition: [Double] = [], conditionSlopes: [Double] = [], reset: [Double] = [], resetJacobian: [Double] = []
            for i in 0..<3 {
                condition.append(x[2 * i] - 1)
                conditionSlopes += [1, 0]
                reset += [0, x[2 * i + 1] + 1]
                resetJacobian += [0, 0, 0, 1]
            }
            return (condition, conditionSlopes, reset, resetJacobian, [], [])
        }
        var spikes = SpikeRule(evaluate: evaluate, surrogate: surrogate)
        spikes.smoothed = smoothed
        let samples = 40
        let inputs = (0..<samples * 2).map { 1.5 + sin(Double($0) * 0.7) }
        let recurrent = EulerNetwork.Coupling(source: .recurrent(variable: 1), weights: [0, -0.3, 0.4, 0.2, 0, -0.4, 0.5, 0.1, 0])
        let input = EulerNetwork.Coupling(source: .recorded(values: inputs, columns: 2), weights: [0.8, 0.3, 0.4, 0.6, 0.7, 0.2])
        var network = try EulerNetwork(neurons: 3, variables: 2, dt: 0.1, initial: [0.1, 0, 0.5, 0, 0.9, 0], couplings: [recurrent, input],
                                   slopes: slopes, readVariable: 1)
        network.spikes = spikes
        let targets = (0..<samples).map { 0.5 + 0.3 * cos(Double($0) * 0.2) }
        return BackpropagationThroughTime(network: network, readout: [0.1, 0.4, -0.2, 0.3], loss: .meanSquared(targets: targets), outputs: 1,
                                          samples: samples, window: 10..<40)
    }

    /// With the forward pass spiking by the smooth S whose slope the surrogate is, the adjoint gradient is exact:
    /// it matches central differences to 1e-6, for each surrogate, through every spike's reset.
    func testSurrogateGradientIsTheExactGradientOfTheSmoothedObjective() throws {
        for surrogate in Self.surrogates {
            let base = try problem(surrogate, smoothed: true)
            let gradient = base.gradient()
            let h = 1e-6
            func loss(_ change: (inout BackpropagationThroughTime) -> Void) -> Double {
                var copy = base
                change(&copy)
                return copy.gradient().loss
            }
            var worst = 0.0
            for c in 0..<2 {
                for k in base.network.couplings[c].weights.indices where base.network.couplings[c].trainable[k] {
                    let difference = (loss { $0.network.couplings[c].weights[k] += h } - loss { $0.network.couplings[c].weights[k] -= h }) / (2 * h)
                    worst = max(worst, abs(difference - gradient.couplings[c][k]) / max(abs(difference), 1e-3))
                }
            }
            for k in base.readout.indices {
                let difference = (loss { $0.readout[k] += h } - loss { $0.readout[k] -= h }) / (2 * h)
                worst = max(worst, abs(difference - gradient.readout[k]) / max(abs(difference), 1e-3))
            }
            XCTAssertLessThan(worst, 1e-6, "\(surrogate)")
        }
    }

    /// Two adaptive LIF neurons (Bellec et al. 2018's ALIF) as the evidence example has them: V' = (−V + a_rec + a_in)/τ,
    /// s' = −s/τ_s, a' = −a/τ_a; a spike where V > 1 + β·a resets V to 0 and adds 1 to s and to a, so the threshold
    /// carries the memory of past spikes; the recurrent coupling reads s, three recorded inputs drive V, a readout of s
    /// to two classes scored by cross-entropy over the last 15 steps.
    private func adaptiveProblem(_ surrogate: Surrogate, beta: Double, compiled: CompiledEulerSlopes? = nil) throws -> BackpropagationThroughTime {
        let (tau, tauS, tauA) = (1.0, 2.0, 5.0)
        let written: EulerNetwork.Slopes = { x, a in
            var f: [Double] = [], jacobian: [Double] = [], accumulatorSlopes: [Double] = []
            for i in 0..<2 {
                f += [(-x[3 * i] + a[2 * i] + a[2 * i + 1]) / tau, -x[3 * i + 1] / tauS, -x[3 * i + 2] / tauA]
                jacobian += [-1 / tau, 0, 0, 0, -1 / tauS, 0, 0, 0, -1 / tauA]
                accumulatorSlopes += [1 / tau, 0, 0, 1 / tau, 0, 0]
            }
            return (f, jacobian, accumulatorSlopes)
        }
        let writtenRule: SpikeRule.Evaluate = { x, _ in
            var condition: [Double] = [], conditionSlopes: [Double] = [], reset: [Double] = [], resetJacobian: [Double] = []
            for i in 0..<2 {
                condition.append(x[3 * i] - 1 - beta * x[3 * i + 2])
                conditionSlopes += [1, 0, -beta]
                reset += [0, x[3 * i + 1] + 1, x[3 * i + 2] + 1]
                resetJacobian += [0, 0, 0, 0, 1, 0, 0, 0, 1]
            }
            return (condition, conditionSlopes, reset, resetJacobian, [], [])
        }
        var slopes = written, rule = writtenRule
        if let system = compiled {
            slopes = { (x: [Double], a: [Double]) -> (f: [Double], jacobian: [Double], accumulatorSlopes: [Double]) in
                var f = [Double](repeating: 0, count: 6), jacobian = [Double](repeating: 0, count: 18)
                var accumulatorSlopes = [Double](repeating: 0, count: 12)
                system.evaluate(neurons: 2, states: x, accumulators: a, f: &f, jacobian: &jacobian, slopes: &accumulatorSlopes)
                return (f, jacobian, accumulatorSlopes)
            }
            rule = system.spikes(neurons: 2)
        }
        var spikes = SpikeRule(evaluate: rule, surrogate: surrogate)
        spikes.smoothed = true
        let samples = 50
        let inputs = (0..<samples * 3).map { 1.2 + sin(Double($0) * 0.9) + 0.5 * cos(Double($0) * 0.31) }
        let recurrent = EulerNetwork.Coupling(source: .recurrent(variable: 1), weights: [0, -0.4, 0.3, 0])
        let input = EulerNetwork.Coupling(source: .recorded(values: inputs, columns: 3), weights: [0.9, 0.4, -0.2, 0.3, 0.8, 0.5])
        var network = try EulerNetwork(neurons: 2, variables: 3, dt: 0.1, initial: [0.2, 0, 0, 0.7, 0.5, 0.3], couplings: [recurrent, input],
                                   slopes: slopes, readVariable: 1)
        network.spikes = spikes
        let labels = (0..<samples).map { $0 < samples - 15 ? Trial.unscored : 1 }
        return BackpropagationThroughTime(network: network, readout: [0.1, -0.1, 0.4, -0.3, -0.2, 0.5], loss: .crossEntropy(labels: labels), outputs: 2,
                                          samples: samples, window: 0..<samples)
    }

    /// The adjoint through the adaptive threshold: with smoothed spikes, the gradient of the cross-entropy with respect
    /// to every weight and readout entry matches central differences (h = 1e-6) to 1e-6 relative (1e-3 absolute
    /// below that), for each surrogate; the threshold's adaptation does reach the gradient (β = 0 gives another one).
    func testAdaptiveThresholdGradientIsTheExactGradientOfTheSmoothedObjective() throws {
        for surrogate in Self.surrogates {
            let base = try adaptiveProblem(surrogate, beta: 0.5)
            let gradient = base.gradient()
            let h = 1e-6
            func loss(_ change: (inout BackpropagationThroughTime) -> Void) -> Double {
                var copy = base
                change(&copy)
                return copy.gradient().loss
            }
            var worst = 0.0, checked = 0
            for c in 0..<2 {
                for k in base.network.couplings[c].weights.indices where base.network.couplings[c].trainable[k] {
                    let difference = (loss { $0.network.couplings[c].weights[k] += h } - loss { $0.network.couplings[c].weights[k] -= h }) / (2 * h)
                    worst = max(worst, abs(difference - gradient.couplings[c][k]) / max(abs(difference), 1e-3))
                    checked += 1
                }
            }
            for k in base.readout.indices {
                let difference = (loss { $0.readout[k] += h } - loss { $0.readout[k] -= h }) / (2 * h)
                worst = max(worst, abs(difference - gradient.readout[k]) / max(abs(difference), 1e-3))
                checked += 1
            }
            XCTAssertEqual(checked, 14)
            XCTAssertLessThan(worst, 1e-6, "\(surrogate)")
            let fixed = try adaptiveProblem(surrogate, beta: 0).gradient()
            XCTAssertGreaterThan(abs(fixed.couplings[1][0] - gradient.couplings[1][0]), 1e-3, "\(surrogate)")
        }
    }

    /// The same neurons written in the language, as bptt compiles them (f, ∂f/∂x, ∂f/∂a, the condition V − (1 + β·a), its
    /// slopes and the reset, generated C from the symbolic derivatives): the same loss and gradient as the hand-written
    /// ones above, which central differences checked, to 1e-12 relative.
    func testCompiledAdaptiveNeuronGivesTheCheckedGradient() throws {
        let interpreter = Interpreter.withPrivateCache()
        XCTAssertNil(firstError(interpreter.execute("""
            neuron ALIF {
              param tau = 1 s, tau_s = 2 s, tau_a = 5 s, beta = 0.5
              input I = 0
              var V = 0, s = 0, a = 0
              dV/dt = (-V + I) / tau
              ds/dt = -s / tau_s
              da/dt = -a / tau_a
              spike V > 1 + beta * a
              reset {
                V = 0
                s = s + 1
                a = a + 1
              }
            }
            population R = ALIF(2)
            couple R.s -> R.I weight = 0.3
            couple R.V -> R.I weight = 0.1
            """)))
        let population = try XCTUnwrap(interpreter.network.populations.first)
        guard case .binary(.greater, let left, let right)? = population.model.spike else { return XCTFail("not V > threshold") }
        var values = population.parameters
        values["I"] = 0
        let system = try CompiledEulerSlopes(model: population.model, values: values, accumulators: interpreter.network.couplings.map(\.accumulator),
                                             condition: left - right, cache: CodeCache())
        XCTAssertEqual(system.variables, ["V", "s", "a"])
        for surrogate in Self.surrogates {
            let written = try adaptiveProblem(surrogate, beta: 0.5).gradient()
            let compiled = try adaptiveProblem(surrogate, beta: 0.5, compiled: system).gradient()
            XCTAssertEqual(compiled.loss, written.loss, accuracy: 1e-12 * abs(written.loss))
            for (a, b) in zip(compiled.couplings.joined() + compiled.readout, written.couplings.joined() + written.readout) {
                XCTAssertEqual(a, b, accuracy: 1e-12 * max(abs(b), 1), "\(surrogate)")
            }
        }
    }

    /// Clipping keeps the gradient's direction and bounds its global norm; a gradient inside the bound is left as it is.
    func testClippingBoundsTheGlobalNormAndKeepsTheDirection() throws {
        let gradient = try adaptiveProblem(.fastSigmoid(slope: 4), beta: 0.5).gradient()
        let norm = gradient.norm
        XCTAssertGreaterThan(norm, 0)
        let clipped = gradient.clipped(to: norm / 4)
        XCTAssertEqual(clipped.norm, norm / 4, accuracy: 1e-12 * norm)
        for (a, b) in zip(clipped.couplings[1], gradient.couplings[1]) { XCTAssertEqual(a * 4, b, accuracy: 1e-12 * norm) }
        XCTAssertEqual(gradient.clipped(to: 2 * norm).readout, gradient.readout)
    }

    /// With hard spikes the neurons do spike and reset (the trace jumps by 1), and the gradient reaches the input
    /// weights through the spikes' surrogate slopes (a neuron's V reaches the readout only through its spikes).
    func testHardSpikesPassGradientThroughTheirSurrogate() throws {
        let base = try problem(.fastSigmoid(slope: 4), smoothed: false)
        var state = base.network.initial, jumps = 0
        for k in 0..<base.samples {
            let next = base.stepped(state, sample: k)
            jumps += (0..<3).filter { next[2 * $0 + 1] > state[2 * $0 + 1] + 0.5 }.count
            state = next
        }
        XCTAssertGreaterThan(jumps, 3)
        XCTAssertTrue(base.gradient().couplings[1].contains { abs($0) > 1e-6 })
    }

    /// Each surrogate's S goes from 0 to 1 and its derivative is S' (central differences).
    func testEachSurrogateIsTheSlopeOfItsSmoothedStep() {
        for surrogate in Self.surrogates {
            XCTAssertEqual(surrogate.smoothed(-50), 0, accuracy: 0.02)
            XCTAssertEqual(surrogate.smoothed(50), 1, accuracy: 0.02)
            XCTAssertEqual(surrogate.smoothed(0), 0.5, accuracy: 1e-15)
            for c in stride(from: -1.25, through: 1.25, by: 0.1) {  // off the kinks of S' at 0 and ±width
                let difference = (surrogate.smoothed(c + 1e-6) - surrogate.smoothed(c - 1e-6)) / 2e-6
                XCTAssertEqual(difference, surrogate.derivative(c), accuracy: 1e-7, "\(surrogate) at \(c)")
            }
        }
    }
}
