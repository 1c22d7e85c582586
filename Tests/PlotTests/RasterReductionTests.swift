import Foundation
import XCTest
@testable import Plot

/// Issue 11, bug 21: a raster of millions of spikes is reduced before it leaves the
/// kernel to a description bounded by `DisplayResolution`, drawn exactly as before.
final class RasterReductionTests: XCTestCase {
    /// Spikes on `neurons` neurons from a fixed LCG, at times uniform in [0, duration), or
    /// with `volleys`, within 1 µs after one of that many whole milliseconds.
    private func raster(spikes: Int, neurons: Int, duration: Double, volleys: Int? = nil, groupSizes: [Int]) -> Figure {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        var times: [Double] = [], indices: [Int] = []
        times.reserveCapacity(spikes)
        indices.reserveCapacity(spikes)
        for _ in 0..<spikes {
            let uniform = Double(next()) / Double(1 << 53)
            times.append(volleys.map { Double(Int(uniform * Double($0))) + uniform * 1e-3 } ?? uniform * duration)
            indices.append(Int(next() % UInt64(neurons)))
        }
        return Figure.single([.raster(name: nil, times: times, indices: indices, groupSizes: groupSizes, groupNames: ["E", "I"])],
                             xAxis: Axis(label: "t", unit: "ms"),
                             yAxis: Axis(label: "neuron", limits: .fixed(-0.5, Double(neurons) - 0.5)),
                             title: "spikes of E, I", legend: true)
    }

    private func events(_ figure: Figure) -> Int {
        guard case .raster(_, let times, _, _, _) = figure.panels[0].series[0] else { return 0 }
        return times.count
    }

    /// Every terminal size and colour mode of the golden tests, and the SVG golden size.
    private func assertDrawnAlike(_ reduced: Figure, _ whole: Figure, file: StaticString = #filePath, line: UInt = #line) {
        for (width, height) in [(48, 14), (40, 10)] {
            for colours in [ColourMode.none, .ansi256] {
                let renderer = TerminalRenderer(canvas: .braille, colours: colours)
                XCTAssertEqual(renderer.render(reduced, width: width, height: height),
                               renderer.render(whole, width: width, height: height), "\(width)×\(height)", file: file, line: line)
            }
        }
        XCTAssertEqual(SVGRenderer().render(reduced, width: 400, height: 260), SVGRenderer().render(whole, width: 400, height: 260),
                       file: file, line: line)
    }

    /// 2 M spikes of 200 neurons over 1 s: one event per neuron and time bin survives
    /// (and the four that fix the extent), 1024 · 200 + 4 = 204 804, and each encodes in
    /// at most 32 bytes of JSON (a time of ≤ 24 characters, an index of ≤ 3, a group of 1,
    /// three separators).
    func testTwoMillionSpikesBecomeABoundedDescriptionDrawnAlike() throws {
        let neurons = 200
        let whole = raster(spikes: 2_000_000, neurons: neurons, duration: 1000, groupSizes: [160, 40])
        let reduced = whole.reducedForDisplay()
        let bound = DisplayResolution.columns * neurons + 4
        XCTAssertLessThanOrEqual(events(reduced), bound)
        let encoded = try JSONEncoder().encode(reduced).count
        XCTAssertLessThanOrEqual(encoded, 32 * bound + 1024)
        XCTAssertLessThan(encoded, try JSONEncoder().encode(whole).count / 4)
        assertDrawnAlike(reduced, whole)
    }

    /// More neurons than rows: 3000 neurons share 1000 index bins, and ten synchronous
    /// volleys each fill at most two time bins, so at most 2 · 10 · 1000 + 4 events stay.
    func testNeuronsBinnedIntoRowsAreDrawnAlike() {
        let whole = raster(spikes: 300_000, neurons: 3000, duration: 10, volleys: 10, groupSizes: [2400, 600])
        let reduced = whole.reducedForDisplay()
        XCTAssertLessThanOrEqual(events(reduced), 2 * 10 * 1000 + 4)
        assertDrawnAlike(reduced, whole)
    }

    func testSmallRastersCrossAsTheyAre() {
        let figure = raster(spikes: DisplayResolution.reducedAbove, neurons: 10, duration: 1, groupSizes: [5, 5])
        XCTAssertEqual(figure.reducedForDisplay(), figure)
    }
}
