import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import Network

/// `network EI(...) { ... }` and `network V1 = EI(...)`: instances expand into populations and projections
/// named under them, draw their random numbers from streams numbered from their names, nest, and connect.
final class NetworkDefinitionTests: XCTestCase {
    /// The models and the EI definition of examples/ei_network_reuse.soma.
    private func definitions() throws -> String {
        try example("ei_network_reuse.soma").components(separatedBy: "network A = ")[0]
    }

    private func spikes(_ interpreter: Interpreter, _ population: String) -> [UInt64] {
        (interpreter.state.spikeRecords[population]?.times ?? []).map(\.bitPattern)
            + (interpreter.state.spikeRecords[population]?.indices ?? []).map { UInt64(bitPattern: Int64($0)) }
    }

    private func run(_ source: String) -> Interpreter {
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute(source)
        XCTAssertNil(firstError(outputs).map { "\($0.line):\($0.column) \($0.problem)" })
        return interpreter
    }

    /// A alone, A beside B with A fed into B through a delay (w = 0, then w = 0.6 after reset), and B alone:
    /// each instance's spikes are the same bit for bit, B's differ from A's, and coupling changes B's.
    func testAnInstanceDrawsTheSameNumbersWhateverElseTheNetworkHolds() throws {
        let model = try definitions()
        let small = "EI(NE = 400, NI = 100, p = 0.1)"
        let runLine = "run 200 ms dt = 0.1 ms method = euler seed = 42 jit = tcc\n"
        let alone = run(model + "network A = \(small)\n" + runLine)
        let bAlone = run(model + "network B = \(small)\n" + runLine)
        let both = run(model + "network A = \(small)\nnetwork B = \(small)\n"
            + "connect A.E -> B.E using CondExp(tau = 5 ms, E = 0 mV) p = 0.02 w = 0 delay = 5 ms\n" + runLine)
        for population in ["A.E", "A.I"] {
            XCTAssertGreaterThan(spikes(alone, population).count, 100, population)
            XCTAssertEqual(spikes(both, population), spikes(alone, population), population)
        }
        for population in ["B.E", "B.I"] { XCTAssertEqual(spikes(both, population), spikes(bAlone, population), population) }
        XCTAssertNotEqual(spikes(both, "B.E"), spikes(both, "A.E"), "B draws its own connections and initial values")

        _ = both.execute("reset\nconnect A.E -> B.E using CondExp(tau = 5 ms, E = 0 mV) p = 0.02 w = 0.6 delay = 5 ms as driven\n" + runLine)
        XCTAssertEqual(spikes(both, "A.E"), spikes(alone, "A.E"), "feedforward into B leaves A as it was")
        XCTAssertNotEqual(spikes(both, "B.E"), spikes(bAlone, "B.E"), "A drives B")
    }

    /// Two names whose stream ids agree (the ids hold 12 bits of the name's hash) still draw different numbers: the
    /// seed carries all 64 bits of it. The pair is found among 400 names (a 12-bit match among them is all but certain).
    func testInstancesWhoseStreamIdsCoincideDrawDifferentNumbers() throws {
        var seen: [UInt32: String] = [:], pair: (String, String)?
        for k in 0..<400 where pair == nil {
            var streams = RandomStreams(instance: "N\(k)")
            let id = streams.initialValue()
            if let other = seen[id] { pair = (other, "N\(k)") } else { seen[id] = "N\(k)" }
        }
        let (a, b) = try XCTUnwrap(pair)
        XCTAssertNotEqual(RandomStreams(instance: a).seed, RandomStreams(instance: b).seed)
        let interpreter = run("""
            neuron Cell {
              var v = 0 mV
              dv/dt = -v / (10 ms)
            }
            network D {
              population P = Cell(50)
              P.v = 5 mV * randn()
            }
            network \(a) = D()
            network \(b) = D()
            run 1 ms dt = 0.1 ms
            """)
        let first = interpreter.buffer("v", of: "\(a).P")!, second = interpreter.buffer("v", of: "\(b).P")!
        XCTAssertNotEqual((0..<50).map { first[$0] }, (0..<50).map { second[$0] }, "\(a) and \(b)")
    }

