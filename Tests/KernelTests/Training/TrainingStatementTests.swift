import XCTest
import Kernel
import SomaTestSupport

/// `couple` across populations, `readout`, `train`, `forecast`, `mse` and `mae` as the language gives them.
final class TrainingStatementTests: XCTestCase {
    private let source = """
        system Source {
          var s = 1
          ds/dt = 0
        }
        system Leak {
          input I = 0
          var r = 0
          dr/dt = -r + I
        }
        population S = Source(1)
        population P = Leak(3)

        """

    /// r' = −r + 2·s with s = 1: r(t) = 2(1 − e^−t) for every target neuron, to rk4's error at dt = 0.01.
    func testCoupleAcrossPopulationsDrivesTheTargetByTheSourceVariable() {
        let outputs = runModel(source + "couple S.s -> P.I weight = 2 * (i + 1)\nrun 1 dt = 0.01 method = rk4\nprint P.r")
        let r = printed(outputs, "P.r")
        for (i, value) in r.enumerated() {
            XCTAssertEqual(value, 2 * Double(i + 1) * (1 - exp(-1)), accuracy: 1e-9 * Double(i + 1))
        }
    }

    /// Random weights come from the run's seed: the same seed gives the same bits, another seed other numbers;
    /// with p = 0.5 about half of 200 × 200 weights are present.
    func testRandomCouplingWeightsFollowTheSeed() {
        let network = """
            system Unit {
              input I = 0
              var r = 0.5
              dr/dt = -r + tanh(I)
            }
            population R = Unit(200)
            couple R.r -> R.I weight = randn() / sqrt(N) p = 0.5

            """
        func final(_ seed: Int) -> [Double] {
            printed(runModel(network + "run 2 dt = 0.05 method = rk4 seed = \(seed)\nprint R.r"), "R.r")
        }
        XCTAssertEqual(final(3).map(\.bitPattern), final(3).map(\.bitPattern))
        XCTAssertNotEqual(final(3), final(4))
        let interpreter = Interpreter.withPrivateCache()
        XCTAssertNil(firstError(interpreter.execute(network + "run 0.05 dt = 0.05 seed = 3")))
        let weights = interpreter.state.populations[0].denseWeights[0]
        let present = (0..<200 * 200).filter { weights[$0] != 0 }.count
        XCTAssertEqual(Double(present) / 40_000, 0.5, accuracy: 0.02)
    }

    /// Training reads recordings that are bit-identical across thread counts and chunk sizes, and its own
    /// arithmetic is serial: the same seed gives the same errors to the bit, for ridge and for bptt.
    func testTrainingIsReproducibleAcrossThreadsAndChunks() throws {
        let text = try example("train_esn_lorenz_bptt.soma")
            .replacingOccurrences(of: "run 20 dt", with: "run 8 dt").replacingOccurrences(of: "in [5, 15]", with: "in [2, 6]")
            .replacingOccurrences(of: "epochs = 20", with: "epochs = 3").replacingOccurrences(of: "mse(Z, 15, 20), mae(Z, 15, 20)", with: "mse(Z, 6, 8)")
        let ridge = text.replacingOccurrences(of: "by bptt(epochs = 3, lr = 0.01, batch = 50)", with: "by ridge(alpha = 1e-6)")
        for source in [text, ridge] {
            let serial = Interpreter.withPrivateCache()
            serial.stepsPerChunk = 2000
            let parallel = Interpreter.withPrivateCache()
            parallel.stepsPerChunk = 70
            let a = printed(serial.execute(source.replacingOccurrences(of: "method = euler", with: "method = euler threads = 1")), "mse(Z, 6, 8)")
            let b = printed(parallel.execute(source.replacingOccurrences(of: "method = euler", with: "method = euler threads = 3")), "mse(Z, 6, 8)")
            XCTAssertEqual(a.map(\.bitPattern), b.map(\.bitPattern))
            XCTAssertFalse(a.isEmpty)
        }
    }

    /// The echo state network of the examples beats the BrainPy paper's ridge error (0.001057) on the test
    /// window, and FORCE (recursive least squares) ends at the ridge solution for the same alpha.
    func testEchoStateNetworkBeatsThePapersErrorsAndFORCEEndsAtRidge() throws {
        let ridge = runModel(try example("train_esn_lorenz_ridge.soma"))
        let force = runModel(try example("train_esn_lorenz_force.soma"))
        let (ridgeMSE, forceMSE) = (printed(ridge, "mse(Z, 80, 100)")[0], printed(force, "mse(Z, 80, 100)")[0])
        XCTAssertLessThan(ridgeMSE, 1e-4)
        XCTAssertLessThan(printed(ridge, "mae(Z, 80, 100)")[0], 0.01)
        XCTAssertEqual(forceMSE, ridgeMSE, accuracy: 1e-6 * ridgeMSE)
    }

