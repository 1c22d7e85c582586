import Foundation
import SomaTestSupport
import XCTest
import Kernel
import Plot
@testable import Execution
@testable import Runtime

/// A projection's per-synapse values read by name: `print AB.w[0:3]`, `mean(AB.w)`, a trace carried to now,
/// `plot hist AB.w`, default names, and the errors that name what exists.
final class ProjectionAccessTests: XCTestCase {
    private static let golden = GoldenFiles(folder: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/figures"))

    /// The README's LIF.
    private let lif = """
        neuron LIF {
          param tau = 10 ms, El = -65 mV, Vth = -50 mV, Vreset = -65 mV
          param R = 10 Mohm, t_ref = 2 ms
          var V = El
          input I = 0 nA
          dV/dt = (El - V + R*I) / tau
          spike V > Vth
          reset { V = Vreset }
          refractory t_ref
        }

        """

    /// The LIF driven near threshold, fed by Poisson sources through STDP: weights drift from 0.5 nS.
    private var stdp: String {
        lif + """
        population In = poisson(200, rate = 20 Hz)
        population Out = LIF(20)
        Out.I = 1.4 nA
        connect In -> Out using STDP p = 0.2 w = 0.5 nS as AB
        run 500 ms dt = 0.1 ms seed = 3

        """
    }

    private func run(_ text: String) -> (Interpreter, [Output]) {
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute(text)
        XCTAssertNil(firstError(outputs).map { "\($0.line):\($0.column) \($0.message)" })
        return (interpreter, outputs)
    }

    func testPrintReadsThePlasticWeightsTheRuntimeHolds() throws {
        let (interpreter, outputs) = run(stdp + "print AB.w[0:3], mean(AB.w)")
        let projection = interpreter.state.projections[try XCTUnwrap(interpreter.network.projectionIndex(named: "AB"))]
        let weights = try XCTUnwrap(projection.weights)
        let held = (0..<projection.count).map { weights[$0] }
        XCTAssertNotEqual(held[0], 0.5e-9, "STDP changed the weights")
        for (shown, value) in zip(printed(outputs, "AB.w[0:3]"), held.prefix(3)) { XCTAssertEqual(shown, value / 1e-9, accuracy: 1e-12) }
        XCTAssertEqual(printed(outputs, "mean(AB.w)")[0], held.reduce(0, +) / Double(held.count) / 1e-9, accuracy: 1e-12)
    }

    /// One source fires at 10 ms through STDP onto a target that never fires: apre = A_plus·e^(−Δ/tau_plus) by the time printed,
    /// though it is stored as of the spike; a constant weight reads as itself at every synapse.
    func testATraceIsReadAsItIsNowAndAConstantWeightAtEverySynapse() {
        let (_, outputs) = run(lif + """
            population G = generator(1, times = "10 ms")
            population S = LIF(3)
            connect G -> S using STDP all w = 0.2 nS
            run 30 ms dt = 0.1 ms
            print G_S.apre, G_S.w
            """)
        let apre = printed(outputs, "G_S.apre")
        XCTAssertEqual(apre.count, 3)
        for value in apre { XCTAssertEqual(value, 0.01 * exp(-20 / 20.0), accuracy: 0.01 * 0.006) }
        XCTAssertEqual(printed(outputs, "G_S.w"), [0.2, 0.2, 0.2])
    }

    func testDefaultNamesAreSourceAndTargetMadeUnique() {
        let (interpreter, _) = run(countingSink + """
            population P = poisson(2, rate = 5 Hz)
            population B = Sink(2)
            population C = Sink(2)
            connect P -> B using Count all w = 1
            connect P -> C, B using Count all w = 1
            """)
        XCTAssertEqual(interpreter.network.projections.map(\.name), ["P_B", "P_C", "P_B_2"])
        XCTAssertEqual(CompletionIndex(interpreter).candidates(startingWith: "P_B."), ["P_B.w"])
    }

    func testTheHistogramCountsEverySynapse() throws {
        let (interpreter, outputs) = run(stdp + "plot hist AB.w")
        let figures = outputs.compactMap { output -> Figure? in if case .figure(let f) = output { return f } else { return nil } }
        guard case .histogram(_, let edges, let counts, _)? = figures.first?.panels.first?.series.first else {
            return XCTFail("no histogram drawn")
        }
        let synapses = interpreter.state.projections[0].count
        XCTAssertEqual(counts.reduce(0, +), Double(synapses))
        XCTAssertEqual(edges.count, counts.count + 1)
        let figure = try XCTUnwrap(figures.first)
        let terminal = TerminalRenderer(canvas: .braille, colours: .none).render(figure, width: 60, height: 16).plainText()
        if let mismatch = Self.golden.mismatch(terminal + "\n", named: "stdp_weights.txt") { XCTFail(mismatch) }
        if let mismatch = Self.golden.mismatch(SVGRenderer().render(figure), named: "stdp_weights.svg") { XCTFail(mismatch) }
    }

    func testUnknownNamesAreReportedWithTheKnownOnes() throws {
        let unknownProjection = try XCTUnwrap(firstError(Interpreter.withPrivateCache().execute(stdp + "print XY.w")))
        XCTAssertEqual(unknownProjection.message, "unknown population or projection 'XY'")
        XCTAssertEqual([unknownProjection.line, unknownProjection.column], [16, 7])
        XCTAssertEqual(unknownProjection.hint, "populations are In, Out; projections are AB")
        let unknownVariable = try XCTUnwrap(firstError(Interpreter.withPrivateCache().execute(stdp + "print mean(AB.g)")))
        XCTAssertEqual(unknownVariable.message, "projection AB has no per-synapse value 'g'")
        XCTAssertEqual([unknownVariable.line, unknownVariable.column], [16, 12])
        XCTAssertEqual(unknownVariable.hint, "AB keeps w, apre, apost; per-post variables live in the target: Out.<name>")
        let outOfRange = try XCTUnwrap(firstError(Interpreter.withPrivateCache().execute(stdp + "print AB.w[5000]")))
        XCTAssertTrue(outOfRange.message.hasPrefix("index out of range: AB has synapses 0 to "), outOfRange.message)
    }

    func testSynapsesAreReadOnlyOnceDrawnAndANameIsGivenOnce() throws {
        let beforeRun = try XCTUnwrap(firstError(Interpreter.withPrivateCache().execute(countingSink + """
            population P = poisson(2, rate = 5 Hz)
            population B = Sink(2)
            connect P -> B using Count all w = 1
            print P_B.w
            """)))
        XCTAssertEqual(beforeRun.message, "the synapses of P_B are drawn at the first run")
        let twoTargets = try XCTUnwrap(firstError(Interpreter.withPrivateCache().execute(countingSink + """
            population P = poisson(2, rate = 5 Hz)
            population B = Sink(2)
            connect P -> B, B using Count all w = 1 as X
            """)))
        XCTAssertEqual(twoTargets.message, "'as X' names one projection, but this connect makes 2, one per target")
        let taken = try XCTUnwrap(firstError(Interpreter.withPrivateCache().execute(countingSink + """
            population P = poisson(2, rate = 5 Hz)
            population B = Sink(2)
            connect P -> B using Count all w = 1 as B
            """)))
        XCTAssertEqual(taken.message, "B already names a population")
    }

    /// Per-synapse values are recorded over time (SynapseRecordingTests); a trace of one not recorded says how to record it,
    /// and that plot hist reads its values now.
    func testTracingAnUnrecordedProjectionPointsToRecordAndHist() throws {
        let interpreter = Interpreter.withPrivateCache()
        XCTAssertNil(firstError(interpreter.execute(stdp + "record AB.w every 10 ms")))
        XCTAssertEqual(interpreter.network.synapseRecordings.count, 1)
        let error = try XCTUnwrap(firstError(interpreter.execute("plot AB.apre")))
        XCTAssertEqual(error.message, "AB.apre is not recorded")
        XCTAssertEqual(error.hint, "add `record AB.apre` before the run, or plot hist AB.apre for its values now")
    }
}
