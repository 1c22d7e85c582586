import Foundation
import SomaTestSupport
import XCTest
@testable import Plot

/// Issue 11, figures for papers: a figure with a print size is an SVG of that many
/// inches whose type and lines are sized in points.
final class PrintSVGTests: XCTestCase {
    private var shared: Figure {
        var figure = SampleFigures.shared
        figure.size = PrintSize(width: 3.5, height: 2.5)
        return figure
    }

    func testSharedFigureMatchesGolden() {
        Golden.assertMatches(SVGRenderer().render(shared), named: "print_shared.svg")
    }

    func testSizeIsInInchesWithAViewBoxInPoints() {
        let svg = SVGRenderer().render(shared)
        XCTAssertTrue(svg.contains("width=\"3.5in\" height=\"2.5in\" viewBox=\"0 0 252 180\""))
    }

    func testTypeIsSizedInPointsForAJournal() {
        let svg = SVGRenderer().render(shared)
        let sizes = Set(svg.matches(of: /font-size="([0-9.]+)px"/).map { String($0.output.1) })
        XCTAssertEqual(sizes, ["8", "9", "10"], "8 pt ticks, 9 pt labels, 10 pt titles and panel letters")
    }

    func testNegativeTicksUseTheMinusSign() {
        var line = SampleFigures.line
        line.size = PrintSize(width: 3.5, height: 2.5)
        let svg = SVGRenderer().render(line)
        XCTAssertTrue(svg.contains(">\u{2212}1"), "the line's y axis reaches −1")
        XCTAssertFalse(svg.contains(">-"), "no hyphen-minus starts a label")
    }

    func testMultiPanelFiguresAreLettered() {
        let svg = SVGRenderer().render(shared)
        XCTAssertTrue(svg.contains("font-weight=\"bold\">A</text>"))
        XCTAssertTrue(svg.contains("font-weight=\"bold\">B</text>"))
        var single = SampleFigures.line
        single.size = PrintSize(width: 3.5, height: 2.5)
        XCTAssertFalse(SVGRenderer().render(single).contains(">A</text>"), "one panel needs no letter")
    }

    func testMarkersShrinkWithTheType() {
        var markers = SampleFigures.markers
        markers.size = PrintSize(width: 3.5, height: 2.5)
        let svg = SVGRenderer().render(markers)
        XCTAssertFalse(svg.contains("a4 4 "), "a 4 px marker on a screen is 2.6 pt on paper")
        XCTAssertTrue(svg.contains("a2.6 2.6 "))
    }

    func testScreenFiguresAreNotLettered() {
        XCTAssertFalse(SVGRenderer().render(SampleFigures.shared).contains(">A</text>"))
    }
}
