import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import Network
@testable import Runtime

/// examples/multiarea.soma, the ventral stream of the BrainPy paper's Appendix 9: its instance tree, its inter-area
/// projections against the published numbers they come from (Markov et al. 2014: FLNe from the Cereb Cortex data,
/// white-matter distances from the J Comp Neurol data) and a conduction speed of 3.5 m/s, and a current step into V1
/// reaching V2, V4, TEO and TEpd in the order of the hierarchy.
final class MultiAreaTests: XCTestCase {
    /// Markov et al.'s FLNe of each pathway (geometric mean over a target's injections) and the white-matter distance
    /// between its areas in mm. V1 -> TEO and V1 -> TEpd were not labelled.
    private static let pathways: [(source: String, target: String, flne: Double, mm: Double)] = [
        ("V2", "V1", 0.7313, 9.3), ("V4", "V1", 0.1196, 14.8), ("TEO", "V1", 0.02347, 14.9), ("TEpd", "V1", 0.003049, 25.5),
        ("V1", "V2", 0.7633, 9.3), ("V4", "V2", 0.1482, 9.4), ("TEO", "V2", 0.002729, 12.2), ("TEpd", "V2", 0.0009464, 19.8),
        ("V1", "V4", 0.01212, 14.8), ("V2", "V4", 0.3884, 9.4), ("TEO", "V4", 0.2380, 9.8), ("TEpd", "V4", 0.07485, 16.5),
        ("V2", "TEO", 0.0243, 12.2), ("V4", "TEO", 0.256, 9.8), ("TEpd", "TEO", 0.231, 10.7),
        ("V2", "TEpd", 0.000175, 19.8), ("V4", "TEpd", 0.0274, 16.5), ("TEO", "TEpd", 0.138, 10.7),
    ]
    private static let hierarchy = ["V1", "V2", "V4", "TEO", "TEpd"]
    private static let speed = 3.5, dt = 1e-4, onset = 0.05

    /// The example up to its run, the instance line as given.
    private static func network(_ instance: String = "VentralStream()") throws -> String {
        let text = try example("multiarea.soma").components(separatedBy: "\nrun ")[0]
        return text.replacingOccurrences(of: "network Stream = VentralStream()", with: "network Stream = \(instance)")
    }

    /// The example at 400 + 100 neurons per area, each neuron keeping its 64 + 16 local inputs (p = 0.16) and its
    /// expected inputs from other areas (p_inter = 0.16), for 80 ms: the step ends at 100 ms, the last area answers
    /// before 75 ms.
    private static func reduced(stimulus: String = "", seed: Int = 1234) throws -> Interpreter {
        let source = try network("VentralStream(NE = 400, NI = 100, p = 0.16, p_inter = 0.16\(stimulus))")
            + "\nrun 80 ms dt = 0.1 ms method = exp_euler seed = \(seed)\n"
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute(source)
        if let error = firstError(outputs) { XCTFail("\(error.line):\(error.column) \(error.problem)") }
        return interpreter
    }

    private static func area(_ population: String) -> String {
        String(population.split(separator: ".")[1])
    }

    /// (time, neuron) of every spike of `population`, in the order they were recorded.
    private static func spikes(_ interpreter: Interpreter, _ population: String) -> [(Double, Int32)] {
        let record = interpreter.state.spikeRecords[population]
        return Array(zip(record?.times ?? [], record?.indices ?? []))
    }

    /// The time of the first spike of `population` that differs between two runs (a spike one has and the other not).
    private static func divergence(_ a: Interpreter, _ b: Interpreter, _ population: String) -> Double {
        let (x, y) = (spikes(a, population), spikes(b, population))
        var k = 0
        while k < min(x.count, y.count), x[k] == y[k] { k += 1 }
        return min(k < x.count ? x[k].0 : .infinity, k < y.count ? y[k].0 : .infinity)
    }

    /// `soma check`'s tree: one VentralStream holding five Areas, each of an E and an I population of HH neurons.
    func testTheStreamIsFiveInstancesOfOneArea() throws {
        let checked = NetworkCheck.check(try Self.network())
        XCTAssertEqual(checked.diagnostics.map(\.message), [])
        let instances = checked.network.instances
        XCTAssertEqual(instances.map(\.name), ["Stream"] + Self.hierarchy.map { "Stream.\($0)" })
        XCTAssertEqual(instances.map(\.definition), ["VentralStream"] + Array(repeating: "Area", count: 5))
        XCTAssertEqual(instances[0].arguments, ["NE = 3200", "NI = 800", "p = 0.02", "p_inter = 0.02", "g_E = 0.03 mS/cm^2",
                                                "speed = 3.5 m/s", "stim = 0.8 uA/cm^2"])
        XCTAssertEqual(instances[1].arguments, ["NE = 3200", "NI = 800", "p = 0.02", "g_E = 0.03 mS/cm^2", "g_I = 0.335 mS/cm^2",
                                                "stim = 0.8 uA/cm^2"])
        XCTAssertEqual(instances[2].arguments.last, "stim = 0 uA/cm^2", "only V1 is stimulated")
        for (instance, name) in zip(instances.dropFirst(), Self.hierarchy) {
            XCTAssertEqual(instance.populations, ["Stream.\(name).E", "Stream.\(name).I"])
        }
        let sizes = Dictionary(uniqueKeysWithValues: checked.network.populations.map { ($0.name, $0.size) })
        for name in Self.hierarchy {
            XCTAssertEqual(sizes["Stream.\(name).E"], 3200)
            XCTAssertEqual(sizes["Stream.\(name).I"], 800)
        }
    }

