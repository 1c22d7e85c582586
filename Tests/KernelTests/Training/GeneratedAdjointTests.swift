import XCTest
import Kernel

/// The Euler step and its adjoint as generated C (`CompiledEulerSlopes`' `step` and `adjoint`), which bptt runs:
/// the bits of the gradient summed in Swift from the compiled f, ∂f/∂x and ∂f/∂a, and a gradient central differences check.
final class GeneratedAdjointTests: XCTestCase {
    /// Three neurons of a two-variable rate model written in the language, coupled to themselves through r and fed two
    /// recorded inputs, with τ trained (an accumulator after the couplings'), read out from r to two outputs.
    private func problem() throws -> (written: BackpropagationThroughTime, generated: BackpropagationThroughTime) {
        let interpreter = Interpreter.withPrivateCache()
        XCTAssertNil(firstError(interpreter.execute("""
            system Rate {
              param tau = 0.5, g = 2
              input I = 0
              var r = 0, h = 0.1
              dr/dt = (-r + tanh(I + h)) / tau
              dh/dt = (-h + g * r * tanh(I)) / (2 * tau)
            }
            population R = Rate(3)
            couple R.r -> R.I weight = 0.4
            couple R.h -> R.I weight = 0.2
            """)))
        let population = try XCTUnwrap(interpreter.network.populations.first)
        var values = population.parameters
        values["I"] = 0
        let system = try CompiledEulerSlopes(model: population.model, values: values, accumulators: interpreter.network.couplings.map(\.accumulator),
                                             trained: ["tau"], cache: CodeCache())
        let slopes: EulerNetwork.Slopes = { x, a in
            var f = [Double](repeating: 0, count: 6), jacobian = [Double](repeating: 0, count: 12), accumulatorSlopes = [Double](repeating: 0, count: 18)
            system.evaluate(neurons: 3, states: x, accumulators: a, f: &f, jacobian: &jacobian, slopes: &accumulatorSlopes)
            return (f, jacobian, accumulatorSlopes)
        }
        let samples = 40
        let inputs = (0..<samples * 2).map { sin(Double($0) * 0.7) }
        let recurrent = EulerNetwork.Coupling(source: .recurrent(variable: 0), weights: [0.5, -0.3, 0.1, 0.2, 0.1, -0.4, -0.2, 0.6, 0.3])
        let input = EulerNetwork.Coupling(source: .recorded(values: inputs, columns: 2), weights: [0.8, -0.2, 0.4, 0.5, -0.6, 0.1])
        var network = try EulerNetwork(neurons: 3, variables: 2, dt: 0.05, initial: [0.1, -0.2, 0.3, 0.05, -0.1, 0.2],
                                   couplings: [recurrent, input], slopes: slopes, readVariable: 0)
        network.parameters = [0.5, 0.6, 0.4]
        let targets = (0..<samples * 2).map { cos(Double($0) * 0.3) * 0.5 }
        let written = BackpropagationThroughTime(network: network, readout: [0.1, -0.1, 0.7, 0.2, -0.5, 0.4, 0.3, -0.6],
                                                 loss: .meanSquared(targets: targets), outputs: 2, samples: samples, window: 5..<samples)
        var generated = written
        generated.network.step = EulerNetwork.Step(forward: { shape, x, a, next in
            system.step(neurons: shape.neurons, dt: shape.dt, states: x, accumulators: a, next: next)
        }, adjoint: { shape, x, a, lambda, previous, drive in
            system.adjoint(neurons: shape.neurons, dt: shape.dt, states: x, accumulators: a, adjoint: lambda, previous: previous, drive: drive)
        })
        return (written, generated)
    }

    private func bits(_ g: BackpropagationThroughTime.Gradient) -> [UInt64] {
        ([g.loss] + g.readout + g.couplings.joined() + g.parameters + g.final).map(\.bitPattern)
    }

    /// The generated adjoint sums what the Swift loops over the compiled Jacobian sum, in their order, and its shared
    /// subexpressions give the bits of the unshared ones: the same gradient to the bit, with and without checkpoints.
    func testGeneratedAdjointGivesTheBitsOfTheLoopsOverTheJacobian() throws {
        var (written, generated) = try problem()
        XCTAssertEqual(bits(generated.gradient()), bits(written.gradient()))
        written.checkpoint = 7
        generated.checkpoint = 1_000_000
        XCTAssertEqual(bits(generated.gradient()), bits(written.gradient()))
    }

    /// The generated gradient in every weight, the readout and each neuron's τ against central differences to 1e-6.
    func testGeneratedAdjointMatchesCentralDifferences() throws {
        let base = try problem().generated
        let gradient = base.gradient(), h = 1e-6
        func slope(_ change: (inout BackpropagationThroughTime, Double) -> Void) -> Double {
            var up = base, down = base
            change(&up, h)
            change(&down, -h)
            return (up.gradient().loss - down.gradient().loss) / (2 * h)
        }
        var worst = 0.0
        func check(_ difference: Double, _ adjoint: Double) { worst = max(worst, abs(difference - adjoint) / max(abs(difference), 1e-3)) }
        for k in base.readout.indices { check(slope { $0.readout[k] += $1 }, gradient.readout[k]) }
        for c in base.network.couplings.indices {
            for k in base.network.couplings[c].weights.indices { check(slope { $0.network.couplings[c].weights[k] += $1 }, gradient.couplings[c][k]) }
        }
        for i in base.network.parameters.indices { check(slope { $0.network.parameters[i] += $1 }, gradient.parameters[i]) }
        XCTAssertLessThan(worst, 1e-6)
        XCTAssertTrue(gradient.parameters.allSatisfy { $0 != 0 })
    }
}
