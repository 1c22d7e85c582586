import XCTest
import Kernel
@testable import Execution
import SomaTestSupport

/// An interrupt during `train ... by force(feedback = ...)` stops its one pass after the block of samples under way:
/// the weights RLS has learnt so far are the session's, a positioned line says after which sample it stopped and what
/// it kept, and later cells work. The stop comes from the progress hook after a given block, so where it lands does
/// not depend on timing.
final class ForceInterruptTests: XCTestCase {
    /// The linear unit of `ForceFeedbackTests` (r' = −r + 0.5 r − 0.8 z), learning a sine every 3 samples of 0..<120,
    /// then closed loop to 200.
    private func force() throws -> (ForceWithFeedback, targets: [Double]) {
        let slopes: EulerNetwork.Slopes = { x, a in ([-x[0] + a[0] + a[1]], [-1], [1, 1]) }
        let network = try EulerNetwork(neurons: 1, variables: 1, dt: 0.1, initial: [0.3],
                                   couplings: [.init(source: .recurrent(variable: 0), weights: [0.5]),
                                               .init(source: .recorded(values: [0], columns: 1), weights: [-0.8])],
                                   slopes: slopes, readVariable: 0)
        let force = ForceWithFeedback(network: network, outputs: 1, readScale: 1, outputScale: 1, alpha: 0.5, every: 3)
        return (force, (0..<200).map { 0.6 * sin(Double($0) * 0.15) + 0.2 })
    }

    /// Stopped after the block ending at sample 100 (of blocks of 25), the run gives what a run of 100 samples gives,
    /// to the bit: outputs, weights and the state it ends in. The hook is told each block's end and its mean square
    /// error, the mean of (z − target)² over the block's samples, as they were summed.
    func testStopWithinLearningGivesTheRunCutThere() throws {
        let (force, targets) = try force()
        let told = Told()
        let stopped = force.run(samples: 200, learning: 0..<120, targets: targets, block: 25) { done, error in
            told.calls.append((done, error))
            return done < 100
        }
        let cut = force.run(samples: 100, learning: 0..<100, targets: targets)
        XCTAssertEqual(stopped.samples, 100)
        XCTAssertEqual(stopped.outputs.map(\.bitPattern), cut.outputs.map(\.bitPattern))
        XCTAssertEqual(stopped.weights.map(\.bitPattern), cut.weights.map(\.bitPattern))
        XCTAssertEqual(stopped.closedLoopStart.map(\.bitPattern), cut.closedLoopStart.map(\.bitPattern))
        XCTAssertNotEqual(stopped.weights, force.run(samples: 200, learning: 0..<120, targets: targets).weights)
        XCTAssertEqual(told.calls.map(\.done), [25, 50, 75, 100])
        for (b, call) in told.calls.enumerated() {
            var squares = 0.0
            for k in b * 25..<(b + 1) * 25 { squares += (cut.outputs[k] - targets[k]) * (cut.outputs[k] - targets[k]) }
            XCTAssertEqual(call.error.bitPattern, (squares / 25 / 1).bitPattern)
        }
    }

    /// Stopped in the closed loop, the weights are those of the whole window and the outputs the first ones of the
    /// whole run; a stop asked for after the last block stops nothing, and the last, shorter block is told too.
    func testStopInTheClosedLoopKeepsTheWholeWindowsWeights() throws {
        let (force, targets) = try force()
        let whole = force.run(samples: 200, learning: 0..<120, targets: targets)
        let stopped = force.run(samples: 200, learning: 0..<120, targets: targets, block: 30) { done, _ in done < 150 }
        XCTAssertEqual(stopped.samples, 150)
        XCTAssertEqual(stopped.weights.map(\.bitPattern), whole.weights.map(\.bitPattern))
        XCTAssertEqual(stopped.outputs.map(\.bitPattern), whole.outputs[0..<150].map(\.bitPattern))
        XCTAssertEqual(stopped.closedLoopStart.map(\.bitPattern), whole.closedLoopStart.map(\.bitPattern))
        let told = Told()
        let never = force.run(samples: 200, learning: 0..<120, targets: targets, block: 30) { done, error in
            told.calls.append((done, error))
            return false
        }
        XCTAssertEqual(never.samples, 30)
        let atEnd = force.run(samples: 200, learning: 0..<120, targets: targets, block: 30) { done, error in
            told.calls.append((done, error))
            return done < 200
        }
        XCTAssertEqual(atEnd.samples, 200)
        XCTAssertEqual(told.calls.map(\.done), [30, 30, 60, 90, 120, 150, 180, 200])
        XCTAssertEqual(atEnd.outputs.map(\.bitPattern), whole.outputs.map(\.bitPattern))
    }

    /// 20 chaotic rate units and a sine recorded every 0.01 to 30 (3000 samples), which `train(window:)` learns.
    private let network: String = {
        """
        system Rate {
          input I = 0
          var r = 0
          dr/dt = -r + tanh(I)
        }
        system Target {
          input f = 0
        }
        population T = Target(1)
        T.f = sin(t)
        record T.f every 0.01
        run 30 dt = 0.01
        population R = Rate(20)
        R.r = tanh(0.5 * randn())
        couple R.r -> R.I weight = 1.5 * randn() / sqrt(N)
        readout Z = R.r
        """
    }()

    /// FORCE over the window, then closed loop to the end: blocks of 1000 samples.
    private func train(window: String) -> String {
        "train Z to T.f in \(window) by force(alpha = 1, feedback = R.I, every = 2, seed = 1)"
    }

