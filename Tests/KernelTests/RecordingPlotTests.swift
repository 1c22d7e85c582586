import XCTest
import Kernel
import Plot
@testable import Execution

/// Figures from recordings with known answers: a subgroup raster, `O.b vs O.a`, and ISI and CV
/// histograms of a generator whose spike times give the intervals by hand.
final class RecordingPlotTests: XCTestCase {
    /// Neuron 0 at 1, 2, 4 ms (ISIs 1, 2: CV 0.5/1.5 = 1/3); neuron 1 at 1, 3, 5, 7 ms (ISIs 2, 2, 2: CV 0);
    /// neuron 2 once (no interval).
    private let generator = """
        population G = generator(3, times = "1 ms, 2 ms, 4 ms, 1 ms, 3 ms, 5 ms, 7 ms, 6 ms", indices = "0, 0, 0, 1, 1, 1, 1, 2")
        record G.spikes
        run 10 ms dt = 0.1 ms

        """

    private func figure(_ text: String) throws -> Figure {
        let outputs = Interpreter.withPrivateCache().execute(text)
        XCTAssertNil(firstError(outputs).map { "\($0.line):\($0.column) \($0.message)" })
        return try XCTUnwrap(outputs.lazy.compactMap { output -> Figure? in if case .figure(let f) = output { return f } else { return nil } }.first)
    }

    private func histogram(_ figure: Figure) throws -> (edges: [Double], counts: [Double]) {
        guard case .histogram(_, let edges, let counts, _) = figure.panels[0].series[0] else { throw XCTSkip("no histogram") }
        return (edges, counts)
    }

    func testIntervalsPoolEveryNeuron() throws {
        let (edges, counts) = try histogram(try figure(generator + "plot isi G"))
        // ISIs 1, 2, 2, 2, 2 ms in 5 bins over [1, 2].
        XCTAssertEqual(edges.first!, 1, accuracy: 1e-9)
        XCTAssertEqual(edges.last!, 2, accuracy: 1e-9)
        XCTAssertEqual(counts, [1, 0, 0, 0, 4])
    }

    func testCoefficientOfVariationIsPerNeuron() {
        let intervals = SpikeIntervals(times: [1, 2, 4, 1, 3, 5, 7, 6], neurons: [0, 0, 0, 1, 1, 1, 1, 2])
        XCTAssertEqual(intervals.pooled, [1, 2, 2, 2, 2])
        XCTAssertEqual(intervals.coefficientsOfVariation.count, 2)
        XCTAssertEqual(intervals.coefficientsOfVariation[0], 1.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(intervals.coefficientsOfVariation[1], 0, accuracy: 1e-12)
    }

    func testCVHistogramCountsNeuronsWithTwoIntervals() throws {
        let (edges, counts) = try histogram(try figure(generator + "plot cv G"))
        XCTAssertEqual(counts.reduce(0, +), 2)
        XCTAssertEqual(edges.last!, 1.0 / 3, accuracy: 1e-6)
    }

    func testASubgroupRasterKeepsItsNeuronsAndIndices() throws {
        let figure = try figure(generator + "plot raster G[1:3]")
        guard case .raster(_, let times, let indices, _, _) = figure.panels[0].series[0] else { return XCTFail("no raster") }
        XCTAssertEqual(indices, [1, 1, 1, 2, 1])
        XCTAssertEqual(times.map { ($0 * 10).rounded() }, [10, 30, 50, 60, 70])
        XCTAssertEqual(figure.panels[0].yAxis.limits, .fixed(0.5, 2.5))
        XCTAssertEqual(figure.title, "spikes of G[1:3]")
    }

    func testStackedSubgroupsStartAtZero() throws {
        let figure = try figure(generator + "plot raster G[2:3], G[0:1]")
        guard case .raster(_, _, let indices, let groups, _) = figure.panels[0].series[0] else { return XCTFail("no raster") }
        XCTAssertEqual(indices, [0, 1, 1, 1])
        XCTAssertEqual(groups, [0, 1, 1, 1])
        XCTAssertEqual(figure.panels[0].yAxis.limits, .fixed(-0.5, 1.5))
    }

    /// a and b grow at 1 and 2 mV/ms from 0, so b = 2a at every sample, whatever the integrator.
    func testOneVariableAgainstAnotherPairsSamples() throws {
        let figure = try figure("""
            system Ramp {
              var a = 0 mV
              var b = 0 mV
              da/dt = 1 mV / ms
              db/dt = 2 mV / ms
            }
            population O = Ramp(2)
            record O.a, O.b
            run 2 ms dt = 0.1 ms
            plot O.b vs O.a
            """)
        XCTAssertEqual(figure.panels[0].series.count, 2)
        guard case .line(_, let x, let y, _) = figure.panels[0].series[0] else { return XCTFail("no curve") }
        XCTAssertEqual(x.count, 20)
        XCTAssertEqual(x.first!, 0, accuracy: 1e-12)
        XCTAssertEqual(x.last!, 1.9, accuracy: 1e-9) // samples are taken at the start of each step
        for (a, b) in zip(x, y) { XCTAssertEqual(b, 2 * a, accuracy: 1e-12) }
        XCTAssertEqual(figure.panels[0].xAxis.label, "a")
        XCTAssertEqual(figure.panels[0].yAxis.label, "b")
    }

    /// Four spikes of two neurons in 10 ms: 3 in [0, 5) ms is 3 / (2 · 5 ms) = 300 Hz, 1 in [5, 10) is 100 Hz.
    func testRateCountsSpikesPerNeuronPerWindow() throws {
        let figure = try figure("""
            population G = generator(2, times = "1 ms, 2 ms, 4 ms, 6 ms", indices = "0, 0, 1, 1")
            record rate(G) window 5 ms
            run 10 ms dt = 0.1 ms
            plot rate G
            """)
        guard case .step(_, let x, let y, _) = figure.panels[0].series[0] else { return XCTFail("no staircase") }
        XCTAssertEqual(x.map { ($0 * 1000).rounded() / 1000 }, [0, 5, 10])
        XCTAssertEqual(y[0], 300, accuracy: 1e-9)
        XCTAssertEqual(y[1], 100, accuracy: 1e-9)
        XCTAssertEqual(figure.panels[0].yAxis.unit, "Hz")
    }

    /// Only whole windows: 7 ms holds one 5 ms bin, and the spike at 6 ms is in none.
    func testAPartialLastWindowIsLeftOut() {
        let rate = PopulationRate(spikeTimes: [0.001, 0.006], neurons: 1, from: 0, to: 0.007, window: 0.005)
        XCTAssertEqual(rate.edges, [0, 0.005])
        XCTAssertEqual(rate.rates, [200])
    }
}
