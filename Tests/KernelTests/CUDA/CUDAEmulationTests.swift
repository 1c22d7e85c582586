import Foundation
import XCTest
import Kernel
import SomaTestSupport
@testable import Execution
@testable import Language
@testable import Runtime

/// The CUDA kernels, run on the CPU with their launches emulated, give the spikes and records of the
/// C back end bit for bit: the kernels call the same step functions in the same order, list spikes
/// in neuron order and draw the same random numbers.
final class CUDAEmulationTests: XCTestCase {
    private func assertSameResults(_ source: String, minimumSpikes: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        try assertSameState(try CUDAEmulation.run(source, emulated: false), try CUDAEmulation.run(source, emulated: true),
                            minimumSpikes: minimumSpikes, file: file, line: line)
    }

    /// COBA at a tenth of its size, in f64: conductance synapses delivered on spikes, refractoriness.
    func testCOBAGivesTheCPUsSpikes() throws {
        let source = shrunkCOBA(try example("coba.soma"))
        XCTAssertTrue(source.contains("LIF(320)") && source.contains("run 100 ms"))
        try assertSameResults(source, minimumSpikes: 300)
    }

    /// Deliveries run a thread per target neuron (pull_c) where that writes what the CPU writes in
    /// its order — COBA's, so the test above proves them on its spikes — and stay on one thread where
    /// a source's variables are shared by its targets (Wang 2002's NMDA synapses, `per pre`).
    func testDeliveryIsTargetParallelWhereItStaysExact() throws {
        let coba = try XCTUnwrap(NetworkCheck.emit(try example("coba.soma"), target: .cuda).units.first).source
        XCTAssertEqual(kernelNames(in: coba).filter { $0.contains("_c") },
                       (0..<4).flatMap { ["soma_pull_c\($0)", "soma_arrived_c\($0)"] } + (0..<4).map { "soma_enqueue_c\($0)" })
        let wang = try XCTUnwrap(NetworkCheck.emit(try example("wang2002.soma"), target: .cuda).units.first).source
        let nmda = wang.components(separatedBy: "\n").filter { $0.contains("per pre") || $0.contains("z_") }
        XCTAssertFalse(nmda.isEmpty, "Wang 2002 has per-source variables")
        XCTAssertTrue(kernelNames(in: wang).contains { $0.hasPrefix("soma_deliver_c") })
        XCTAssertTrue(kernelNames(in: wang).contains { $0.hasPrefix("soma_pull_c") })
    }

    /// Noise (Philox draws in every update), spikes counted in a variable by the reset, a recorded voltage.
    func testNoisyLIFGivesTheCPUsState() throws {
        let source = try example("noisy_lif.soma").replacingOccurrences(of: "run 1 s", with: "record Noisy.V[0:3]\nrun 100 ms")
        try assertSameResults(source, minimumSpikes: 0)
        let n = try CUDAEmulation.run(source, emulated: true).populations[1].state["n"]!.values
        XCTAssertGreaterThan(n.reduce(0, +), 100, "the noisy neurons fire")
    }

    /// Hodgkin–Huxley neurons with exponential synapses in f32 (COBAHH at a tenth of its size).
    func testCOBAHHInFloatGivesTheCPUsSpikes() throws {
        let source = shrunkCOBA(try example("cobahh.soma")).replacingOccurrences(of: "seed = 42", with: "seed = 42 precision = f32")
        XCTAssertTrue(source.contains("precision = f32"))
        try assertSameResults(source, minimumSpikes: 100)
    }

    /// An adaptive method, a fractional one, delayed reads, Runge–Kutta with a reset, channels.
    func testOtherUpdatesGiveTheCPUsState() throws {
        for file in ["lorenz_adaptive.soma", "fractional_relaxation.soma", "mackey_glass.soma", "izhikevich.soma", "thalamic_rebound.soma"] {
            try assertSameResults(try example(file), minimumSpikes: 0)
        }
    }

    /// Poisson inputs onto four populations, NMDA synapses with per-source variables (Wang 2002, 100 ms).
    func testWang2002GivesTheCPUsSpikes() throws {
        let source = try example("wang2002.soma").replacingOccurrences(of: "run 1 s", with: "run 100 ms")
        XCTAssertTrue(source.contains("run 100 ms"))
        try assertSameResults(source, minimumSpikes: 100)
    }

    /// Delays drawn per synapse, with short-term and spike-timing plasticity, over two runs: the kernels
    /// file each synapse's event and deliver it in the CPU's order, in rows of fixed length, and hand the
    /// spikes still in flight to the next run as the CPU's queues.
    func testPerSynapseDelaysGiveTheCPUsSpikesAndSynapses() throws {
        let cpu = try CUDAEmulation.run(delayedPlasticNetwork, emulated: false)
        let gpu = try CUDAEmulation.run(delayedPlasticNetwork, emulated: true)
        try assertSameState(cpu, gpu, minimumSpikes: 200)
        assertSameSynapses(cpu, gpu)
        let inFlight = gpu.projections.map { queuedEvents($0.spikesInFlight).joined().count }
        XCTAssertGreaterThan(inFlight.reduce(0, +), 0, "spikes are in flight at the end")
    }

    /// A value that overflows stops the kernels where the CPU stops: the same step, neuron and variable.
    func testANonFiniteValueStopsWhereTheCPUStops() throws {
        let source = "system Blow {\n  var x = 1\n  dx/dt = x * x\n}\npopulation B = Blow(3)\nB.x = 1 + i\nrun 10 dt = 0.1 method = euler\n"
        var messages: [String] = []
        for emulated in [false, true] {
            XCTAssertThrowsError(try CUDAEmulation.run(source, emulated: emulated)) { messages.append(($0 as? Diagnostic)?.message ?? "\($0)") }
        }
        XCTAssertEqual(messages.count, 2)
        XCTAssertEqual(messages.first, messages.last)
        XCTAssertTrue(messages.first?.contains("B.x[2]") ?? false, messages.first ?? "")
    }

}
