import XCTest
import Kernel

/// `couple … delay = d` into a population bptt trains: read d/dt steps late, refused where d is not whole steps.
final class DelayedCouplingTrainingTests: XCTestCase {
    private func reservoir(delay: String) throws -> String {
        let recurrent = "couple R.r -> R.I weight = 0.1 * randn() p = 0.1"
        let text = try example("train_esn_lorenz_bptt.soma")
            .replacingOccurrences(of: recurrent, with: recurrent + " delay = \(delay)")
            .replacingOccurrences(of: "run 20 dt", with: "run 8 dt").replacingOccurrences(of: "in [5, 15]", with: "in [2, 6]")
            .replacingOccurrences(of: "epochs = 20", with: "epochs = 3").replacingOccurrences(of: "mse(Z, 15, 20), mae(Z, 15, 20)", with: "mse(Z, 6, 8)")
        XCTAssertTrue(text.contains("delay = \(delay)") && text.contains("epochs = 3"))
        return text
    }

    /// The example's reservoir with its recurrent coupling read 3 steps late: bptt trains it (the loss falls over the
    /// epochs) and the run with the trained weights predicts the test window.
    func testBPTTTrainsAReservoirWithADelayedRecurrentCoupling() throws {
        let outputs = runModel(try reservoir(delay: "0.03"))
        let summary = outputs.compactMap { output -> String? in
            if case .info(let text) = output, text.contains("by bptt") { return text }
            return nil
        }.first ?? ""
        let losses = summary.components(separatedBy: "mse ").dropFirst().first?.components(separatedBy: " (the best")[0]
            .components(separatedBy: " → ").compactMap { Double($0) } ?? []
        XCTAssertEqual(losses.count, 2, summary)
        XCTAssertLessThan(losses.last ?? .infinity, (losses.first ?? 0) / 2, summary)
        XCTAssertTrue(printed(outputs, "mse(Z, 6, 8)").allSatisfy(\.isFinite))
    }

    /// Half a step of delay has no grid point for an Euler step to read: refused at the couple, with what would do.
    func testBPTTRefusesADelayOfPartOfAStep() throws {
        let text = try reservoir(delay: "0.015")
        let error = try XCTUnwrap(firstError(Interpreter.withPrivateCache().execute(text)))
        XCTAssertTrue(error.message.contains("delay"), error.message)
        XCTAssertTrue(error.message.contains("in steps of dt, is a whole number (at least 1), not 1.5"), error.message)
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("delay = 0.015") }.map { $0 + 1 }
        XCTAssertEqual(error.line, line)
    }
}
