import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import Runtime

/// `per pre`: a synapse variable kept once per source neuron, brought to the time of each spike and set once per
/// spike after every synapse of the spike has read it.
final class PerSourceSynapseTests: XCTestCase {
    /// The library's NMDA keeps its gating s per source. A copy that keeps it per synapse holds the same number at
    /// every synapse of a source (they see the same spikes), so the two runs agree bit for bit, with and without a delay.
    func testPerSourceGatingRunsAsTheSameGatingKeptPerSynapse() throws {
        for precision in ["f64", "f32"] {
            let source = nmdaNetwork(precision: precision).replacingOccurrences(of: "%JIT%", with: "jit = tcc")
            let (shared, sharedInterpreter) = try run(source)
            let (kept, _) = try run(Self.nmdaPerSynapse + source)
            XCTAssertGreaterThan(shared.spikeTimes.count, 100, precision)
            XCTAssertEqual(shared.spikeTimes, kept.spikeTimes, precision)
            XCTAssertEqual(shared.spikeIndices, kept.spikeIndices, precision)
            XCTAssertEqual(shared.state, kept.state, precision)
            let projection = sharedInterpreter.state.projections[1]
            XCTAssertEqual(projection.sourceState["s"]?.count, 200, "one s per neuron of P")
            XCTAssertNil(projection.state["s"], "none per synapse")
        }
    }

    /// s starts where `var` says, per source neuron (here from i), and decays exactly between spikes: with no spikes,
    /// the delivery at t = 5 (the generator's spikes at 5 arrive at the start of the next step) finds s = s0·exp(-t/tau) and lifts it by (1 - exp(-1))·(1 - s).
    func testPerSourceValuesStartPerNeuronAndAdvanceExactly() throws {
        let source = """
        neuron Silent {
          var v = 0
          input I = 0
          dv/dt = -v + I
        }
        synapse Gate {
          param tau = 10
          var s = 0.1 * i per pre
          var g = 0 per post
          ds/dt = -s / tau
          on pre {
            g += w * s
            s += (1 - exp(-1)) * (1 - s)
          }
          current = g
        }
        population G = generator(3, times = "5, 5, 5", indices = "0, 1, 2")
        population T = Silent(1)
        connect G -> T using Gate all w = 1
        run 6 dt = 0.5 method = euler seed = 1 jit = tcc
        """
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute(source)
        XCTAssertNil(firstError(outputs).map { "\($0.line):\($0.column) \($0.problem)" })
        let s = try XCTUnwrap(interpreter.state.projections[0].sourceState["s"])
        for i in 0..<3 {
            let before = 0.1 * Double(i) * exp(-5.0 / 10)
            XCTAssertEqual(s[i], before + (1 - exp(-1)) * (1 - before), accuracy: 1e-14, "source \(i)")
        }
        let g = try XCTUnwrap(interpreter.state.populations[1].state["g_G"])
        XCTAssertEqual(g[0], (0..<3).map { 0.1 * Double($0) * exp(-5.0 / 10) }.reduce(0, +), accuracy: 1e-14, "g read each s before its lift")
    }

    func testPerSourceMisusesAreNamed() {
        let head = "neuron N {\n var v = 0\n input I = 0\n dv/dt = -v + I\n spike v > 1\n reset { v = 0 }\n}\npopulation P = N(5)\n"
        func synapse(_ body: String) -> String { "synapse S {\n var s = 0 per pre\n var g = 0 per post\n ds/dt = -s\n\(body)\n}\n" }
        let cases: [(String, Problem)] = [
            (synapse(" on pre {\n  s += w\n  g += w\n }\n current = g"), .perPreLineReads(variable: "s", name: "w")),
            (synapse(" on pre {\n  s += 1\n  g += w * s\n }\n current = g"), .perPreLineNotLast(variable: "s")),
            (synapse(" on pre { g += w }\n on post { g += s }\n current = g"), .perPreInOnPost(variable: "s")),
            (synapse(" on pre { s += 1 }\n current = s") + "connect P -> P using S p = 0.5 w = 1\n", .currentReadsPerPre(variable: "s")),
            (synapse(" on pre {\n  g += w\n  s += 1\n }\n current = g") + "connect P -> P using S p = 0.5 w = 1 delay = 1 + rand()\n",
             .perPreWithSynapseDelays(synapse: "S")),
            (synapse(" on pre {\n  g += w\n  s += 1\n }\n current = g") + "connect poisson(10, rate = 5) -> P using S w = 1\n",
             .poissonSynapseNotSupported),
            ("synapse S {\n var s = 0 per pres\n}\n", .syntax(expected: "'post', 'synapse' or 'pre' after 'per'", found: "'pres'")),
        ]
        for (source, problem) in cases {
            let error = firstError(Interpreter.withPrivateCache().execute(head + source))
            XCTAssertEqual(error?.problem, problem, source)
            XCTAssertNotNil(error?.hint, source)
        }
    }

    func testTheDefinitionLineCountsPerSourceVariables() {
        let outputs = Interpreter.withPrivateCache().execute("synapse S {\n var s = 0 per pre\n var g = 0 per post\n ds/dt = -s\n on pre {\n  g += w * s\n  s += 1\n }\n current = g\n}\n")
        let lines = outputs.compactMap { if case .defined(let line) = $0 { return line } else { return nil } }
        XCTAssertEqual(lines, ["synapse S: 0 variables per synapse, 1 per pre (s), 1 per post (g), 0 parameters; on pre"])
    }

    /// The library's NMDA as it was before `per pre`: s kept at every synapse.
    static let nmdaPerSynapse = """
        synapse NMDA {
          param tau_decay = 100 ms, tau_rise = 2 ms, alpha = 500 Hz, Mg = 1 mM, E_NMDA = 0 mV
          var s = 0 per synapse
          var g = 0 nS per post
          ds/dt = -s / tau_decay
          dg/dt = -g / tau_decay
          jump = (1 - exp(-alpha * tau_rise)) * (1 - s)
          on pre {
            g += w * jump
            s += jump
          }
          current = g * (E_NMDA - v_post) / (1 + Mg / (3.57 mM) * exp(-0.062 * v_post / (1 mV)))
        }

        """

    private func run(_ source: String) throws -> (TierTests.Results, Interpreter) {
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute(source)
        if let error = firstError(outputs) { XCTFail("\(error.line):\(error.column): \(error.problem)") }
        return (TierTests.Results(interpreter), interpreter)
    }
}
