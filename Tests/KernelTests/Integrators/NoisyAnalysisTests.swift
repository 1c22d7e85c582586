import XCTest
import Kernel
import Plot

/// Analyses of a model with noise read its drift (xi = 0): the same fixed points and nullclines
/// as the model without the noise term; phase-plane orbits carry the noise, the same each time.
final class NoisyAnalysisTests: XCTestCase {
    private func fhn(noise: String) -> String {
        """
        system FHN {
          param a = 0.7, b = 0.8, tau = 12.5
          input Iext = 0.5
          var v = -1, w = 1
          dv/dt = v - v^3/3 - w + Iext\(noise)
          dw/dt = (v + a - b*w) / tau
        }
        fixedpoints FHN with Iext = 0
        phaseplane FHN x = v in [-2.5, 2.5] y = w in [-1, 2.5] from (-2, 0), (0, 2) with Iext = 0.5

        """
    }

    private func parts(_ outputs: [Output]) -> (table: Table, series: [Series]) {
        var table: Table?, series: [Series] = []
        for output in outputs {
            if case .table(let t) = output, table == nil { table = t }
            if case .figure(let figure) = output { series += figure.panels.flatMap(\.series) }
        }
        return (table!, series)
    }

    private func orbits(_ series: [Series]) -> [[Double]] {
        series.compactMap { s -> [Double]? in
            if case .line(let name, let x, _, _) = s, name == nil || name == "orbits", x.count > 2 { return x }
            return nil
        }
    }

    /// As text: their segments are separated by NaN, which no array of doubles equals.
    private func nullclines(_ series: [Series]) -> [String] {
        series.filter { if case .line(let name?, _, _, _) = $0 { return name.hasSuffix("= 0") } else { return false } }.map { "\($0)" }
    }

    func testFixedPointsAndNullclinesAreTheDrift() {
        let quiet = parts(runModel(fhn(noise: ""))), noisy = parts(runModel(fhn(noise: " + 0.2 * xi")))
        XCTAssertEqual(noisy.table.rows, quiet.table.rows)
        XCTAssertFalse(nullclines(quiet.series).isEmpty)
        XCTAssertEqual(nullclines(noisy.series), nullclines(quiet.series))
    }

    /// A phase plane's nullclines hold NaN between segments: --json spells it "nan" instead of losing the figure.
    func testPhasePlaneFiguresSurviveJSON() throws {
        let figures = runModel(fhn(noise: " + 0.2 * xi")).filter { if case .figure = $0 { return true } else { return false } }
        let line = OutputFormat.json(try XCTUnwrap(figures.first), cell: 1)
        XCTAssertFalse(line.contains("\"figure\":null"))
        XCTAssertTrue(line.contains("\"nan\""))
    }

    func testOrbitsCarryTheNoiseAndAreReproducible() {
        let quiet = orbits(parts(runModel(fhn(noise: ""))).series)
        let noisy = orbits(parts(runModel(fhn(noise: " + 0.2 * xi"))).series)
        XCTAssertEqual(noisy.count, 2)
        XCTAssertNotEqual(noisy, quiet)
        XCTAssertEqual(orbits(parts(runModel(fhn(noise: " + 0.2 * xi"))).series), noisy)
    }
}
