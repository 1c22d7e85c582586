import Foundation
import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import JIT
@testable import Runtime

/// `record mean(E.V)` and `record mean(E.V - E.El)` (sum, min, max) are reduced by the generated
/// chunk code, one double per sample, so what a recording holds does not grow with the neurons;
/// the values are the bits a reduction of the full recording gives, on both tiers, in f64 and
/// f32, with 1 and 3 threads.
final class ReducedInGeneratedCodeTests: XCTestCase {
    private static let neurons = 100_000

    /// Enough for three threads to split the neurons (the bit-identity cases run eight times).
    private func source(precision: String, threads: Int, neurons: Int = 30_000) -> String {
        """
        neuron LIF {
          param tau = 10 ms, El = -65 mV, Vth = -50 mV, Vreset = -65 mV, R = 10 Mohm, Ee = 0 mV
          var V = El + 15 mV * rand()
          var g = 0.5 * rand()
          input I = 0 nA
          dV/dt = (El - V + R*I) / tau
          dg/dt = -g / (5 ms)
          spike V > Vth
          reset {
            V = Vreset
            g += 0.1
          }
        }
        population E = LIF(\(neurons))
        E.I = 1.2 nA + 0.6 nA * i / N
        record E.V, E.g every 0.5 ms
        record mean(E.V), sum(E.V), min(E.V), max(E.V), mean(E.V - E.El), max(E.g * (E.V - E.Ee)), min(-E.V[10:20] / E.R) every 0.5 ms
        run 10 ms dt = 0.1 ms seed = 4 precision = \(precision) threads = \(threads) %JIT%
        """
    }

    /// A chunk's buffer for a reduced record holds one value per sample, whatever the neurons.
    func testTheChunkBufferOfAReductionHoldsOneValuePerSample() {
        var record = StateRecord(population: "E", variable: "V", range: 0..<Self.neurons, everySteps: 1, startStep: 0)
        let full = ChunkBuffers.recordBuffer(for: record, stepsPerChunk: 10, precision: .f32)
        record.reduction = .mean
        let reduced = ChunkBuffers.recordBuffer(for: record, stepsPerChunk: 10, precision: .f32)
        XCTAssertEqual(reduced.rows, 12)
        XCTAssertEqual(reduced.values.count, reduced.rows, "one value per recorded step")
        XCTAssertEqual(reduced.values.precision, .f64)
        XCTAssertEqual(full.values.count, full.rows * Self.neurons)
    }

    /// The generated code writes one double per sample for a reduction and copies the neurons only for a full record.
    func testTheGeneratedCodeReducesInsteadOfCopying() throws {
        let emitted = NetworkCheck.emit(source(precision: "f32", threads: 1).replacingOccurrences(of: "%JIT%", with: ""))
        XCTAssertEqual(emitted.diagnostics.map(\.message), [])
        let c = try XCTUnwrap(emitted.units.last?.source)
        XCTAssertEqual(c.components(separatedBy: "for (i64 j = lo; j < hi; ++j) row[j - lo] = x[j];").count - 1, 2, "two full records")
        XCTAssertEqual(c.components(separatedBy: "])[*rows] = ").count - 1, 7, "seven reduced records")
        XCTAssertTrue(c.contains("const double v = ((double)r_g[i] * ((double)r_V[i] - q_Ee));"), c)
    }

    func testReducedValuesAreTheFullRecordingReducedOnBothTiersAndThreadCounts() throws {
        guard let system = NativeToolchain.system() else { throw XCTSkip("no C compiler on this machine: cc cannot be compared") }
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("soma-reduced-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        for precision in ["f64", "f32"] {
            var first: [[Double]]?
            for (jit, threads) in [("tcc", 1), ("tcc", 3), ("cc", 1), ("cc", 3)] {
                let interpreter = Interpreter()
                interpreter.nativeToolchain = NativeToolchain(compiler: system.compiler, cacheDirectory: cache)
                let outputs = interpreter.execute(source(precision: precision, threads: threads).replacingOccurrences(of: "%JIT%", with: "jit = \(jit)"))
                XCTAssertEqual(runSummary(outputs)?.tier.rawValue, jit)
                let records = interpreter.state.stateRecords
                guard firstError(outputs) == nil, records.count == 9 else { return XCTFail("\(firstError(outputs)?.message ?? "")") }
                let v = records[0].values, g = records[1].values
                XCTAssertEqual(v.count, 20)
                XCTAssertGreaterThan(interpreter.state.populations[0].spikeCount, 0, "neurons fire and reset")
                let expected: [[Double]] = [
                    v.map { Reduction.mean.apply($0) }, v.map { Reduction.sum.apply($0) },
                    v.map { Reduction.min.apply($0) }, v.map { Reduction.max.apply($0) },
                    v.map { row in Reduction.mean.apply(row.map { $0 - -0.065 }) },
                    zip(g, v).map { gs, vs in Reduction.max.apply(zip(gs, vs).map { $0 * ($1 - 0) }) },
                    v.map { row in Reduction.min.apply(row[10..<20].map { -$0 / 1e7 }) },
                ]
                let reduced = (2..<9).map { records[$0].values.map { $0[0] } }
                for (k, values) in reduced.enumerated() {
                    XCTAssertEqual(values.map(\.bitPattern), expected[k].map(\.bitPattern), "\(precision) \(jit) \(threads) threads, record \(k)")
                }
                XCTAssertTrue(records[2...].allSatisfy { $0.times == records[0].times })
                if let first { XCTAssertEqual(reduced, first, "\(precision) \(jit) \(threads)") } else { first = reduced }
            }
        }
    }
}
