import XCTest
import Kernel
import SomaTestSupport

/// Neuron parameters trained by backpropagation through time: each neuron's τ enters the slopes as an accumulator
/// after the couplings', so the adjoint gives ∂loss/∂τ as it gives ∂loss/∂W.
final class ParameterGradientTests: XCTestCase {
    /// Three rate neurons, x' = (−x + tanh(a_rec + a_in))/τ_i, with their own τ (the accumulator after the two couplings'),
    /// a readout of x to one output over samples 5..<40.
    private func rateProblem() throws -> BackpropagationThroughTime {
        let slopes: EulerNetwork.Slopes = { x, a in
            var f: [Double] = [], jacobian: [Double] = [], accumulatorSlopes: [Double] = []
            for i in 0..<3 {
                let (u, tau) = (a[3 * i] + a[3 * i + 1], a[3 * i + 2])
                let t = tanh(u), sech2 = 1 - t * t
                f.append((-x[i] + t) / tau)
                jacobian.append(-1 / tau)
                accumulatorSlopes += [sech2 / tau, sech2 / tau, (x[i] - t) / (tau * tau)]
            }
            return (f, jacobian, accumulatorSlopes)
        }
        let samples = 40
        let inputs = (0..<samples * 2).map { sin(Double($0) * 0.7) }
        let recurrent = EulerNetwork.Coupling(source: .recurrent(variable: 0), weights: [0.5, -0.3, 0, 0.2, 0.1, -0.4, 0, 0.6, 0.3])
        let input = EulerNetwork.Coupling(source: .recorded(values: inputs, columns: 2), weights: [0.8, -0.2, 0.4, 0.5, -0.6, 0.1])
        var network = try EulerNetwork(neurons: 3, variables: 1, dt: 0.1, initial: [0.1, -0.2, 0.3], couplings: [recurrent, input], slopes: slopes,
                                   readVariable: 0)
        network.parameters = [0.8, 1.3, 0.5]
        let targets = (0..<samples).map { 0.4 * cos(Double($0) * 0.3) }
        return BackpropagationThroughTime(network: network, readout: [0.1, 0.7, -0.5, 0.4], loss: .meanSquared(targets: targets), outputs: 1,
                                          samples: samples, window: 5..<40)
    }

    /// Three LIF neurons with a synaptic trace, each with its own membrane τ and threshold ϑ (the accumulators after the two
    /// couplings'): V' = (−V + a_rec + a_in)/τ_i, s' = −s/τ_s; a spike where V > ϑ_i resets V to 0.2·ϑ_i and adds 1 to s, by
    /// the smooth S of the surrogate so that the objective's gradient is exact; ϑ reaches the loss only through the spike rule.
    private func spikingProblem(_ surrogate: Surrogate) throws -> BackpropagationThroughTime {
        let tauS = 2.0
        let slopes: EulerNetwork.Slopes = { x, a in
            var f: [Double] = [], jacobian: [Double] = [], accumulatorSlopes: [Double] = []
            for i in 0..<3 {
                let (drive, tau) = (a[4 * i] + a[4 * i + 1], a[4 * i + 2])
                f += [(-x[2 * i] + drive) / tau, -x[2 * i + 1] / tauS]
                jacobian += [-1 / tau, 0, 0, -1 / tauS]
                accumulatorSlopes += [1 / tau, 0, 1 / tau, 0, (x[2 * i] - drive) / (tau * tau), 0, 0, 0]
            }
            return (f, jacobian, accumulatorSlopes)
        }
        let evaluate: SpikeRule.Evaluate = { x, p in
            var condition: [Double] = [], conditionSlopes: [Double] = [], reset: [Double] = [], resetJacobian: [Double] = []
            var parameterSlopes: [Double] = [], resetParameterSlopes: [Double] = []
            for i in 0..<3 {
                let threshold = p[2 * i + 1]
                condition.append(x[2 * i] - threshold)
                conditionSlopes += [1, 0]
                reset += [0.2 * threshold, x[2 * i + 1] + 1]
                resetJacobian += [0, 0, 0, 1]
                parameterSlopes += [0, -1]
                resetParameterSlopes += [0, 0.2, 0, 0]
            }
            return (condition, conditionSlopes, reset, resetJacobian, parameterSlopes, resetParameterSlopes)
        }
        var spikes = SpikeRule(evaluate: evaluate, surrogate: surrogate)
        spikes.smoothed = true
        let samples = 40
        let inputs = (0..<samples * 2).map { 1.5 + sin(Double($0) * 0.7) }
        let recurrent = EulerNetwork.Coupling(source: .recurrent(variable: 1), weights: [0, -0.3, 0.4, 0.2, 0, -0.4, 0.5, 0.1, 0])
        let input = EulerNetwork.Coupling(source: .recorded(values: inputs, columns: 2), weights: [0.8, 0.3, 0.4, 0.6, 0.7, 0.2])
        var network = try EulerNetwork(neurons: 3, variables: 2, dt: 0.1, initial: [0.1, 0, 0.5, 0, 0.9, 0], couplings: [recurrent, input],
                                   slopes: slopes, readVariable: 1)
        network.spikes = spikes
        network.parameters = [1.0, 1.0, 0.7, 0.9, 1.4, 1.1]
        let targets = (0..<samples).map { 0.5 + 0.3 * cos(Double($0) * 0.2) }
        return BackpropagationThroughTime(network: network, readout: [0.1, 0.4, -0.2, 0.3], loss: .meanSquared(targets: targets), outputs: 1,
                                          samples: samples, window: 10..<40)
    }

