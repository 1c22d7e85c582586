import XCTest
import Kernel
import SomaTestSupport

/// An interrupt during `train ... by bptt(...)` stops it after the batch under way: the weights it keeps are the
/// session's, a positioned line says where it stopped and what it kept, and later cells work. The interrupt comes
/// from the interpreter's progress hook after a given batch, so where it lands does not depend on timing.
final class TrainingInterruptTests: XCTestCase {
    /// A leaky unit S driven by an oscillator, fitted to a teacher T with another τ: 200 samples, 4 batches of 50.
    private func series(_ train: String) -> String {
        """
        system Osc {
          param w = 2
          var x = 1, y = 0
          dx/dt = -w * y
          dy/dt = w * x
        }
        system Leaky {
          param tau = 1.5
          input I = 0
          var r = 0
          dr/dt = (-r + I) / tau
        }
        population O = Osc(1)
        population T = Leaky(1)
        population S = Leaky(1)
        T.tau = 0.5
        couple O.x -> T.I weight = 1
        couple O.x -> S.I weight = 1
        record O.x, T.r, S.r
        run 2 dt = 0.01 method = euler
        readout Z = S.r
        \(train)
        """
    }

    /// Eight rate units on decision trials, trained in batches of 16 trials.
    private func task(trials: Int, _ train: String) -> String {
        decisionTaskNetwork(trials: trials, test: 32) + "\n" + train
    }

    /// Executes `text` in a fresh interpreter whose progress hook says stop once `batches` batches are done (nil: never).
    private func execute(_ text: String, stoppingAfter batches: Int?) -> (Interpreter, [Output]) {
        let interpreter = Interpreter.withPrivateCache()
        if let batches { interpreter.progress = { done, _ in done < Int64(batches) } }
        let outputs = interpreter.execute(text)
        interpreter.progress = nil
        return (interpreter, outputs)
    }

    private func summary(_ outputs: [Output]) -> String {
        for case .info(let text) in outputs where text.hasPrefix("trained Z") { return text }
        XCTFail("no training summary")
        return ""
    }

    /// Stopped after the last batch of epoch 2 of 5, the training keeps what a training of 2 epochs keeps, to the bit
    /// (the coupling's weight, the trained τ, the readout through the error it gives), says so at the statement, and the
    /// session goes on: a later cell reads the kept weights.
    func testInterruptAfterAnEpochKeepsWhatThatManyEpochsKeep() {
        let train = "train Z to T.r by bptt(epochs = EPOCHS, lr = 0.05, batch = 50, train = tau)"
        let (stopped, outputs) = execute(series(train.replacingOccurrences(of: "EPOCHS", with: "5")), stoppingAfter: 8)
        let (whole, wholeOutputs) = execute(series(train.replacingOccurrences(of: "EPOCHS", with: "2")), stoppingAfter: nil)
        XCTAssertNil(firstError(wholeOutputs))
        let error = firstError(outputs)
        XCTAssertEqual(error?.problem.facts.first?.1, .text("training_interrupted"))
        XCTAssertEqual([error?.line, error?.column], [22, 1])
        XCTAssertTrue(error?.message.hasPrefix("interrupted: training stopped after batch 4 of 4 in epoch 2; kept the best weights, ") ?? false,
                      error?.message ?? "")
        XCTAssertTrue(summary(outputs).contains(": 2 epochs, "), summary(outputs))
        XCTAssertEqual(summary(outputs), summary(wholeOutputs))
        XCTAssertEqual(stopped.state.populations[2].denseWeights[0].values.map(\.bitPattern), whole.state.populations[2].denseWeights[0].values.map(\.bitPattern))
        let later = "print S.tau, mse(Z, 0, 1.9)"
        let (a, b) = (stopped.execute(later), whole.execute(later))
        XCTAssertNil(firstError(a))
        XCTAssertNotEqual(printed(a, "S.tau"), [1.5])
        XCTAssertEqual(printed(a, "S.tau").map(\.bitPattern), printed(b, "S.tau").map(\.bitPattern))
        XCTAssertEqual(printed(a, "mse(Z, 0, 1.9)").map(\.bitPattern), printed(b, "mse(Z, 0, 1.9)").map(\.bitPattern))
    }

    /// Stopped part way through an epoch, the weights at the stop are scored by a pass over the series and kept when
    /// best; the line names the batch and epoch.
    func testInterruptWithinAnEpochStopsAfterThatBatch() {
        let (interpreter, outputs) = execute(series("train Z to T.r by bptt(epochs = 5, lr = 0.05, batch = 50)"), stoppingAfter: 6)
        XCTAssertTrue(firstError(outputs)?.message.hasPrefix("interrupted: training stopped after batch 2 of 4 in epoch 2; kept the best weights, ") ?? false,
                      firstError(outputs)?.message ?? "")
        XCTAssertTrue(summary(outputs).contains(": 1 epochs, "), summary(outputs))
        XCTAssertNotEqual(interpreter.state.populations[2].denseWeights[0].values, [1])
    }

    /// A task's training keeps the weights it stops with: stopped after batch 4 of epoch 1 on 128 trials it holds what
    /// one whole epoch on the first 64 of those trials (the same ones: each trial is drawn from the seed and its number)
    /// gives, to the bit; and the cell after it runs with them.
    func testTaskInterruptWithinAnEpochKeepsTheWeightsAtTheStop() {
        let train = "train Z to D.choice by bptt(loss = cross_entropy, epochs = EPOCHS, lr = 0.03, batch = 16)"
        let (stopped, outputs) = execute(task(trials: 128, train.replacingOccurrences(of: "EPOCHS", with: "3")), stoppingAfter: 4)
        let (whole, wholeOutputs) = execute(task(trials: 64, train.replacingOccurrences(of: "EPOCHS", with: "1")), stoppingAfter: nil)
        XCTAssertNil(firstError(wholeOutputs))
        let error = firstError(outputs)
        XCTAssertEqual([error?.line, error?.column], [12, 1])
        XCTAssertTrue(error?.message.hasPrefix("interrupted: training stopped after batch 4 of 8 in epoch 1; kept the weights at the stop") ?? false,
                      error?.message ?? "")
        XCTAssertEqual(stopped.state.populations[0].denseWeights[0].values.map(\.bitPattern), whole.state.populations[0].denseWeights[0].values.map(\.bitPattern))
        XCTAssertNotEqual(stopped.state.populations[0].denseWeights[0].values, execute(task(trials: 64, ""), stoppingAfter: nil).0.state.populations[0].denseWeights[0].values)
        let loss = { (text: String) in text.components(separatedBy: "cross-entropy ").last?.prefix(while: { $0 != ";" && $0 != " " }) }
        XCTAssertEqual(loss(error?.message ?? ""), loss(summary(wholeOutputs)))
        let accuracy = stopped.execute("print accuracy(Z, D)")
        XCTAssertNil(firstError(accuracy))
        XCTAssertEqual(printed(accuracy, "accuracy(Z, D)").count, 1)
    }

    /// An interrupt that lands after the last batch stops nothing: the training is whole and says so without an error.
    func testInterruptAfterTheLastBatchIsNoStop() {
        let (_, outputs) = execute(series("train Z to T.r by bptt(epochs = 2, lr = 0.05, batch = 50)"), stoppingAfter: 8)
        XCTAssertNil(firstError(outputs))
        XCTAssertTrue(summary(outputs).contains(": 2 epochs, "), summary(outputs))
    }
}