    /// Noise, a Poisson population and Poisson input inside an instance draw from streams numbered from its name too:
    /// A placed after B runs as A alone, bit for bit, and B's spikes differ from A's.
    func testAnInstancesNoiseAndPoissonSourcesFollowItsName() throws {
        let model = try definitions().components(separatedBy: "network EI")[0] + """
        neuron Noisy {
          param taum = 20 ms, El = -60 mV, Vt = -50 mV, Vr = -60 mV, I = 9 mV
          var v = El
          input Isyn = 0 mV
          dv/dt = (Isyn - (v - El) + I) / taum + 2 mV * sqrt(2 / taum) * xi
          spike v > Vt
          reset { v = Vr }
          refractory 2 ms
        }
        network Driven(n = 100) {
          population E = Noisy(n)
          population S = poisson(20, rate = 10 Hz)
          connect S -> E using CondExp p = 0.5 w = 0.1
          connect poisson(50, rate = 5 Hz) -> E using CondExp w = 0.05
          record E.spikes
        }

        """
        let runLine = "run 200 ms dt = 0.1 ms method = euler seed = 3 jit = tcc\n"
        let alone = run(model + "network A = Driven()\n" + runLine)
        let after = run(model + "network B = Driven()\nnetwork A = Driven()\n" + runLine)
        XCTAssertGreaterThan(spikes(alone, "A.E").count, 100)
        XCTAssertEqual(spikes(after, "A.E"), spikes(alone, "A.E"))
        XCTAssertNotEqual(spikes(after, "B.E"), spikes(after, "A.E"))
    }

    /// Parameters with units and defaults that read earlier ones, nested instances, dotted names in connect,
    /// values, record and print, and the tree of instances `soma check` prints.
    func testNestedInstancesAndDottedNames() throws {
        let source = try definitions() + """
        network Area(n = 100, M = 2 * n, lag = 2 ms) {
          network L4 = EI(NE = n, NI = n / 4, p = 0.1)
          network L23 = EI(NE = M, NI = M / 4, p = 0.1)
          connect L4.E -> L23.E using CondExp p = 0.1 w = 0.5 delay = lag
        }
        network V1 = Area(n = 80)
        network V2 = Area(lag = 3 ms)
        connect V1.L23.E -> V2.L4.E using CondExp p = 0.05 w = 0.5 delay = 5 ms as feedforward
        V1.L4.E.v = -51 mV
        record V1.L4.E.v[0:2]
        run 20 ms dt = 0.1 ms method = euler seed = 1 jit = tcc
        print V1.L4.E.v[0], rate(V2.L23.I), count(V1.L4.E)

        """
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute(source)
        XCTAssertNil(firstError(outputs).map { "\($0.line):\($0.column) \($0.problem)" })
        let network = interpreter.network
        let sizes = Dictionary(uniqueKeysWithValues: network.populations.map { ($0.name, $0.size) })
        XCTAssertEqual(sizes, ["V1.L4.E": 80, "V1.L4.I": 20, "V1.L23.E": 160, "V1.L23.I": 40,
                               "V2.L4.E": 100, "V2.L4.I": 25, "V2.L23.E": 200, "V2.L23.I": 50])
        XCTAssertEqual(network.instances.map(\.name), ["V1", "V1.L4", "V1.L23", "V2", "V2.L4", "V2.L23"])
        XCTAssertEqual(network.instances[0].arguments, ["n = 80", "M = 160", "lag = 2 ms"])
        XCTAssertEqual(network.instances[1].arguments, ["NE = 80", "NI = 20", "p = 0.1", "we = 0.6", "wi = 6.7", "tau_i = 10 ms"])
        let delays = Dictionary(uniqueKeysWithValues: network.projections.map { ($0.name, $0.delay.expr.constantValue ?? -1) })
        XCTAssertEqual(delays["V1.L4.E_L23.E"], 0.002)
        XCTAssertEqual(delays["V2.L4.E_L23.E"], 0.003)
        XCTAssertEqual(delays["feedforward"], 0.005)
        XCTAssertEqual(delays["V1.L4.E_I"], 0)
        XCTAssertEqual(interpreter.state.stateRecords.count, 1)
        let printed = outputs.compactMap { output -> String? in
            if case .value(let expression, _, _, _) = output { return expression } else { return nil }
        }
        XCTAssertEqual(printed, ["V1.L4.E.v[0]", "rate(V2.L23.I)", "count(V1.L4.E)"])
        let description = NetworkDescription(network, runs: [], synapses: network.projections.map { _ in nil })
        XCTAssertEqual(description.instances.map(\.populations), [[], ["V1.L4.E", "V1.L4.I"], ["V1.L23.E", "V1.L23.I"],
                                                                  [], ["V2.L4.E", "V2.L4.I"], ["V2.L23.E", "V2.L23.I"]])
    }

