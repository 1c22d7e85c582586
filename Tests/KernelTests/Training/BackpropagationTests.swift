import XCTest
import Kernel

/// The adjoint gradient of `BackpropagationThroughTime` against central finite differences of its own loss.
final class BackpropagationTests: XCTestCase {
    /// Three neurons of two variables, x0' = −x0 + tanh(a0 + a1), x1' = −x1/2 + x0·x1/10 + a1, a0 a recurrent
    /// coupling of x0 and a1 a coupling of two recorded inputs; a readout of x0 to two outputs over samples 5..<30.
    private func problem() throws -> BackpropagationThroughTime {
        let slopes = EulerNetwork.threeTwoVariableNeurons
        let samples = 30
        let inputs = (0..<samples * 2).map { sin(Double($0) * 0.7) }
        let recurrent = EulerNetwork.Coupling(source: .recurrent(variable: 0), weights: [0.5, -0.3, 0, 0.2, 0.1, -0.4, 0, 0.6, 0.3])
        let input = EulerNetwork.Coupling(source: .recorded(values: inputs, columns: 2), weights: [0.8, -0.2, 0.4, 0.5, -0.6, 0.1])
        let network = try EulerNetwork(neurons: 3, variables: 2, dt: 0.1, initial: [0.1, -0.2, 0.3, 0.05, -0.1, 0.2],
                                   couplings: [recurrent, input], slopes: slopes, readVariable: 0)
        let targets = (0..<samples * 2).map { cos(Double($0) * 0.3) * 0.5 }
        return BackpropagationThroughTime(network: network, readout: [0.1, -0.1, 0.7, 0.2, -0.5, 0.4, 0.3, -0.6],
                                          loss: .meanSquared(targets: targets), outputs: 2, samples: samples, window: 5..<30)
    }

    func testAdjointGradientMatchesCentralDifferences() throws {
        let base = try problem()
        let gradient = base.gradient()
        let h = 1e-6
        func loss(_ change: (inout BackpropagationThroughTime) -> Void) -> Double {
            var copy = base
            change(&copy)
            return copy.gradient().loss
        }
        var worst = 0.0
        for k in base.readout.indices {
            let difference = (loss { $0.readout[k] += h } - loss { $0.readout[k] -= h }) / (2 * h)
            worst = max(worst, abs(difference - gradient.readout[k]) / max(abs(difference), 1e-3))
        }
        for c in 0..<2 {
            for k in base.network.couplings[c].weights.indices {
                let difference = (loss { $0.network.couplings[c].weights[k] += h } - loss { $0.network.couplings[c].weights[k] -= h }) / (2 * h)
                let expected = base.network.couplings[c].trainable[k] ? difference : 0
                worst = max(worst, abs(expected - gradient.couplings[c][k]) / max(abs(difference), 1e-3))
            }
        }
        XCTAssertLessThan(worst, 1e-6)
        XCTAssertEqual(gradient.couplings[0][2], 0, "a weight that is 0 is not a connection and stays 0")
    }

    /// A student with the teacher's structure and perturbed weights learns the teacher's outputs: Adam on the
    /// adjoint gradient takes the loss below a hundredth of where it started.
    func testAStudentNetworkLearnsItsTeachersOutputs() throws {
        let teacher = try problem()
        var student = teacher
        student.loss = .meanSquared(targets: (0..<teacher.samples).flatMap { k -> [Double] in
            var state = teacher.network.initial
            for step in 0..<k { state = teacher.stepped(state, sample: step) }
            return teacher.outputs(state[...])
        })
        for k in student.readout.indices { student.readout[k] *= 1 + 0.3 * sin(Double(k) + 1) }
        for c in student.network.couplings.indices {
            for k in student.network.couplings[c].weights.indices { student.network.couplings[c].weights[k] *= 1 + 0.3 * cos(Double(k)) }
        }
        let first = student.gradient().loss
        var readoutAdam = Adam(learningRate: 0.01, count: student.readout.count)
        var couplingAdams = student.network.couplings.map { Adam(learningRate: 0.01, count: $0.weights.count) }
        for _ in 0..<300 {
            let gradient = student.gradient()
            readoutAdam.step(&student.readout, gradient: gradient.readout)
            for c in couplingAdams.indices { couplingAdams[c].step(&student.network.couplings[c].weights, gradient: gradient.couplings[c]) }
        }
        XCTAssertLessThan(student.gradient().loss, first / 100)
    }

