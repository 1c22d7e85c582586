import Foundation
import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import Runtime

/// Synapses, connectivity and delays against closed forms and exact counts.
final class NetworkTests: XCTestCase {
    /// Src fires once at 6.9 ms (V = 20 mV·(1 − e^(−t/10 ms)) crosses 10 mV at 10 ms·ln 2), seen at the end of that step: 7.0 ms;
    /// with Vreset = 0 mV it fires every 7.0 ms.
    private let source = """
        neuron Src {
          param tau = 10 ms, Vreset = -1000 mV
          var V = 0 mV
          input I = 20 mV
          input Isyn = 0 nA
          dV/dt = (I - V + Isyn * 1 Mohm) / tau
          spike V > 10 mV
          reset { V = Vreset }
        }
        neuron Sink {
          var V = 0 mV
          input Isyn = 0 nA
          dV/dt = Isyn * 1 Mohm / (10 ms)
        }
        synapse ExpCur {
          param tau = 5 ms
          var g = 0 nA per post
          dg/dt = -g / tau
          on pre { g += w }
          current = g
        }

        """

    private func connections(_ interpreter: Interpreter, _ k: Int = 0) -> [(Int, Int)] {
        let list = interpreter.state.projections[k].synapses!
        var pairs: [(Int, Int)] = []
        for i in 0..<(list.rows.count - 1) {
            for k in Int(list.rows[i])..<Int(list.rows[i + 1]) { pairs.append((i, Int(list.columns[k]))) }
        }
        return pairs
    }

    private func network(_ text: String) -> Interpreter {
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute(source + text)
        XCTAssertNil(firstError(outputs).map { "\($0.line):\($0.column) \($0.message)" })
        return interpreter
    }

    /// One spike at 7.0 ms with delay 1.5 ms: g = 0 up to 8.4 ms, then w·e^(−(t − 8.5 ms)/τ) exactly (exponential Euler is exact for a linear decay).
    func testOneSpikeGivesTheClosedFormConductanceAfterExactlyTheDelay() throws {
        let interpreter = network("""
            population A = Src(1)
            population B = Sink(1)
            connect A -> B using ExpCur(tau = 2 ms) all w = 1.5 nA delay = 1.5 ms
            record A.spikes
            record B.g_A
            run 20 ms dt = 0.1 ms
            """)
        XCTAssertEqual(interpreter.state.spikeRecords["A"]!.times.map { ($0 * 1e4).rounded() }, [70])
        let record = interpreter.state.stateRecords[0]
        for (t, row) in zip(record.times, record.values) {
            let step = Int((t * 1e4).rounded())
            let expected = step < 85 ? 0 : 1.5e-9 * exp(-(t - 8.5e-3) / 2e-3)
            XCTAssertEqual(row[0], expected, accuracy: roundOff(1.5e-9), "t = \(t)")
        }
    }

    /// delay = 0.1 ms·j onto 8 targets: target j's conductance jumps at exactly 7.0 ms + j·0.1 ms.
    func testPerSynapseDelaysArriveAtTheirOwnStep() throws {
        let interpreter = network("""
            population A = Src(1)
            population B = Sink(8)
            connect A -> B using ExpCur all w = 1 nA delay = 0.1 ms * j + 0.3 ms
            record B.g_A
            run 10 ms dt = 0.1 ms
            """)
        let record = interpreter.state.stateRecords[0]
        for j in 0..<8 {
            let first = record.values.firstIndex { $0[j] > 0 }!
            XCTAssertEqual(Int((record.times[first] * 1e4).rounded()), 70 + 3 + j, "target \(j)")
            XCTAssertEqual(record.values[first][j], 1e-9, accuracy: roundOff(1e-9))
        }
    }

    func testFaninGivesExactlyKSourcesPerTargetAndNoSelfConnections() {
        let interpreter = network("""
            population A = Src(200)
            connect A -> A.Isyn using ExpCur fanin = 17 w = 1 nA
            run 0 ms
            """)
        let pairs = connections(interpreter)
        XCTAssertEqual(pairs.count, 200 * 17)
        var perTarget = [Int](repeating: 0, count: 200)
        for (i, j) in pairs { perTarget[j] += 1; XCTAssertNotEqual(i, j) }
        XCTAssertEqual(Set(perTarget), [17])
        XCTAssertEqual(Set(pairs.map { "\($0.0),\($0.1)" }).count, pairs.count, "no pair twice")
    }

