import XCTest
@testable import Execution
@testable import Language

/// The spike scan after the neuron loop skips groups of flags where none is set (16 under AVX-512 in the cc tier,
/// 8 otherwise: SpikeScanFormsTests) and walks the rest neuron by neuron. Spikes on both sides of a group's edge, in
/// the last, shorter group (100 = 12 · 8 + 4 = 6 · 16 + 4) and alone in a group come out in neuron order, the same
/// in both tiers and with the neurons split into parts that do not start on an edge.
final class SpikeScanTests: XCTestCase {
    /// Generator neuron k kicks neuron k of P (one to one) hard enough to cross threshold within a few steps; the
    /// long refractory period keeps each neuron to one spike, so P fires exactly the neurons kicked, in kick order.
    private func kicked(jit: String, threads: Int) -> String {
        """
        neuron Cell {
          param taum = 10 ms, Vt = 10 mV, Vr = 0 mV
          var v = 0 mV
          input Isyn = 0 mV
          dv/dt = (Isyn - v) / taum
          spike v > Vt
          reset { v = Vr }
          refractory 1 s
        }
        synapse Kick {
          param tau = 1 ms
          var g = 0 per post
          dg/dt = -g / tau
          on pre { g += w }
          current = g * 1 mV
        }
        population P = Cell(100)
        population G = generator(100, times = "1 ms, 1 ms, 1 ms, 1 ms, 2 ms, 3 ms, 3 ms, 4 ms", indices = "32, 99, 31, 0, 63, 64, 95, 96")
        connect G -> P using Kick one_to_one w = 1000
        record P.spikes
        run 10 ms dt = 0.1 ms jit = \(jit) threads = \(threads)
        print spikes(P)
        """
    }

    func testSpikesAtBlockEdgesComeOutInNeuronOrder() {
        var first: ([Double], [Int32])?
        for (jit, threads) in [("tcc", 1), ("cc", 1), ("cc", 3), ("tcc", 3)] {
            let interpreter = Interpreter.withPrivateCache()
            let outputs = interpreter.execute(kicked(jit: jit, threads: threads))
            XCTAssertNil(firstError(outputs), "\(jit) \(threads): \(outputs)")
            let record = interpreter.state.spikeRecords["P"]
            let times = record?.times ?? [], indices = record?.indices ?? []
            XCTAssertEqual(indices, [0, 31, 32, 99, 63, 64, 95, 96], "\(jit) \(threads)")
            guard times.count == 8 else { return XCTFail("\(jit) \(threads): \(times)") }
            // Every neuron crosses the same number of steps after its kick (times in seconds).
            let delay = times[0] - 0.001
            XCTAssertGreaterThan(delay, 0)
            for (t, kick) in zip(times, [1.0, 1, 1, 1, 2, 3, 3, 4]) { XCTAssertEqual(t, kick * 0.001 + delay, accuracy: 1e-12, "\(jit) \(threads)") }
            if let first { XCTAssertEqual(first.0, times); XCTAssertEqual(first.1, indices) } else { first = (times, indices) }
        }
    }
}