    /// BPTT through the reservoir's Euler steps, then a run with the trained weights: test errors below the
    /// BrainPy paper's BPTT error (1.276112).
    func testBPTTTrainedReservoirBeatsThePapersError() throws {
        let outputs = runModel(try example("train_esn_lorenz_bptt.soma"))
        XCTAssertLessThan(printed(outputs, "mse(Z, 15, 20)")[0], 1.276112)
        XCTAssertLessThan(printed(outputs, "mae(Z, 15, 20)")[0], 1.276112)
    }

    /// NVAR trained on 10 time units forecasts the Lorenz attractor closed-loop for more than 7 Lyapunov times.
    func testNVARForecastStaysValidForSevenLyapunovTimes() throws {
        let outputs = runModel(try example("train_nvar_lorenz.soma"))
        XCTAssertGreaterThan(printed(outputs, "Lyapunov times(forecast N)")[0], 7)
        XCTAssertLessThan(printed(outputs, "mse(forecast N, first Lyapunov time)")[0], 1e-4)
    }

    /// A recurrent couple of a variable without an equation has no Euler step to differentiate: refused at the couple.
    func testBPTTRefusesACouplingOfAVariableWithoutAnEquation() {
        let text = """
            system U {
              input I = 0
              var r = 0, c = 1
              dr/dt = -r + tanh(I)
            }
            population R = U(3)
            couple R.c -> R.I weight = 0.5
            record R.r, R.c
            run 1 dt = 0.1
            readout Z = R.r
            train Z to R.r ahead 0.1 by bptt(epochs = 2)
            """
        let error = firstError(Interpreter.withPrivateCache().execute(text))
        XCTAssertEqual(error?.message, "this couple reads R.c, which has no equation, so bptt has no step of it to differentiate")
        XCTAssertEqual(error.map { [$0.line, $0.column] }, [7, 1])
    }

    func testTrainingMistakesArePositionedMessages() {
        let cases: [(String, String, Int)] = [
            ("readout Z = P.q", "no state variable 'q'", 13),
            ("readout Z = P.r\ntrain Z to P.r by ridge(alpha = 1)", "P.r is not recorded", 13),
            ("record P.r\nrun 1 dt = 0.1\nreadout Z = P.r\ntrain W to P.r by ridge(alpha = 1)", "unknown readout 'W'", 7),
            ("record P.r\nrun 1 dt = 0.1\nreadout Z = P.r\ntrain Z to P.r by lasso(alpha = 1)", "unknown training method 'lasso'", 19),
            ("record P.r\nrun 1 dt = 0.1\nreadout Z = P.r\ntrain Z to P.r ahead 0.15 by ridge(alpha = 1)", "whole number of recorded intervals", 22),
            ("record P.r\nrun 1 dt = 0.1\nreadout Z = P.r features nvar(order = 2)\ntrain Z to P.r ahead 0.2 by ridge(alpha = 1)",
             "train it to its own sources, one sample ahead", 1),
            ("record P.r\nrun 1 dt = 0.1\nreadout Z = P.r\nprint mse(Z, 0, 1)", "Z has not been trained", 11),
            ("record P.r\nrun 1 dt = 0.1\nreadout Z = P.r\ntrain Z to P.r in [5, 6] by ridge(alpha = 1)", "no recorded samples", 19),
            ("record P.r every 0.2\nrun 1 dt = 0.1\nreadout Z = P.r\ntrain Z to P.r by bptt(epochs = 1)", "recorded at every step", 13),
            ("record P.r\nrun 1 dt = 0.1\nreadout Z = P.r features nvar(order = 2)\ntrain Z to P.r ahead 0.1 by bptt(epochs = 1)",
             "bptt trains a readout of one whole population's variable", 1),
            ("record P.r\nrun 1 dt = 0.1\nreadout Z = P.r\ntrain Z to P.r by bptt(epochs = 0)", "epochs", 33),
            ("record P.r\nrun 1 dt = 0.1\nreadout Z = P.r\ntrain Z to P.r by bptt(epochs = 1, clip = 0)", "clip", 43),
        ]
        for (text, words, column) in cases {
            let outputs = Interpreter.withPrivateCache().execute(source + text)
            guard let error = firstError(outputs) else { XCTFail("no error for \(text)"); continue }
            XCTAssertTrue(error.message.contains(words), "\(text): \(error.message)")
            XCTAssertEqual(error.column, column, "\(text): \(error.message)")
        }
    }
}