    /// Stopped after the first block, the session keeps the readout an uninterrupted FORCE learning over the window's
    /// first 1000 samples of [0, 25] ([0, 9.99]) gives, to the bit, with its outputs up to the stop; the error is at the `train`
    /// statement and names the sample; the bar's note carries the block's error; later cells read the kept weights.
    func testInterruptKeepsTheWeightsOfTheWindowCutAtTheStop() {
        let stopped = Interpreter.withPrivateCache(), notes = Told()
        XCTAssertNil(firstError(stopped.execute(network)))
        stopped.progress = { done, total in
            notes.notes.append("\(done) of \(total): \(stopped.progressNote ?? "")")
            return done < 1000
        }
        let outputs = stopped.execute(train(window: "[0, 25]"))
        stopped.progress = nil
        let cut = Interpreter.withPrivateCache()
        let cutOutputs = cut.execute(network + "\n" + train(window: "[0, 9.99]"))
        XCTAssertNil(firstError(cutOutputs))
        let error = firstError(outputs)
        XCTAssertEqual(error?.problem.facts.first?.1, .text("training_interrupted"))
        XCTAssertEqual([error?.line, error?.column], [1, 1])
        XCTAssertEqual(error?.message, "interrupted: training stopped after sample 1000 of 3000; kept the weights at the stop, those of 500 updates "
                                       + "over the window's first 1000 samples (to t = 9.99)")
        XCTAssertEqual(notes.notes.count, 1)
        XCTAssertTrue(notes.notes[0].hasPrefix("1000 of 3000: learning, mse "), notes.notes[0])
        XCTAssertTrue(notes.notes[0].hasSuffix(" over the last 1000 samples"), notes.notes[0])
        let kept = stopped.readouts["Z"]?.fitted?.readout.weights.values ?? []
        XCTAssertEqual(kept.count, 21)
        XCTAssertEqual(kept.map(\.bitPattern), cut.readouts["Z"]?.fitted?.readout.weights.values.map(\.bitPattern))
        XCTAssertEqual(stopped.readouts["Z"]?.fitted?.closedLoop?.outputs.count, 1000)
        let summary = outputs.compactMap { output -> String? in
            if case .info(let text) = output, text.hasPrefix("trained Z") { return text }
            return nil
        }
        XCTAssertEqual(summary.first?.contains("500 updates over 1000 samples (t = 0 to 9.99), then closed loop over 0 samples"), true,
                       summary.first ?? "no summary")
        let later = "print mse(Z, 0, 9.99)"
        let (a, b) = (stopped.execute(later), cut.execute(later))
        XCTAssertNil(firstError(a))
        XCTAssertEqual(printed(a, "mse(Z, 0, 9.99)").map(\.bitPattern), printed(b, "mse(Z, 0, 9.99)").map(\.bitPattern))
        XCTAssertNil(firstError(stopped.execute("run 1")))
    }
}

/// What a progress hook was told, collected across its calls.
private final class Told: @unchecked Sendable {
    var calls: [(done: Int, error: Double)] = []
    var notes: [String] = []
}

/// FORCE's RLS pass split over two threads by rows at a place that depends on the size alone: the same bits on one
/// thread as on two.
final class ForceThreadTests: XCTestCase {
    /// 300 rate units r' = −r + tanh(I) with sparse recurrent weights (p = 0.1, gain 1.5) and feedback, learning a
    /// sine every 2 samples of 0..<400, then closed loop to 600 (301 features: the pass is split): outputs, weights
    /// and the closed loop's start the same to the bit with threads = 1 and 2.
    func testOneAndTwoThreadsGiveTheSameBits() throws {
        let n = 300
        var random = CounterRandom(seed: 7, stream: 1)
        let gain: Double = 1.5 * (3 / (0.1 * Double(n))).squareRoot()
        let recurrent: [Double] = (0..<n * n).map { _ -> Double in
            let kept: Bool = random.uniform() < 0.1
            return kept ? gain * (2 * random.uniform() - 1) : 0
        }
        let feedback = (0..<n).map { _ in 2 * random.uniform() - 1 }
        let initial = (0..<n).map { _ in 0.5 * (2 * random.uniform() - 1) }
        let rates: ForceWithFeedback.Rates = { x, a, f in
            for i in 0..<n { f[i] = -x[i] + tanh(a[i * 2] + a[i * 2 + 1]) }
        }
        let slopes: EulerNetwork.Slopes = { x, a in
            var f = [Double](repeating: 0, count: n)
            for i in 0..<n { f[i] = -x[i] + tanh(a[i * 2] + a[i * 2 + 1]) }
            return (f, [], [])
        }
        let network = try EulerNetwork(neurons: n, variables: 1, dt: 0.1, initial: initial,
                                   couplings: [.init(source: .recurrent(variable: 0), weights: recurrent),
                                               .init(source: .recorded(values: [0], columns: 1), weights: feedback)],
                                   slopes: slopes, readVariable: 0)
        var force = ForceWithFeedback(network: network, outputs: 1, readScale: 1, outputScale: 1, alpha: 1, every: 2, rates: rates)
        let targets = (0..<600).map { sin(Double($0) * 0.05) }
        force.threads = 1
        let one = force.run(samples: 600, learning: 0..<400, targets: targets)
        force.threads = 2
        let two = force.run(samples: 600, learning: 0..<400, targets: targets)
        XCTAssertEqual(one.outputs.map(\.bitPattern), two.outputs.map(\.bitPattern))
        XCTAssertEqual(one.weights.map(\.bitPattern), two.weights.map(\.bitPattern))
        XCTAssertEqual(one.closedLoopStart.map(\.bitPattern), two.closedLoopStart.map(\.bitPattern))
        XCTAssertTrue(one.weights.contains { $0 != 0 })
    }
}
