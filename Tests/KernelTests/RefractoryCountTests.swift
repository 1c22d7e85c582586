import XCTest
@testable import Execution
@testable import Language

/// The refractory period as a count of steps left, 4 bytes per neuron: a spike's period holds the neuron for
/// exactly its steps, across runs and chunks (the count does not depend on the step number, so a run of any
/// length keeps it), and a period longer than the count can hold is refused where it is written.
final class RefractoryCountTests: XCTestCase {
    /// From v = Vr the neuron crosses Vt after the same steps each time; the period adds 5 ms = 50 steps.
    private func cell(refractory: String, run: String) -> String {
        """
        neuron Cell {
          param taum = 10 ms, El = -60 mV, Vt = -50 mV, Vr = -60 mV, I = 15 mV
          var v = El
          dv/dt = (I - (v - El)) / taum
          spike v > Vt
          reset { v = Vr }
          refractory \(refractory)
        }
        population P = Cell(1)
        record P.spikes
        \(run)
        print spikes(P)
        """
    }

    /// Each interval is the first spike's time (the climb from Vr) plus the period, to the step.
    func testAPeriodHoldsTheNeuronForItsSteps() {
        for jit in ["tcc", "cc"] {
            let times = spikeTimes(runModel(cell(refractory: "5 ms", run: "run 200 ms dt = 0.1 ms jit = \(jit)")), "P")
            XCTAssertGreaterThan(times.count, 5, jit)
            for (a, b) in zip(times, times.dropFirst()) { XCTAssertEqual(b - a, times[0] + 5, accuracy: 1e-9, jit) }
        }
    }

    /// A run split inside a period, or cut in chunks of 7 steps, gives the spikes of one run.
    func testThePeriodCarriesAcrossRunsAndChunks() {
        let whole = spikeTimes(runModel(cell(refractory: "5 ms", run: "run 100 ms dt = 0.1 ms")), "P")
        let split = spikeTimes(runModel(cell(refractory: "5 ms", run: "run 13 ms dt = 0.1 ms\nrun 87 ms dt = 0.1 ms")), "P")
        let chunked = spikeTimes(runModel(cell(refractory: "5 ms", run: "run 100 ms dt = 0.1 ms"), chunk: 7), "P")
        XCTAssertGreaterThan(whole.count, 3)
        XCTAssertLessThan(whole[0], 13)
        XCTAssertGreaterThan(whole[0] + 5, 13, "the split falls inside the first period")
        XCTAssertEqual(split.count, whole.count)
        for (a, b) in zip(split, whole) { XCTAssertEqual(a, b, accuracy: 1e-9) }
        XCTAssertEqual(chunked, whole)
    }

    /// 2·10⁹ steps fit the 4-byte count (one spike, then refractory to the end); 3·10⁹ do not, and the
    /// diagnostic points at the `refractory` line.
    func testAPeriodPastTheCountsRangeIsRefusedAtItsLine() {
        let long = spikeTimes(runModel(cell(refractory: "200000 s", run: "run 100 ms dt = 0.1 ms")), "P")
        XCTAssertEqual(long.count, 1)
        let outputs = Interpreter.withPrivateCache().execute(cell(refractory: "300000 s", run: "run 100 ms dt = 0.1 ms"))
        let error = firstError(outputs)
        guard case .outOfRange(let what, let value, _)? = error?.problem else { return XCTFail("\(outputs)") }
        XCTAssertTrue(what.contains("refractory period of P"), what)
        XCTAssertEqual(value, 3e9)
        XCTAssertEqual(error?.line, 7)
        XCTAssertTrue(error?.message.contains("at most 2147483647") ?? false, error?.message ?? "")
    }
}
