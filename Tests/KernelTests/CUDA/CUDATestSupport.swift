import Foundation
import XCTest
import Kernel
import SomaTestSupport
@testable import Runtime
@testable import JIT

/// NVRTC for the CUDA tests: `SOMA_NVRTC`, the wheel `make test` installs into `.venv-test`, or the
/// system's; a test without it skips and says how to get it.
func testNVRTC() throws -> NVRTC {
    let venv = NVRTC.wheelLibraries(under: repositoryRoot.appendingPathComponent(".venv-test").path)
    do {
        return try NVRTC(candidates: venv + NVRTC.candidates())
    } catch {
        throw XCTSkip("NVRTC is not here (\(error.summary)); `make test` installs nvidia-cuda-nvrtc-cu12 into .venv-test, or set SOMA_NVRTC")
    }
}

/// The names of the `__global__` kernels a CUDA source defines, in order.
func kernelNames(in source: String) -> [String] {
    source.matches(of: /SOMA_KERNEL void (\w+)\(/).map { String($0.1) }
}

/// The examples that build a network and run it.
func examplesWithRuns() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("examples").path)
        .filter { $0.hasSuffix(".soma") }.sorted()
        .filter { try example($0).split(separator: "\n").contains { $0.hasPrefix("run ") } }
}

/// Two runs' end states agree bit for bit: spike trains, records, spike counts and every state variable.
func assertSameState(_ cpu: NetworkState, _ gpu: NetworkState, minimumSpikes: Int, file: StaticString = #filePath, line: UInt = #line) throws {
    XCTAssertEqual(cpu.spikeRecords.keys.sorted(), gpu.spikeRecords.keys.sorted(), file: file, line: line)
    var spikes = 0
    for (name, record) in cpu.spikeRecords {
        let other = try XCTUnwrap(gpu.spikeRecords[name], file: file, line: line)
        XCTAssertEqual(record.indices, other.indices, name, file: file, line: line)
        XCTAssertEqual(record.times, other.times, name, file: file, line: line)
        spikes += record.indices.count
    }
    XCTAssertGreaterThanOrEqual(spikes, minimumSpikes, file: file, line: line)
    XCTAssertEqual(cpu.stateRecords.map(\.values), gpu.stateRecords.map(\.values), file: file, line: line)
    XCTAssertEqual(cpu.stateRecords.map(\.times), gpu.stateRecords.map(\.times), file: file, line: line)
    XCTAssertEqual(cpu.populations.map(\.spikeCount), gpu.populations.map(\.spikeCount), file: file, line: line)
    XCTAssertEqual(cpu.step, gpu.step, file: file, line: line)
    for (k, population) in cpu.populations.enumerated() {
        for (name, buffer) in population.state {
            // Bit patterns, so that a NaN compares and -0 differs from 0.
            XCTAssertEqual(buffer.values.map(\.bitPattern), gpu.populations[k].state[name]?.values.map(\.bitPattern), "\(k).\(name)",
                           file: file, line: line)
        }
    }
}

/// Delays drawn per synapse, with short-term (Tsodyks–Markram, per-synapse variables advanced at each
/// arrival) and spike-timing plasticity (STDP: `on pre` at the delayed arrival, `on post` at the target's
/// spike), Poisson drive, and two runs, so that spikes still in flight at the end of the first arrive in
/// the second.
let delayedPlasticNetwork = """
    \(conductanceCell)
    population P = Cell(80)
    population Q = Cell(30)
    P.I = 0.09 nA + 0.04 nA * i / N
    P.v = -60 mV + 10 mV * rand()
    Q.I = 0.05 nA
    Q.v = -60 mV + 10 mV * rand()
    connect poisson(20, rate = 20 Hz) -> P using ExpCond w = 1 nS
    connect P -> P using TsodyksMarkram(U = 0.2, tau_rec = 100 ms, tau_facil = 50 ms) p = 0.1 w = 0.02 nA delay = 1 ms + 1 ms * rand()
    connect P -> Q using STDP(A_plus = 0.02 nS, A_minus = 0.021 nS, wmax = 1 nS) p = 0.3 w = 0.5 nS * rand() delay = 0.2 ms + 3 ms * rand()
    record P.spikes, Q.spikes
    run 60 ms dt = 0.1 ms method = euler seed = 13
    run 40 ms dt = 0.1 ms method = euler

    """

/// Two runs' synapses agree bit for bit: weights, per-synapse and per-source variables, and the
/// spikes in flight (each ring slot's queued synapse positions, in order).
func assertSameSynapses(_ cpu: NetworkState, _ gpu: NetworkState, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(cpu.projections.count, gpu.projections.count, file: file, line: line)
    for (k, projection) in cpu.projections.enumerated() where k < gpu.projections.count {
        let other = gpu.projections[k]
        XCTAssertEqual(projection.weights?.values.map(\.bitPattern), other.weights?.values.map(\.bitPattern), "weights of \(k)", file: file, line: line)
        for (name, buffer) in projection.state.merging(projection.sourceState, uniquingKeysWith: { a, _ in a }) {
            let theirs = other.state[name] ?? other.sourceState[name]
            XCTAssertEqual(buffer.values.map(\.bitPattern), theirs?.values.map(\.bitPattern), "\(k).\(name)", file: file, line: line)
        }
        XCTAssertEqual(queuedEvents(projection.spikesInFlight), queuedEvents(other.spikesInFlight), "spikes in flight of \(k)", file: file, line: line)
    }
}

/// Each ring slot's queued synapse positions (per-synapse delays), in order.
func queuedEvents(_ ring: DelayRing) -> [[Int32]] {
    (0..<ring.slots).map { s in
        let offset = s * DelayRing.queueRecordBytes
        let n = Int(ring.queue.load(fromByteOffset: offset + 8, as: Int64.self))
        guard n > 0, let events = ring.queue.load(fromByteOffset: offset, as: UnsafeMutableRawPointer?.self) else { return [] }
        return Array(UnsafeBufferPointer(start: events.assumingMemoryBound(to: Int32.self), count: n))
    }
}
