import SomaTestSupport
import XCTest
import Kernel
@testable import Plot

/// Issue 11, bug 21 in the kernel: `plot raster` and a plot of long traces emit the figure
/// reduced to what a screen shows, and keep the whole one for `export svg`.
final class PlotRasterReductionTests: XCTestCase {
    /// 50 neurons firing at 110–180 Hz for 10 s: more spikes per neuron than time bins.
    func testPlotRasterEmitsTheReducedFigureAndExportKeepsEverySpike() throws {
        let source = """
        neuron LIF {
          param tau = 10 ms, El = -65 mV, Vth = -50 mV, Vreset = -65 mV
          param R = 10 Mohm, t_ref = 2 ms
          var V = El
          input I = 0 nA
          dV/dt = (El - V + R*I) / tau
          spike V > Vth
          reset { V = Vreset }
          refractory t_ref
        }
        population Many = LIF(50)
        Many.I = 3 nA + 2 nA * i / N
        record Many.spikes
        run 10 s dt = 0.1 ms
        plot raster Many
        """
        let interpreter = Interpreter.withPrivateCache()
        let figures = interpreter.execute(source).compactMap { output -> Figure? in
            if case .figure(let figure) = output { return figure } else { return nil }
        }
        let emitted = try XCTUnwrap(figures.first)
        let whole = try XCTUnwrap(interpreter.lastFigure)
        let count = { (figure: Figure) -> Int in
            guard case .raster(_, let times, _, _, _) = figure.panels[0].series[0] else { return 0 }
            return times.count
        }
        XCTAssertGreaterThan(count(whole), DisplayResolution.reducedAbove, "enough spikes to be reduced")
        XCTAssertEqual(emitted, whole.reducedForDisplay())
        XCTAssertLessThan(count(emitted), count(whole))
        XCTAssertLessThanOrEqual(count(emitted), DisplayResolution.columns * 50 + 4)
    }

    /// `plot Big.V[0:3]` over 2·10⁵ steps: each trace crosses as at most four points per column.
    func testPlotOfLongTracesEmitsAFewPointsPerColumn() throws {
        let source = """
        neuron LIF {
          param tau = 10 ms, El = -65 mV, Vth = -50 mV, Vreset = -65 mV, R = 10 Mohm
          var V = El
          input I = 0 nA
          dV/dt = (El - V + R*I) / tau
          spike V > Vth
          reset { V = Vreset }
        }
        population Big = LIF(100)
        Big.I = 1.4 nA + 0.6 nA * i / N
        record Big.V[0:3]
        run 20 s dt = 0.1 ms
        plot Big.V[0:3]
        """
        let interpreter = Interpreter.withPrivateCache()
        let figures = interpreter.execute(source).compactMap { output -> Figure? in
            if case .figure(let figure) = output { return figure } else { return nil }
        }
        let emitted = try XCTUnwrap(figures.first)
        let whole = try XCTUnwrap(interpreter.lastFigure)
        let counts = { (figure: Figure) in
            figure.panels[0].series.map { series -> Int in if case .line(_, let x, _, _) = series { return x.count } else { return 0 } }
        }
        XCTAssertEqual(counts(whole), [200_000, 200_000, 200_000])
        XCTAssertEqual(emitted, whole.reducedForDisplay())
        XCTAssertTrue(counts(emitted).allSatisfy { $0 <= 4 * (DisplayResolution.columns + 2) }, "\(counts(emitted))")
    }
}
