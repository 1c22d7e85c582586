import XCTest
import Kernel

/// Checkpointed backpropagation through time: the forward pass keeps the state every K steps and the backward pass
/// recomputes each segment; the gradient is the same to the bit as with every step kept.
final class CheckpointTests: XCTestCase {
    /// Two rate neurons of two variables with a recurrent and a recorded coupling and a trained τ each, 97 steps (a prime,
    /// so segments do not divide it), a readout of x0 over samples 10..<97.
    private func problem(spiking: Bool) throws -> BackpropagationThroughTime {
        let slopes: EulerNetwork.Slopes = { x, a in
            var f: [Double] = [], jacobian: [Double] = [], accumulatorSlopes: [Double] = []
            for i in 0..<2 {
                let (x0, x1, u, tau) = (x[2 * i], x[2 * i + 1], a[3 * i] + a[3 * i + 1], a[3 * i + 2])
                let t = tanh(u), sech2 = 1 - t * t
                f += [(-x0 + t + 0.2 * x1) / tau, -x1 / 2 + x0 / 3]
                jacobian += [-1 / tau, 0.2 / tau, 1.0 / 3, -0.5]
                accumulatorSlopes += [sech2 / tau, 0, sech2 / tau, 0, (x0 - t - 0.2 * x1) / (tau * tau), 0]
            }
            return (f, jacobian, accumulatorSlopes)
        }
        let samples = 97
        let inputs = (0..<samples * 2).map { 1.2 * sin(Double($0) * 0.37) + 0.6 }
        let recurrent = EulerNetwork.Coupling(source: .recurrent(variable: 0), weights: [0.4, -0.7, 0.9, 0.2])
        let input = EulerNetwork.Coupling(source: .recorded(values: inputs, columns: 2), weights: [0.8, -0.3, 0.5, 0.6])
        var network = try EulerNetwork(neurons: 2, variables: 2, dt: 0.1, initial: [0.1, 0, -0.2, 0.3], couplings: [recurrent, input], slopes: slopes,
                                   readVariable: 0)
        network.parameters = [0.9, 1.2]
        if spiking {
            network.spikes = SpikeRule(evaluate: { x, _ in
                ((0..<2).map { x[2 * $0] - 0.5 }, [1, 0, 1, 0], [0, x[1] + 1, 0, x[3] + 1], [0, 0, 0, 1, 0, 0, 0, 1], [], [])
            }, surrogate: .fastSigmoid(slope: 3))
        }
        let targets = (0..<samples).map { 0.3 * cos(Double($0) * 0.11) }
        return BackpropagationThroughTime(network: network, readout: [0.1, 0.6, -0.4], loss: .meanSquared(targets: targets), outputs: 1,
                                          samples: samples, window: 10..<samples)
    }

    private func assertIdentical(_ a: BackpropagationThroughTime.Gradient, _ b: BackpropagationThroughTime.Gradient, _ note: String) {
        XCTAssertEqual(a.loss.bitPattern, b.loss.bitPattern, note)
        XCTAssertEqual(a.readout.map(\.bitPattern), b.readout.map(\.bitPattern), note)
        XCTAssertEqual(a.couplings.map { $0.map(\.bitPattern) }, b.couplings.map { $0.map(\.bitPattern) }, note)
        XCTAssertEqual(a.parameters.map(\.bitPattern), b.parameters.map(\.bitPattern), note)
        XCTAssertEqual(a.final.map(\.bitPattern), b.final.map(\.bitPattern), note)
    }

    func testCheckpointedGradientIsBitIdenticalToKeepingEveryStep() throws {
        for spiking in [false, true] {
            var whole = try problem(spiking: spiking)
            whole.checkpoint = whole.samples
            let reference = whole.gradient()
            XCTAssertNotEqual(reference.parameters, [0, 0])
            for k in [nil, 1, 2, 7, 10, 96, 500] as [Int?] {
                var checkpointed = whole
                checkpointed.checkpoint = k
                assertIdentical(checkpointed.gradient(), reference, "K = \(k.map(String.init) ?? "√T"), spiking \(spiking)")
            }
        }
    }

    /// Truncated: a later start and the default K (⌈√T⌉ of the steps from it) as well.
    func testCheckpointedGradientFromALaterStartIsBitIdentical() throws {
        var whole = try problem(spiking: true)
        whole.start = 13
        whole.checkpoint = 1000
        var checkpointed = whole
        checkpointed.checkpoint = nil
        XCTAssertEqual(checkpointed.checkpointInterval, 10)
        assertIdentical(checkpointed.gradient(), whole.gradient(), "start 13")
    }
}