    /// The largest relative difference between the adjoint's ∂loss/∂p of each neuron's parameters and central differences of the loss with h = 1e-6.
    private func worstParameterError(_ base: BackpropagationThroughTime) -> Double {
        let gradient = base.gradient(), h = 1e-6
        var worst = 0.0
        for k in base.network.parameters.indices {
            var up = base, down = base
            up.network.parameters[k] += h
            down.network.parameters[k] -= h
            let difference = (up.gradient().loss - down.gradient().loss) / (2 * h)
            XCTAssertGreaterThan(abs(difference), 1e-4, "parameter \(k) moves the loss")
            worst = max(worst, abs(difference - gradient.parameters[k]) / max(abs(difference), 1e-3))
        }
        return worst
    }

    func testParameterGradientOfARateNetworkMatchesCentralDifferences() {
        XCTAssertLessThan(worstParameterError(try rateProblem()), 1e-6)
    }

    /// τ through the flow and ϑ through the spike's condition and reset.
    func testParameterGradientOfALIFNetworkThroughTheSurrogateMatchesCentralDifferences() {
        for surrogate in [Surrogate.piecewiseLinear(width: 0.5), .fastSigmoid(slope: 4), .arctan(slope: 2)] {
            XCTAssertLessThan(worstParameterError(try spikingProblem(surrogate)), 1e-6, "\(surrogate)")
        }
    }

    /// The same through generated code: the LIF neuron as the language writes it, compiled with τ and ϑ as accumulators after
    /// its two couplings', so the C gives ∂f/∂τ, ∂c/∂ϑ and ∂R/∂ϑ; its gradient in both against central differences to 1e-6.
    func testCompiledLIFGivesTheParameterGradientCentralDifferencesCheck() throws {
        let interpreter = Interpreter.withPrivateCache()
        XCTAssertNil(firstError(interpreter.execute("""
            neuron LIF {
              param tau = 1 s, tau_s = 2 s, Vth = 1
              input I = 0
              var V = 0, s = 0
              dV/dt = (-V + I) / tau
              ds/dt = -s / tau_s
              spike V > Vth
              reset {
                V = 0.2 * Vth
                s = s + 1
              }
            }
            population R = LIF(3)
            couple R.s -> R.I weight = 0.3
            couple R.V -> R.I weight = 0.1
            """)))
        let population = try XCTUnwrap(interpreter.network.populations.first)
        var values = population.parameters
        values["I"] = 0
        let system = try CompiledEulerSlopes(model: population.model, values: values, accumulators: interpreter.network.couplings.map(\.accumulator),
                                             trained: ["tau", "Vth"], condition: .symbol("V") - .symbol("Vth"), cache: CodeCache())
        XCTAssertTrue(system.reads.isSuperset(of: ["tau", "Vth"]))
        let slopes: EulerNetwork.Slopes = { x, a in
            var f = [Double](repeating: 0, count: 6), jacobian = [Double](repeating: 0, count: 12), accumulatorSlopes = [Double](repeating: 0, count: 24)
            system.evaluate(neurons: 3, states: x, accumulators: a, f: &f, jacobian: &jacobian, slopes: &accumulatorSlopes)
            return (f, jacobian, accumulatorSlopes)
        }
        for surrogate in [Surrogate.piecewiseLinear(width: 0.5), .fastSigmoid(slope: 4), .arctan(slope: 2)] {
            let written = try spikingProblem(surrogate)
            var compiled = written
            compiled.network.slopes = slopes
            compiled.network.spikes = SpikeRule(evaluate: system.spikes(neurons: 3), surrogate: surrogate)
            compiled.network.spikes?.smoothed = true
            XCTAssertLessThan(worstParameterError(compiled), 1e-6, "\(surrogate)")
            let (a, b) = (compiled.gradient(), written.gradient())
            for (x, y) in zip(a.parameters, b.parameters) { XCTAssertEqual(x, y, accuracy: 1e-12 * max(abs(y), 1), "\(surrogate)") }
        }
    }

