import XCTest
import Kernel

/// The adjoint through delayed couplings, and with noise held fixed, against central differences of the loss.
final class DelayedGradientTests: XCTestCase {
    /// Three neurons of two variables, x0' = −x0 + tanh(a0 + a1), x1' = −x1/2 + x0·x1/10 + a1: a0 reads x0 three steps
    /// late (the states before sample 0 from `past`, then `initial`), a1 two recorded inputs one step late.
    private func delayed(recurrentDelay: Int = 3) throws -> BackpropagationThroughTime {
        let slopes = EulerNetwork.threeTwoVariableNeurons
        let samples = 30
        let inputs = (0..<samples * 2).map { sin(Double($0) * 0.7) }
        let recurrent = EulerNetwork.Coupling(source: .recurrent(variable: 0), weights: [1.5, -0.9, 0, 0.6, 0.3, -1.2, 0, 1.8, 0.9], delay: recurrentDelay)
        let input = EulerNetwork.Coupling(source: .recorded(values: inputs, columns: 2), weights: [0.8, -0.2, 0.4, 0.5, -0.6, 0.1], delay: 1)
        var network = try EulerNetwork(neurons: 3, variables: 2, dt: 0.1, initial: [0.1, -0.2, 0.3, 0.05, -0.1, 0.2],
                                   couplings: [recurrent, input], slopes: slopes, readVariable: 0)
        network.past = [0.4, 0.1, -0.3, 0.2, 0.6, -0.1]
        let targets = (0..<samples * 2).map { cos(Double($0) * 0.3) * 0.5 }
        return BackpropagationThroughTime(network: network, readout: [0.1, -0.1, 0.7, 0.2, -0.5, 0.4, 0.3, -0.6],
                                          loss: .meanSquared(targets: targets), outputs: 2, samples: samples, window: 5..<30)
    }

    /// The largest relative difference between the adjoint gradient (readout and every coupling weight) and central
    /// differences of the loss with step 1e-6.
    private func worstError(_ base: BackpropagationThroughTime) -> Double {
        let gradient = base.gradient(), h = 1e-6
        func slope(_ change: (inout BackpropagationThroughTime, Double) -> Void) -> Double {
            var up = base, down = base
            change(&up, h)
            change(&down, -h)
            return (up.gradient().loss - down.gradient().loss) / (2 * h)
        }
        var worst = 0.0
        for k in base.readout.indices {
            let difference = slope { $0.readout[k] += $1 }
            worst = max(worst, abs(difference - gradient.readout[k]) / max(abs(difference), 1e-3))
        }
        for c in base.network.couplings.indices {
            for k in base.network.couplings[c].weights.indices where base.network.couplings[c].trainable[k] {
                let difference = slope { $0.network.couplings[c].weights[k] += $1 }
                worst = max(worst, abs(difference - gradient.couplings[c][k]) / max(abs(difference), 1e-3))
            }
        }
        return worst
    }

    func testGradientThroughDelayedCouplingsMatchesCentralDifferences() {
        XCTAssertLessThan(worstError(try delayed()), 1e-6)
        XCTAssertLessThan(worstError(try delayed(recurrentDelay: 1)), 1e-6)
    }

    /// A delay changes the gradient: the same network read without delay gives another one.
    func testDelayIsReadAndNotIgnored() throws {
        var undelayed = try delayed()
        for c in undelayed.network.couplings.indices { undelayed.network.couplings[c].delay = 0 }
        XCTAssertNotEqual(try delayed().gradient().loss, undelayed.gradient().loss)
    }

    /// A pass truncated at sample 12 goes on from the first pass's final state and its past: its forward steps are
    /// those of the whole run, so its loss over 12..<30 is the whole run's loss over that window.
    func testTruncatedPassGoesOnFromThePast() throws {
        var first = try delayed(), whole = try delayed()
        first.samples = 12
        first.window = 5..<12
        whole.window = 12..<30
        let head = first.gradient()
        var rest = try delayed()
        rest.network.initial = head.final
        rest.network.past = head.past
        rest.start = 12
        rest.window = 12..<30
        XCTAssertEqual(head.past.count, 3 * 6)
        XCTAssertEqual(rest.gradient().loss, whole.gradient().loss)
    }

    /// Noise held fixed: an Euler–Maruyama step of x' = −x + tanh(a_rec) + σ·ξ with the increments drawn once by
    /// seed and fed as a recorded input scaled by σ/√dt, so each step adds σ·√dt·ξ_k: the gradient of the loss
    /// of that one realisation against central differences.
    func testGradientWithNoiseHeldFixedMatchesCentralDifferences() throws {
        let n = 4, samples = 40, dt = 0.05
        var generator = SplitMix(seed: 7)
        let increments = (0..<samples * n).map { _ in generator.normal() }
        let slopes: EulerNetwork.Slopes = { x, a in
            var f: [Double] = [], jacobian: [Double] = [], accumulatorSlopes: [Double] = []
            for i in 0..<n {
                let t = tanh(a[2 * i])
                f.append(-x[i] + t + a[2 * i + 1])
                jacobian.append(-1)
                accumulatorSlopes += [1 - t * t, 1]
            }
            return (f, jacobian, accumulatorSlopes)
        }
        let recurrent = EulerNetwork.Coupling(source: .recurrent(variable: 0), weights: (0..<n * n).map { sin(Double($0) * 1.3) * 0.8 })
        var noise = EulerNetwork.Coupling(source: .recorded(values: increments, columns: n),
                                          weights: (0..<n * n).map { $0 % (n + 1) == 0 ? 0.3 / dt.squareRoot() : 0 })
        noise.trainable = noise.weights.map { _ in false }
        let network = try EulerNetwork(neurons: n, variables: 1, dt: dt, initial: [0.2, -0.1, 0.4, 0], couplings: [recurrent, noise],
                                   slopes: slopes, readVariable: 0)
        let targets = (0..<samples).map { 0.3 * sin(Double($0) * 0.2) }
        let problem = BackpropagationThroughTime(network: network, readout: [0.05, 0.4, -0.3, 0.2, 0.5], loss: .meanSquared(targets: targets),
                                                 outputs: 1, samples: samples, window: 10..<samples)
        XCTAssertLessThan(worstError(problem), 1e-6)
        XCTAssertEqual(problem.gradient().couplings[1], Array(repeating: 0, count: n * n), "the noise's scale is not trained")
    }
}

/// SplitMix64 with Box–Muller normals: a fixed realisation of the noise for the test.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func uniform() -> Double { (Double(next() >> 11) + 0.5) / Double(1 << 53) }
    mutating func normal() -> Double { (-2 * log(uniform())).squareRoot() * cos(2 * Double.pi * uniform()) }
}