    /// A definition run again replaces the first, and its instances are built again from it; an instance run
    /// again replaces itself; `delete` takes an instance, then the definition nothing uses any more.
    func testDefiningAgainReplaces() throws {
        let interpreter = Interpreter.withPrivateCache()
        let model = try definitions().components(separatedBy: "network EI")[0]
        func cell(_ text: String) { XCTAssertNil(firstError(interpreter.execute(text)).map { "\($0.problem)" }, text) }
        cell(model)
        cell("network Pair(n = 10) {\n population E = LIF(n)\n population I = LIF(n)\n}")
        cell("network A = Pair()")
        XCTAssertEqual(interpreter.network.population(named: "A.E")?.size, 10)
        cell("network Pair(n = 30) {\n population E = LIF(n)\n population I = LIF(n)\n}")
        XCTAssertEqual(interpreter.network.population(named: "A.E")?.size, 30)
        cell("network A = Pair(n = 5)")
        XCTAssertEqual(interpreter.network.populations.map(\.name), ["A.E", "A.I"])
        XCTAssertEqual(interpreter.network.population(named: "A.I")?.size, 5)
        XCTAssertEqual(firstError(interpreter.execute("delete Pair"))?.problem, .inUse(name: "Pair", users: ["A"]))
        cell("delete A")
        XCTAssertEqual(interpreter.network.populations.map(\.name), [])
        cell("delete Pair")
        XCTAssertTrue(interpreter.network.networkDefinitions.isEmpty)
    }

    func testMisusesAreNamed() throws {
        let model = try definitions().components(separatedBy: "network EI")[0]
        let pair = "network Pair(n = 10) {\n population E = LIF(n)\n}\n"
        let cases: [(String, Problem)] = [
            ("network A = Nothing()", .unknown(kind: "network definition", name: "Nothing")),
            (pair + "network A = Pair(M = 3)", .noSuchMember(owner: "network Pair", kind: "parameter", name: "M")),
            (pair + "network A = Pair(n = 3, n = 4)", .givenTwice(name: "n")),
            ("network Q(n = 1, n = 2) {\n}", .givenTwice(name: "n")),
            ("network Q(N = 1) {\n}", .nameTaken(name: "N", kind: "value every expression reads (i, j, N, t)")),
            ("network Q(t = 1) {\n}", .nameTaken(name: "t", kind: "value every expression reads (i, j, N, t)")),
            ("network Q {\n run 10 ms\n}", .notInNetworkBody(word: "'run'")),
            ("network Q {\n network R {\n }\n}", .notInNetworkBody(word: "network R { }")),
            ("network Q {\n network R = S()\n}\nnetwork S {\n network T = Q()\n}\nnetwork X = Q()", .inNetworkInstance(instance: "X", problem: .recursiveNetwork(name: "Q"))),
            (pair + "population A = LIF(3)\nnetwork A = Pair()", .nameTaken(name: "A", kind: "population, projection or network")),
            ("network Q {\n population E = Nobody(3)\n}\nnetwork X = Q()", .inNetworkInstance(instance: "X", problem: .unknown(kind: "model", name: "Nobody"))),
        ]
        for (source, problem) in cases {
            let error = firstError(Interpreter.withPrivateCache().execute(model + source))
            XCTAssertEqual(error?.problem, problem, source)
        }
        let error = firstError(Interpreter.withPrivateCache().execute(model + "network Q {\n population E = Nobody(3)\n}\nnetwork X = Q()"))
        XCTAssertEqual(error?.range.start.line, model.filter { $0 == "\n" }.count + 4, "shown at the instance, in the cell that builds it")
    }
}
