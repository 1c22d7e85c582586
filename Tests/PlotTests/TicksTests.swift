import XCTest
@testable import Plot

final class TicksTests: XCTestCase {
    func testNiceSteps() {
        let steps = [0.13, 0.25, 0.8, 1.4, 2.9, 4.2, 8, 120, 3e-7].map { Ticks.niceStep($0).value }
        XCTAssertEqual(steps, [0.1, 0.2, 1, 1, 2, 5, 10, 100, 5e-7])
    }

    func testLinearTicksAreExactDecimals() {
        XCTAssertEqual(Ticks.linear(lo: 0, hi: 1, count: 6), [0, 0.2, 0.4, 0.6, 0.8, 1])
        XCTAssertEqual(Ticks.linear(lo: -0.35, hi: 0.35, count: 8), [-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3])
        XCTAssertEqual(Ticks.linear(lo: -72, hi: -48, count: 4), [-70, -60, -50])
        XCTAssertEqual(Ticks.linear(lo: 10, hi: 0, count: 3), [0, 5, 10])
    }

    func testTinyAndHugeRanges() {
        XCTAssertEqual(Ticks.linear(lo: 1e-9, hi: 5e-9, count: 3), [2e-9, 4e-9])
        XCTAssertEqual(Ticks.linear(lo: 0, hi: 3e12, count: 4), [0, 1e12, 2e12, 3e12])
        XCTAssertEqual(Ticks.linear(lo: 1, hi: 1.000000000004, count: 3), [1, 1.000000000002, 1.000000000004])
        XCTAssertEqual(Ticks.linear(lo: -1.7e308, hi: 1.7e308, count: 5), [-1.7e308, 1.7e308])
    }

    func testDegenerateInput() {
        XCTAssertEqual(Ticks.linear(lo: 3, hi: 3, count: 5), [3])
        XCTAssertEqual(Ticks.linear(lo: .nan, hi: 1, count: 5), [])
        XCTAssertEqual(Ticks.linear(lo: 0, hi: .infinity, count: 5), [])
        XCTAssertEqual(Ticks.log(lo: -1, hi: 10, count: 5), [])
    }

    func testLogTicks() {
        XCTAssertEqual(Ticks.log(lo: 1, hi: 1000, count: 5), [1, 10, 100, 1000])
        XCTAssertEqual(Ticks.log(lo: 1e-6, hi: 1e6, count: 5), [1e-6, 1e-3, 1, 1e3, 1e6])
        XCTAssertEqual(Ticks.log(lo: 1e-6, hi: 1e6, count: 4), [1e-6, 1e-2, 1e2, 1e6])
        XCTAssertEqual(Ticks.log(lo: 0.9, hi: 30, count: 5), [1, 10])
        XCTAssertEqual(Ticks.log(lo: 1.5, hi: 9, count: 5), [2, 5])
        XCTAssertEqual(Ticks.log(lo: 2.5, hi: 4, count: 3), [3, 4])
    }

    func testLabels() {
        XCTAssertEqual(Ticks.labels([0, 0.5, 1]), ["0.0", "0.5", "1.0"])
        XCTAssertEqual(Ticks.labels([-70, -60, -50]), ["-70", "-60", "-50"])
        XCTAssertEqual(Ticks.labels([0, 2e-6, 4e-6]), ["0", "2e-6", "4e-6"])
        XCTAssertEqual(Ticks.labels([0, 1.5e7, 3e7]), ["0", "1.5e7", "3e7"])
        XCTAssertEqual(Ticks.logLabels([1e-6, 0.001, 1, 1000, 1e6]), ["1e-6", "0.001", "1", "1000", "1e6"])
    }

    func testAutoLimits() {
        var extent = Extent(scale: .linear)
        extent.include([0, 10, .nan, .infinity, -.infinity])
        XCTAssertEqual(extent.limits(.auto).lo, -0.5)
        XCTAssertEqual(extent.limits(.auto).hi, 10.5)
        XCTAssertEqual(extent.limits(.fixed(5, -5)).lo, -5)
        XCTAssertEqual(extent.limits(.fixed(1, 1)).hi, 10.5, "an empty fixed range falls back to the data")
    }

    func testConstantAndEmptySeriesLimits() {
        var constant = Extent(scale: .linear)
        constant.include([-65, -65, -65])
        XCTAssertEqual(constant.limits(.auto).lo, -71.5)
        XCTAssertEqual(constant.limits(.auto).hi, -58.5)
        var zero = Extent(scale: .linear)
        zero.include([0, 0])
        XCTAssertEqual(zero.limits(.auto).lo, -1)
        XCTAssertEqual(zero.limits(.auto).hi, 1)
        XCTAssertEqual(Extent(scale: .linear).limits(.auto).hi, 1)
        XCTAssertEqual(Extent(scale: .log).limits(.auto).hi, 10)
    }

    func testLogLimitsIgnoreNonPositiveValues() {
        var extent = Extent(scale: .log)
        extent.include([-1, 0, 10, 1000])
        XCTAssertEqual(extent.lo, 10)
        XCTAssertEqual(extent.hi, 1000)
    }
}

final class HistogramLimitsTests: XCTestCase {
    func testBarsRestOnTheAxis() {
        let panel = Panel(series: [.histogram(name: nil, edges: [0, 1, 2], counts: [3, 10])])
        let range = PanelRange.all(for: Figure(panels: [panel]))[0]
        XCTAssertEqual(range.y.lo, 0)
        XCTAssertEqual(range.y.hi, 10.5)
    }
}