    /// A tiny E/I rate network on two decision trials: r' = (−r + softplus(a_rec + a_in))/τ, neurons 0 and 1 excitatory and
    /// 2 inhibitory (the columns' signs), the weights used as |p|·sign. The cross-entropy's gradient by the adjoint and the
    /// chain rule through |p|·sign against central differences in the free parameters p.
    func testCrossEntropyGradientOfAnEIRateNetworkWithDalesLawMatchesCentralDifferences() throws {
        let tau = 0.1
        let slopes: EulerNetwork.Slopes = { x, a in
            var f: [Double] = [], jacobian: [Double] = [], accumulatorSlopes: [Double] = []
            for i in 0..<3 {
                let u = a[2 * i] + a[2 * i + 1], sigmoid = 1 / (1 + exp(-u))
                f.append((-x[i] + log(1 + exp(u))) / tau)
                jacobian.append(-1 / tau)
                accumulatorSlopes += [sigmoid / tau, sigmoid / tau]
            }
            return (f, jacobian, accumulatorSlopes)
        }
        let recurrent = EulerNetwork.Coupling(source: .recurrent(variable: 0), weights: [0.5, 0.3, -0.9, 0.2, 0.6, -0.4, 0.7, 0.1, -1.1])
        let input = EulerNetwork.Coupling(source: .recorded(values: [], columns: 3), weights: [0.8, -0.2, 0.4, 0.5, -0.6, 0.1, 0.3, 0.9, -0.7])
        let network = try EulerNetwork(neurons: 3, variables: 1, dt: 0.02, initial: [0.1, 0.2, 0.3], couplings: [recurrent, input], slopes: slopes,
                                   readVariable: 0)
        let base = BackpropagationThroughTime(network: network, readout: (0..<12).map { 0.3 * sin(Double($0) + 0.5) }, loss: .crossEntropy(labels: []),
                                              outputs: 3, samples: 0, window: 0..<0)
        let task = PerceptualDecision(coherences: [0.128, 0.512], fixation: 2, stimulus: 5...5, decision: 2, noise: 0.2)
        var random = CounterRandom(seed: 7, stream: 1)
        let trials = (0..<2).map { t -> Trial in
            random.startNeuron(t)
            return task.trial(&random)
        }
        let signed = [SignedWeights(recurrent.weights), SignedWeights(input.weights)]
        func loss(_ free: [[Double]]) -> Double {
            var problem = base
            for c in 0..<2 {
                var weights = signed[c]
                weights.free = free[c]
                problem.network.couplings[c].weights = weights.weights
            }
            return problem.gradient(over: trials, input: 1).loss
        }
        let gradient = base.gradient(over: trials, input: 1)
        let h = 1e-6
        var worst = 0.0
        for c in 0..<2 {
            let chained = signed[c].gradient(gradient.couplings[c])
            for k in signed[c].free.indices {
                var up = signed.map(\.free), down = up
                up[c][k] += h
                down[c][k] -= h
                let difference = (loss(up) - loss(down)) / (2 * h)
                worst = max(worst, abs(difference - chained[k]) / max(abs(difference), 1e-3))
            }
        }
        for k in base.readout.indices {
            var up = base, down = base
            up.readout[k] += h
            down.readout[k] -= h
            let difference = (up.gradient(over: trials, input: 1).loss - down.gradient(over: trials, input: 1).loss) / (2 * h)
            worst = max(worst, abs(difference - gradient.readout[k]) / max(abs(difference), 1e-3))
        }
        XCTAssertLessThan(worst, 1e-6)
        XCTAssertEqual(signed[0].weights, recurrent.weights, "|p|·sign gives the weights back")
    }

    /// A step of Adam through |p|·sign never turns a weight's sign: a large learning rate takes weights to 0 or keeps them.
    func testSignedWeightsNeverChangeSign() {
        var weights = SignedWeights([0.5, -0.3, 0, 0.2])
        var adam = Adam(learningRate: 1, count: 4)
        for _ in 0..<20 { adam.step(&weights.free, gradient: weights.gradient([1, -1, 1, 1])) }
        for (w, s) in zip(weights.weights, [1.0, -1, 0, 1]) { XCTAssertGreaterThanOrEqual(w * s, 0) }
        XCTAssertEqual(weights.weights[2], 0)
    }
}