    /// On a task's trials (cross-entropy, each trial from the initial state, the batch's mean): three rate neurons
    /// r' = (−r + softplus(a_rec + a_in))/τ_i, the gradient in τ_i against central differences to 1e-6.
    func testParameterGradientOverTrialsMatchesCentralDifferences() throws {
        let slopes: EulerNetwork.Slopes = { x, a in
            var f: [Double] = [], jacobian: [Double] = [], accumulatorSlopes: [Double] = []
            for i in 0..<3 {
                let (u, tau) = (a[3 * i] + a[3 * i + 1], a[3 * i + 2])
                let sigmoid = 1 / (1 + exp(-u)), softplus = log(1 + exp(u))
                f.append((-x[i] + softplus) / tau)
                jacobian.append(-1 / tau)
                accumulatorSlopes += [sigmoid / tau, sigmoid / tau, (x[i] - softplus) / (tau * tau)]
            }
            return (f, jacobian, accumulatorSlopes)
        }
        let recurrent = EulerNetwork.Coupling(source: .recurrent(variable: 0), weights: [0.5, 0.3, -0.9, 0.2, 0.6, -0.4, 0.7, 0.1, -1.1])
        let input = EulerNetwork.Coupling(source: .recorded(values: [], columns: 3), weights: [0.8, -0.2, 0.4, 0.5, -0.6, 0.1, 0.3, 0.9, -0.7])
        var network = try EulerNetwork(neurons: 3, variables: 1, dt: 0.02, initial: [0.1, 0.2, 0.3], couplings: [recurrent, input], slopes: slopes,
                                   readVariable: 0)
        network.parameters = [0.1, 0.15, 0.08]
        let base = BackpropagationThroughTime(network: network, readout: (0..<12).map { 0.3 * sin(Double($0) + 0.5) }, loss: .crossEntropy(labels: []),
                                              outputs: 3, samples: 0, window: 0..<0)
        let task = PerceptualDecision(coherences: [0.128, 0.512], fixation: 2, stimulus: 5...8, decision: 2, noise: 0.2)
        var random = CounterRandom(seed: 7, stream: 1)
        let trials = (0..<3).map { t -> Trial in
            random.startNeuron(t)
            return task.trial(&random)
        }
        let gradient = base.gradient(over: trials, input: 1), h = 1e-7
        var worst = 0.0
        for k in base.network.parameters.indices {
            var up = base, down = base
            up.network.parameters[k] += h
            down.network.parameters[k] -= h
            let difference = (up.gradient(over: trials, input: 1).loss - down.gradient(over: trials, input: 1).loss) / (2 * h)
            XCTAssertGreaterThan(abs(difference), 1e-4)
            worst = max(worst, abs(difference - gradient.parameters[k]) / max(abs(difference), 1e-3))
        }
        XCTAssertLessThan(worst, 1e-6)
    }

    /// Known answer: one linear rate unit r' = (−r + u(t))/τ driven by a recorded u; its trajectory made with τ = 0.5 is the
    /// target of the same unit started at τ = 1.5, readout fixed to r. Adam on τ alone recovers 0.5 to within 1e-4.
    func testTrainingTauRecoversTheTimeConstantThatMadeTheTrajectory() throws {
        let slopes: EulerNetwork.Slopes = { x, a in
            let (drive, tau) = (a[0], a[1])
            return ([(-x[0] + drive) / tau], [-1 / tau], [1 / tau, (x[0] - drive) / (tau * tau)])
        }
        let samples = 200
        let inputs = (0..<samples).map { sin(Double($0) * 0.05) + 0.5 * sin(Double($0) * 0.17) }
        let input = EulerNetwork.Coupling(source: .recorded(values: inputs, columns: 1), weights: [1])
        var teacher = try EulerNetwork(neurons: 1, variables: 1, dt: 0.05, initial: [0], couplings: [input], slopes: slopes, readVariable: 0)
        teacher.parameters = [0.5]
        var problem = BackpropagationThroughTime(network: teacher, readout: [0, 1], loss: .meanSquared(targets: []), outputs: 1,
                                                 samples: samples, window: 0..<samples)
        var state = teacher.initial, targets: [Double] = []
        for k in 0..<samples {
            targets.append(state[0])
            state = problem.stepped(state, sample: k)
        }
        problem.loss = .meanSquared(targets: targets)
        problem.network.parameters = [1.5]
        problem.network.couplings[0].trainable = [false]
        var adam = Adam(learningRate: 0.01, count: 1)
        for _ in 0..<2000 { adam.step(&problem.network.parameters, gradient: problem.gradient().parameters) }
        XCTAssertEqual(problem.network.parameters[0], 0.5, accuracy: 1e-4)
    }

    /// The optimiser's shared parameters: one τ for all neurons, moved by the sum of their gradients relative to its start, stays one value.
    func testSharedParametersStayOneValueForEveryNeuron() throws {
        var problem = try rateProblem()
        problem.network.parameters = [0.8, 0.8, 0.8]
        var optimiser = NetworkOptimiser(problem, learningRate: 0.01, sharingParameters: true)
        let before = problem.gradient()
        optimiser.step(&problem, gradient: before)
        let moved = problem.network.parameters
        XCTAssertEqual(Set(moved).count, 1)
        let sum = before.parameters.reduce(0, +)
        let relative = 0.8 * sum
        XCTAssertEqual(moved[0], 0.8 * (1 - 0.01 * relative / (abs(relative) + 1e-8)), accuracy: 1e-14,
                       "Adam's first step: lr·g/(|g| + ε) of the summed gradient, in units of the starting 0.8")
    }
}
