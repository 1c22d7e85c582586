import XCTest
import Kernel

/// The adjoint gradient of `BackpropagationThroughTime` against central finite differences of its own loss.
final class BackpropagationTests: XCTestCase {
    /// Three neurons of two variables, x0' = −x0 + tanh(a0 + a1), x1' = −x1/2 + x0·x1/10 + a1, a0 a recurrent
    /// coupling of x0 and a1 a coupling of two recorded inputs; a readout of x0 to two outputs over samples 5..<30.
    private func problem() -> BackpropagationThroughTime {
        let slopes: EulerNetwork.Slopes = { x, a in
            var f: [Double] = [], jacobian: [Double] = [], accumulatorSlopes: [Double] = []
            for i in 0..<3 {
                let (x0, x1, a0, a1) = (x[2 * i], x[2 * i + 1], a[2 * i], a[2 * i + 1])
                let t = tanh(a0 + a1), sech2 = 1 - t * t
                f += [-x0 + t, -x1 / 2 + x0 * x1 / 10 + a1]
                jacobian += [-1, 0, x1 / 10, -0.5 + x0 / 10]
                accumulatorSlopes += [sech2, 0, sech2, 1]
            }
            return (f, jacobian, accumulatorSlopes)
        }
        let samples = 30
        let inputs = (0..<samples * 2).map { sin(Double($0) * 0.7) }
        let recurrent = EulerNetwork.Coupling(source: .recurrent(variable: 0), weights: [0.5, -0.3, 0, 0.2, 0.1, -0.4, 0, 0.6, 0.3])
        let input = EulerNetwork.Coupling(source: .recorded(values: inputs, columns: 2), weights: [0.8, -0.2, 0.4, 0.5, -0.6, 0.1])
        let network = EulerNetwork(neurons: 3, variables: 2, dt: 0.1, initial: [0.1, -0.2, 0.3, 0.05, -0.1, 0.2],
                                   couplings: [recurrent, input], slopes: slopes, readVariable: 0)
        let targets = (0..<samples * 2).map { cos(Double($0) * 0.3) * 0.5 }
        return BackpropagationThroughTime(network: network, readout: [0.1, -0.1, 0.7, 0.2, -0.5, 0.4, 0.3, -0.6],
                                          loss: .meanSquared(targets: targets), outputs: 2, samples: samples, window: 5..<30)
    }

    func testAdjointGradientMatchesCentralDifferences() {
        let base = problem()
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
    func testAStudentNetworkLearnsItsTeachersOutputs() {
        let teacher = problem()
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
}
