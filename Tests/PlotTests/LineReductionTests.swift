import Foundation
import XCTest
@testable import Plot

/// Issue 11: a long line (`plot Big.V[0:1000]` over 10⁶ steps) is reduced before it leaves the
/// kernel to the samples `LineReducer` draws at `DisplayResolution` — per pixel column the
/// first, lowest, highest and last — so what crosses the protocol is a few points per column.
final class LineReductionTests: XCTestCase {
    /// `series` noisy traces of `samples` steps each: a slow sine, a spike every 997 steps and
    /// noise from a fixed LCG, so every column has an envelope and single-sample extremes.
    private func traces(samples: Int, series: Int) -> Figure {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        let x = (0..<samples).map { Double($0) * 0.01 }
        var lines: [Series] = []
        for k in 0..<series {
            var y = [Double](repeating: 0, count: samples)
            for step in 0..<samples {
                let slow: Double = 5 * sin(Double(step) * 1e-4 + Double(k))
                let spike: Double = step % 997 == 0 ? 40 : 0
                y[step] = -65 + slow + 3 * uniform() + spike
            }
            lines.append(.line(name: "V[\(k)]", x: x, y: y))
        }
        return Figure.single(lines, xAxis: Axis(label: "t", unit: "ms"), yAxis: Axis(label: "V", unit: "mV"), title: "Big.V", legend: true)
    }

    private func points(_ figure: Figure) -> [Int] {
        figure.panels[0].series.map { if case .line(_, let x, _, _) = $0 { return x.count } else { return 0 } }
    }

    /// Two traces of 10⁶ steps cross as at most four points per column each, and every
    /// terminal and SVG size draws them as it draws the whole data.
    func testAMillionStepsBecomeAFewPointsPerColumnDrawnAlike() throws {
        let whole = traces(samples: 1_000_000, series: 2)
        let reduced = whole.reducedForDisplay()
        for count in points(reduced) {
            XCTAssertLessThanOrEqual(count, 4 * (DisplayResolution.columns + 2), "at most first, lowest, highest and last per column")
        }
        XCTAssertLessThan(try JSONEncoder().encode(reduced).count, 400_000)
        XCTAssertEqual(reduced.reducedForDisplay(), reduced, "what is kept is kept again")
        for (width, height) in [(48, 14), (80, 24), (160, 40), (500, 120)] {
            for colours in [ColourMode.none, .ansi256] {
                let renderer = TerminalRenderer(canvas: .braille, colours: colours)
                XCTAssertEqual(renderer.render(reduced, width: width, height: height), renderer.render(whole, width: width, height: height),
                               "terminal \(width)×\(height)")
            }
        }
        for (width, height) in [(400, 260), (800, 500)] {
            XCTAssertEqual(SVGRenderer().render(reduced, width: width, height: height), SVGRenderer().render(whole, width: width, height: height),
                           "svg \(width)×\(height)")
        }
    }

    /// With fixed x limits and a log y axis the columns are those of the limits, and samples
    /// outside them keep the lines that cross in.
    func testLimitsAndLogAxesReduceAlike() {
        var whole = traces(samples: 200_000, series: 1)
        whole.panels[0].xAxis.limits = .fixed(300, 1200)
        whole.panels[0].series = whole.panels[0].series.map {
            guard case .line(let name, let x, let y, let style) = $0 else { return $0 }
            return .line(name: name, x: x, y: y.map { $0 + 100 }, style: style)
        }
        whole.panels[0].yAxis.scale = .log
        let reduced = whole.reducedForDisplay()
        XCTAssertLessThanOrEqual(points(reduced)[0], 4 * (DisplayResolution.columns + 2))
        let renderer = TerminalRenderer(canvas: .braille, colours: .none)
        XCTAssertEqual(renderer.render(reduced, width: 80, height: 24), renderer.render(whole, width: 80, height: 24))
        XCTAssertEqual(SVGRenderer().render(reduced, width: 400, height: 260), SVGRenderer().render(whole, width: 400, height: 260))
    }

    func testShortAndUnsortedLinesCrossAsTheyAre() {
        let short = traces(samples: DisplayResolution.reducedAbove, series: 1)
        XCTAssertEqual(short.reducedForDisplay(), short)
        let x = (0..<100_000).map { sin(Double($0)) }
        let loop = Figure.single([.line(name: nil, x: x, y: x.map { $0 * $0 })], xAxis: Axis(label: "v"), yAxis: Axis(label: "w"))
        XCTAssertEqual(loop.reducedForDisplay(), loop, "an orbit is not a function of x")
    }
}