    func testFanoutAllAndOneToOneGiveTheirExactLists() {
        let interpreter = network("""
            population A = Src(50)
            population B = Sink(30)
            connect A -> B using ExpCur fanout = 9 w = 1 nA
            connect A -> A.Isyn using ExpCur all w = 1 nA
            connect A -> A.Isyn using ExpCur all w = 1 nA allow_self = true
            connect A -> A.Isyn using ExpCur one_to_one w = 1 nA
            run 0 ms
            """)
        var perSource = [Int](repeating: 0, count: 50)
        for (i, _) in connections(interpreter, 0) { perSource[i] += 1 }
        XCTAssertEqual(Set(perSource), [9])
        XCTAssertEqual(connections(interpreter, 1).count, 50 * 49)
        XCTAssertEqual(connections(interpreter, 2).count, 50 * 50)
        XCTAssertEqual(connections(interpreter, 3).map { $0.0 * 100 + $0.1 }, (0..<50).map { $0 * 101 })
    }

    /// 1000 × 1000 pairs at p = 0.02: the count is binomial(10⁶, 0.02), mean 20000, σ = 140; and rows are sorted.
    func testProbabilityGivesABinomialCountWithinFourSigma() {
        let interpreter = network("""
            population A = Src(1000)
            population B = Sink(1000)
            connect A -> B using ExpCur p = 0.02 w = 1 nA
            run 0 ms seed = 7
            """)
        let pairs = connections(interpreter)
        XCTAssertEqual(Double(pairs.count), 20000, accuracy: 4 * (1e6 * 0.02 * 0.98).squareRoot())
        XCTAssertTrue(zip(pairs, pairs.dropFirst()).allSatisfy { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) })
    }

    func testTheSameSeedReproducesTheSynapsesAndWeightsBitForBit() {
        func build(_ seed: Int) -> ([Int], [Double]) {
            let interpreter = network("""
                population A = Src(300)
                connect A -> A.Isyn using ExpCur p = 0.1 w = 1 nA * (1 + 0.1 * randn())
                run 0 ms seed = \(seed)
                """)
            let projection = interpreter.state.projections[0]
            return (connections(interpreter).map { $0.0 * 1000 + $0.1 }, (0..<projection.count).map { projection.weights![$0] })
        }
        let (a, wa) = build(3), (b, wb) = build(3), (c, _) = build(4)
        XCTAssertEqual(a, b)
        XCTAssertEqual(wa.map(\.bitPattern), wb.map(\.bitPattern))
        XCTAssertNotEqual(a, c)
        let mean = wa.reduce(0, +) / Double(wa.count)
        XCTAssertEqual(mean, 1e-9, accuracy: 4 * 0.1e-9 / Double(wa.count).squareRoot())
    }

    /// A source firing every 7.0 ms (reset to 0: the same crossing each time) through a depressing synapse:
    /// x recovers by dx/dt = (1 − x)/τ between spikes, advanced exactly at each arrival. After spikes at 7 and 14 ms,
    /// g = w·U·(1 + (1 − (1 − U)·e^(−7/10))).
    func testPerSynapseVariablesFollowTheirExactSolutionBetweenEvents() {
        let interpreter = network("""
            synapse Depressing {
              param tau_d = 10 ms, U = 0.5
              var x = 1 per synapse
              var g = 0 nA per post
              dx/dt = (1 - x) / tau_d
              on pre {
                g += w * U * x
                x -= U * x
              }
              current = g
            }
            population A = Src(1, Vreset = 0 mV)
            population B = Sink(1)
            connect A -> B using Depressing all w = 2 nA
            record A.spikes
            run 16 ms dt = 0.1 ms
            print B.g_A
            """)
        XCTAssertEqual(interpreter.state.spikeRecords["A"]!.times.map { ($0 * 1e4).rounded() }, [70, 140])
        let expected = 2e-9 * 0.5 * (1 + (1 - 0.5 * exp(-0.7)))
        XCTAssertEqual(interpreter.buffer("g_A", of: "B")![0], expected, accuracy: roundOff(expected))
    }

    /// `on post` runs once per synapse onto a neuron that fires: 3 sources all onto 2 clocks that each fire twice in 15 ms.
    /// An on-post rule that assigns w makes the weights plastic: each synapse's weight grows by 0.25 per post spike.
    func testOnPostRunsForEverySynapseOntoAFiringNeuronAndCanChangeWeights() {
        let interpreter = network("""
            synapse Counting {
              var h = 0 per post
              var g = 0 nA per post
              on pre { g += 0 * w }
              on post {
                h += 1
                w += 0.25 nA
              }
              current = g
            }
            population A = Src(3)
            population B = Src(2, Vreset = 0 mV)
            connect A -> B.Isyn using Counting all w = 1 nA
            run 15 ms dt = 0.1 ms
            print B.h_A
            """)
        let h = interpreter.buffer("h_A", of: "B")!
        XCTAssertEqual([h[0], h[1]], [6, 6])
        let projection = interpreter.state.projections[0]
        XCTAssertEqual((0..<projection.count).map { projection.weights![$0] }, [Double](repeating: 1.5e-9, count: 6))
    }

    /// A gap junction g·(V_pre − V_post) couples both ways: with C·dV/dt = I and forward Euler, the difference
    /// shrinks by exactly (1 − 2·g·dt/C) per step and the sum stays: 10 mV·0.998¹⁰⁰⁰ after 100 ms.
    func testGapJunctionCouplesBothWays() {
        let interpreter = network("""
            neuron Cell {
              param C = 1 nF
              var V = 0 mV
              input I = 0 nA
              dV/dt = I / C
            }
            synapse Gap {
              param g = 1 nS
              current = g * (V_pre - V_post)
            }
            population X = Cell(1)
            population Y = Cell(1)
            X.V = 10 mV
            connect X -> Y using Gap(g = 10 nS) all
            run 100 ms dt = 0.1 ms method = euler
            """)
        let x = interpreter.buffer("V", of: "X")![0], y = interpreter.buffer("V", of: "Y")![0]
        XCTAssertEqual(x - y, 10e-3 * pow(0.998, 1000), accuracy: roundOff(x - y))
        XCTAssertEqual(x + y, 10e-3, accuracy: roundOff(10e-3))
    }

    /// Spikes in flight wait in buffers that live across chunks and runs: a delayed, recurrent network gives the same
    /// spikes, bit for bit, in one run of 2000-step chunks, in 7-step chunks, and in two runs.
    func testSpikesInFlightSurviveChunkAndRunBoundaries() {
        let model = """
            population A = Src(400, Vreset = 0 mV)
            A.V = 10 mV * rand()
            connect A -> A.Isyn using ExpCur p = 0.05 w = -0.2 nA * rand() delay = 0.3 ms + 1 ms * rand()
            connect A -> A.Isyn using ExpCur fanout = 10 w = 0.1 nA delay = 0.5 ms
            record A.spikes

            """
        func spikes(chunk: Int64, runs: [String]) -> ([Double], [Int32]) {
            let interpreter = Interpreter.withPrivateCache()
            interpreter.stepsPerChunk = chunk
            XCTAssertNil(firstError(interpreter.execute(source + model + runs.map { "run \($0)\n" }.joined())))
            let record = interpreter.state.spikeRecords["A"]!
            return (record.times.map { ($0 * 1e4).rounded() }, record.indices)
        }
        let whole = spikes(chunk: 2000, runs: ["50 ms dt = 0.1 ms seed = 9"])
        XCTAssertGreaterThan(whole.0.count, 1000)
        let small = spikes(chunk: 7, runs: ["50 ms dt = 0.1 ms seed = 9"])
        let split = spikes(chunk: 2000, runs: ["20 ms dt = 0.1 ms seed = 9", "30 ms"])
        XCTAssertEqual(small.0, whole.0)
        XCTAssertEqual(small.1, whole.1)
        XCTAssertEqual(split.0, whole.0)
        XCTAssertEqual(split.1, whole.1)
    }

    /// Pair-based STDP from the core's pieces: per-synapse traces (exact decay between events), on pre and on post,
    /// and a plastic w. A pre spike at 5.0 ms and the post neuron's spike at 7.0 ms give w = w0 + Apre·e^(−2/20),
    /// then a second pre spike at 9.0 ms gives w + Apost·e^(−2/20).
    func testPairBasedSTDPGivesTheClosedFormWeight() {
        let interpreter = network("""
            synapse STDP {
              param taupre = 20 ms, taupost = 20 ms, Apre = 0.01 nS, Apost = -0.0105 nS, wmax = 1 nS
              var apre = 0 nS per synapse
              var apost = 0 nS per synapse
              var g = 0 nS per post
              dapre/dt = -apre / taupre
              dapost/dt = -apost / taupost
              on pre {
                g += 0 * w
                apre += Apre
                w = clip(w + apost, 0 nS, wmax)
              }
              on post {
                apost += Apost
                w = clip(w + apre, 0 nS, wmax)
              }
              current = g * (0 mV - V_post)
            }
            population G = generator(1, times = "5 ms, 9 ms")
            population B = Src(1)
            connect G -> B.Isyn using STDP all w = 0.5 nS
            record B.spikes
            run 10 ms dt = 0.1 ms
            """)
        XCTAssertEqual(interpreter.state.spikeRecords["B"]!.times.map { ($0 * 1e4).rounded() }, [70])
        let expected = 0.5e-9 + 0.01e-9 * exp(-2.0 / 20) - 0.0105e-9 * exp(-2.0 / 20)
        XCTAssertEqual(interpreter.state.projections[0].weights![0], expected, accuracy: roundOff(0.5e-9))
    }
}