    /// Every pathway Markov et al. found among the five areas, and no other, joins the source's E population to the
    /// target's E and I with probability 0.02·FLNe and the local E weight, delayed by distance / 3.5 m/s; at the
    /// example's size each count lies within 3 standard deviations of its binomial mean.
    func testInterAreaProjectionsAreTheFLNeAndDistancesOfMarkovEtAl() throws {
        let source = try Self.network()
        let interpreter = Interpreter.withPrivateCache()
        XCTAssertNil(firstError(interpreter.execute(source)))
        let network = interpreter.network
        let checked = NetworkCheck.check(source + "\nrun 200 ms dt = 0.1 ms\n")
        let names = network.populations.map(\.name)
        let between = network.projections.indices.filter {
            Self.area(names[network.projections[$0].source]) != Self.area(names[network.projections[$0].target])
        }
        XCTAssertEqual(between.count, 2 * Self.pathways.count)
        for k in between {
            let projection = network.projections[k]
            let (from, to) = (names[projection.source], names[projection.target])
            XCTAssertTrue(from.hasSuffix(".E"), "\(from) -> \(to): only excitatory neurons project between areas")
            let pathway = try XCTUnwrap(Self.pathways.first { $0.source == Self.area(from) && $0.target == Self.area(to) }, "\(from) -> \(to)")
            guard case .probability(let p) = projection.rule else { return XCTFail("\(from) -> \(to): \(projection.rule)") }
            XCTAssertEqual(p, 0.02 * pathway.flne, accuracy: roundOff(p), "\(from) -> \(to)")
            guard case .constant(let w) = projection.weight else { return XCTFail("\(from) -> \(to): per-synapse weight") }
            XCTAssertEqual(w, 0.3, accuracy: roundOff(0.3), "0.03 mS/cm^2 in S/m^2")
            guard case .constant(let delay) = projection.delay else { return XCTFail("\(from) -> \(to): per-synapse delay") }
            XCTAssertEqual(delay, pathway.mm * 1e-3 / Self.speed, accuracy: roundOff(delay), "\(from) -> \(to)")
            let pairs = Double(3200 * (to.hasSuffix(".E") ? 3200 : 800))
            let (mean, sd) = (pairs * p, (pairs * p * (1 - p)).squareRoot())
            let count = Double(try XCTUnwrap(checked.network.projections[k].synapses))
            XCTAssertLessThanOrEqual(abs(count - mean), 3 * sd, "\(from) -> \(to): \(count) synapses, \(mean) expected")
        }
        for target in ["TEO", "TEpd"] {
            XCTAssertFalse(between.contains { names[network.projections[$0].source] == "Stream.V1.E"
                && Self.area(names[network.projections[$0].target]) == target }, "V1 -> \(target) was not labelled")
        }
    }

    /// A step into V1 at 50 ms, against the same run without it: every spike before 50 ms is the same, bit for bit, and
    /// the first spike the step changes comes later area by area up the hierarchy. No area's comes before the first
    /// changed spike of an area projecting to it could arrive there: each ring holds the pathway's delay,
    /// distance / 3.5 m/s, rounded to steps of 0.1 ms.
    func testAStepIntoV1ReachesTheAreasInHierarchyOrder() throws {
        let driven = try Self.reduced(), quiet = try Self.reduced(stimulus: ", stim = 0 uA/cm^2")
        let network = driven.network, names = network.populations.map(\.name)
        var first: [String: Double] = [:]
        for name in Self.hierarchy {
            let population = "Stream.\(name).E"
            XCTAssertEqual(Self.spikes(driven, population).filter { $0.0 < Self.onset }.map { "\($0.0) \($0.1)" },
                           Self.spikes(quiet, population).filter { $0.0 < Self.onset }.map { "\($0.0) \($0.1)" }, population)
            first[name] = Self.divergence(driven, quiet, population)
        }
        let order = Self.hierarchy.map { first[$0]! }
        XCTAssertGreaterThanOrEqual(order[0], Self.onset)
        XCTAssertEqual(order, order.sorted(), "\(zip(Self.hierarchy, order).map { "\($0) \($1)" })")
        XCTAssertEqual(Set(order).count, order.count, "strictly later up the hierarchy: \(order)")
        XCTAssertLessThan(order.last!, 0.08, "the step reaches TEpd within the run")
        var earliest: [String: Double] = [:]
        for k in network.projections.indices {
            let (from, to) = (Self.area(names[network.projections[k].source]), Self.area(names[network.projections[k].target]))
            guard from != to, case .constant(let delay) = network.projections[k].delay else { continue }
            let steps = driven.state.projections[k].spikesInFlight.slots - 1
            XCTAssertEqual(steps, Int((delay / Self.dt).rounded()), "\(from) -> \(to)")
            earliest[to] = min(earliest[to] ?? .infinity, first[from]! + Double(steps) * Self.dt)
        }
        for name in Self.hierarchy.dropFirst() {
            XCTAssertGreaterThanOrEqual(first[name]! + 1e-9, earliest[name]!, "\(name) changes before a changed spike reaches it")
        }
    }

    /// The same seed gives the same spikes in every population, bit for bit; another seed gives others.
    func testRunsAreReproducibleBySeed() throws {
        let a = try Self.reduced(), b = try Self.reduced(), c = try Self.reduced(seed: 1235)
        for population in a.network.populations.map(\.name) {
            let spikes = Self.spikes(a, population)
            XCTAssertGreaterThan(spikes.count, 100, population)
            XCTAssertTrue(spikes.elementsEqual(Self.spikes(b, population)) {
                $0.0.bitPattern == $1.0.bitPattern && $0.1 == $1.1
            }, population)
            XCTAssertFalse(spikes.elementsEqual(Self.spikes(c, population)) { $0 == $1 }, population)
        }
    }
}
