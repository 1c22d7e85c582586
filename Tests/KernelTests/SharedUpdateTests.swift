import Foundation
import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import JIT
@testable import Runtime

/// Populations of one neuron model and method run one compiled update function (`update_pM`, called by each
/// population's `step_pK` with its own slot and parameter indices): the unit holds the loop once, and each
/// population's results are the bits its own function gives, on both tiers.
final class SharedUpdateTests: XCTestCase {
    private var cacheDirectory: URL!
    private var toolchain: NativeToolchain!

    override func setUpWithError() throws {
        guard let system = NativeToolchain.system() else { throw XCTSkip("no C compiler on this machine") }
        cacheDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("soma-shared-\(UUID().uuidString)")
        toolchain = NativeToolchain(compiler: system.compiler, cacheDirectory: cacheDirectory)
    }

    override func tearDown() {
        if let cacheDirectory { try? FileManager.default.removeItem(at: cacheDirectory) }
    }

    func testCOBAsTwoPopulationsCallOneUpdateFunction() throws {
        let c = try unit(example("coba.soma"))
        XCTAssertEqual(c.components(separatedBy: " int update_p0(").count - 1, 1, "one definition")
        XCTAssertEqual(c.components(separatedBy: "return update_p0(slot, P, S, Q,").count - 1, 2, "called by step_p0 and step_p1")
        XCTAssertFalse(c.contains("update_p1"))
        XCTAssertEqual(c.components(separatedBy: "for (i64 i = lo; i < hi; ++i) {").count - 1, 2, "one neuron loop and one reset loop")
    }

    /// A parameter the equations do not read changes the text, so Q gets a function of its own.
    func testPopulationsWhoseCodeDiffersKeepTheirOwnSteps() throws {
        let c = try unit(network(sharing: false))
        XCTAssertFalse(c.contains("update_p"), c)
        XCTAssertTrue(c.contains("static int step_p0(void **slot, const double *P, i64 s,"))
        XCTAssertTrue(c.contains("static int step_p1(void **slot, const double *P, i64 s,"))
    }

    /// P and Q differ in size, parameters, initial values and inputs; Q's results through P's function are the
    /// bits of Q's own function, under tcc and cc, in f64 and f32.
    func testASharedUpdateGivesEachPopulationTheBitsOfItsOwn() throws {
        XCTAssertTrue(try unit(network(sharing: true)).contains("return update_p0(slot, P, S, Q,"))
        for precision in ["f64", "f32"] {
            for jit in ["tcc", "cc"] {
                let shared = try run(network(sharing: true, precision: precision), jit: jit)
                let own = try run(network(sharing: false, precision: precision), jit: jit)
                XCTAssertGreaterThan(shared.spikeTimes.count, 50, "\(precision) \(jit)")
                XCTAssertEqual(shared, own, "\(precision) \(jit)")
            }
        }
    }

    private func network(sharing: Bool, precision: String = "f64") throws -> String {
        let lif = try modelOf("coba.soma", "synapse CondExp")
        let copy = lif.replacingOccurrences(of: "neuron LIF", with: "neuron LIF2")
            .replacingOccurrences(of: "I = 20 mV", with: sharing ? "I = 20 mV" : "I = 20 mV, unused = 1")
        let synapse = "synapse CondExp" + (try modelOf("coba.soma", "population Exc")).components(separatedBy: "synapse CondExp")[1]
        return lif + copy + synapse + """
            population P = LIF(300)
            population Q = LIF2(120)
            P.v = -60 mV + 12 mV * i / N
            Q.v = -58 mV + 7 mV * i / N
            Q.taum = 15 ms
            Q.I = 18 mV
            connect poisson(40, rate = 20 Hz) -> P, Q using CondExp(tau = 5 ms, E = 0 mV) w = 0.5
            connect P -> P, Q using CondExp(tau = 5 ms, E = 0 mV) p = 0.05 w = 0.6
            connect Q -> P, Q using CondExp(tau = 10 ms, E = -80 mV) p = 0.05 w = 6.7
            record P.spikes, Q.spikes
            run 200 ms dt = 0.1 ms method = euler precision = \(precision) seed = 9 %JIT%

            """
    }

    private func unit(_ source: String) throws -> String {
        let emitted = NetworkCheck.emit(source.replacingOccurrences(of: "%JIT%", with: ""))
        XCTAssertEqual(emitted.diagnostics.map(\.message), [])
        return try XCTUnwrap(emitted.units.last?.source)
    }

    private func run(_ source: String, jit: String) throws -> TierTests.Results {
        let interpreter = Interpreter()
        interpreter.nativeToolchain = toolchain
        let outputs = interpreter.execute(source.replacingOccurrences(of: "%JIT%", with: "jit = \(jit)"))
        if let error = firstError(outputs) { XCTFail("\(error.line):\(error.column): \(error.message)") }
        XCTAssertEqual(runSummary(outputs)?.tier, jit == "cc" ? .cc : .tcc)
        return TierTests.Results(interpreter)
    }
}
