import Foundation
import XCTest
@testable import Plot

/// Issue 11, bug 12: a legend never covers data, nor sits beside a data point (a
/// marker next to the legend's "● stable" reads as part of it), in the terminal and in SVG.
final class LegendPlacementTests: XCTestCase {
    private let glyphs = TerminalGlyphs(unicode: true)

    /// A phase plane whose markers include one in the top right corner, where the legend used to go.
    private let phasePlane = Figure.single(
        [.markers(points: [PlotPoint(-1, -0.5), PlotPoint(0, 0), PlotPoint(0.6, 0.5)], kind: .stable, label: "stable"),
         .markers(points: [PlotPoint(1, 0.5)], kind: .saddle, label: "saddle"),
         .line(name: "w nullcline", x: [-1, 1], y: [-0.6, 0.6])],
        xAxis: Axis(label: "v"), yAxis: Axis(label: "w"))

    private var figures: [(String, Figure)] {
        SampleFigures.all.filter { $0.figure.panels.count == 1 } + [("phase plane", phasePlane)]
    }

    private func withoutLegend(_ figure: Figure) -> Figure {
        var figure = figure
        for index in figure.panels.indices { figure.panels[index].legend = false }
        return figure
    }

    private func rows(_ figure: Figure, width: Int, height: Int) -> [[Character]] {
        TerminalRenderer(canvas: .braille, colours: .none).render(figure, width: width, height: height)
            .plainText().components(separatedBy: "\n").map(Array.init)
    }

    private func sample(_ entry: LegendEntry) -> String {
        switch entry.sample {
        case .line: glyphs.lineSample
        case .dashedLine: glyphs.dashedLineSample
        case .dot: String(glyphs.dotSample) + " "
        case .marker(let kind): String(glyphs.marker(kind)) + " "
        }
    }

    func testTerminalLegendsCoverNoDataAndTouchNone() throws {
        for (name, figure) in figures {
            let entries = LegendEntry.entries(for: figure.panels[0])
            guard !entries.isEmpty else { continue }
            for (width, height) in [(60, 20), (80, 24), (45, 14), (32, 12)] {
                let with = rows(figure, width: width, height: height)
                let without = rows(withoutLegend(figure), width: width, height: height)
                let axisRow = try XCTUnwrap(with.firstIndex { $0.contains("└") })
                let axisStart = with[axisRow].firstIndex(of: "└")!, axisEnd = with[axisRow].lastIndex(of: "─")!
                let found = entries.map { entry -> (Int, Int)? in
                    let text = Array(sample(entry) + " " + entry.name)
                    for (row, line) in with.enumerated() where line.count >= text.count {
                        if let column = (0...(line.count - text.count)).first(where: { Array(line[$0..<($0 + text.count)]) == text }) {
                            return (row, column)
                        }
                    }
                    return nil
                }
                guard let first = found.first ?? nil else { continue }  // too small for a legend: left out
                let columns = (entries.map(\.name.count).max() ?? 0) + 3
                let box = (first.0..<(first.0 + entries.count), first.1..<(first.1 + columns))
                let context = "\(name) at \(width)×\(height):\n" + with.map { String($0) }.joined(separator: "\n")
                for (index, place) in found.enumerated() {
                    XCTAssertTrue(place.map { $0 == (first.0 + index, first.1) } ?? false, "entry \(index) in its row: \(context)")
                }
                if box.1.lowerBound > axisEnd {
                    continue  // beside the plot, right of its x axis: nothing to cover
                }
                XCTAssertEqual(with[axisRow], without[axisRow], "a legend inside the plot leaves its layout alone: \(context)")
                let plotTop = try XCTUnwrap(with.firstIndex { $0.count > axisStart && "│┤".contains($0[axisStart]) })
                for row in (box.0.lowerBound - 1)...box.0.upperBound where row >= plotTop && row < axisRow {
                    for column in (box.1.lowerBound - 1)...box.1.upperBound where column > axisStart {
                        let character = column < without[row].count ? without[row][column] : " "
                        XCTAssertEqual(character, " ", "data at row \(row), column \(column) under or beside the legend: \(context)")
                    }
                }
            }
        }
    }

    func testThePhasePlaneLegendLeavesEveryMarkerVisible() {
        let text = rows(phasePlane, width: 60, height: 20).map { String($0) }.joined(separator: "\n")
        XCTAssertEqual(text.filter { $0 == "●" }.count, 3 + 1, "three stable points and the legend's sample:\n\(text)")
        XCTAssertEqual(text.filter { $0 == "◐" }.count, 1 + 1, "the saddle and the legend's sample:\n\(text)")
    }

    /// A branch drawn dashed somewhere (unstable) adds one "unstable" entry with a dashed sample,
    /// after the named series, however many branches are dashed; all-stable branches add none.
    func testDashedBranchesHaveALegendEntry() {
        let x = [0.0, 1, 2]
        let mixed = Figure.single([.branch(name: "equilibria", x: x, y: x, stable: [true, false, false]),
                                   .branch(name: "cycles", x: x, y: x, stable: [false, false, true])],
                                  xAxis: Axis(label: "I"), yAxis: Axis(label: "V"))
        XCTAssertEqual(LegendEntry.entries(for: mixed.panels[0]).map(\.name), ["equilibria", "cycles", "unstable"])
        XCTAssertEqual(LegendEntry.entries(for: mixed.panels[0]).last?.sample, .dashedLine)
        let stable = Figure.single([.branch(name: "equilibria", x: x, y: x, stable: [true, true, true])],
                                   xAxis: Axis(label: "I"), yAxis: Axis(label: "V"))
        XCTAssertEqual(LegendEntry.entries(for: stable.panels[0]).map(\.name), ["equilibria"])
        XCTAssertTrue(SVGRenderer().render(mixed, width: 400, height: 260).contains(">unstable</text>"))
        XCTAssertTrue(rows(mixed, width: 60, height: 20).map { String($0) }.contains { $0.contains("╌╌ unstable") })
    }

    /// The SVG legend box lies outside every plot frame, so no data can be under it.
    func testSVGLegendsLieOutsideThePlot() throws {
        let rect = try NSRegularExpression(pattern: #"<rect x="([-\d.]+)" y="([-\d.]+)" width="([-\d.]+)" height="([-\d.]+)" fill="([^"]+)"(?: fill-opacity="[^"]+")? stroke="(#[0-9a-f]+)""#)
        for (name, figure) in SampleFigures.all + [("phase plane", phasePlane)] {
            let svg = SVGRenderer().render(figure, width: 400, height: 260)
            var frames: [CGRect] = [], legends: [CGRect] = []
            for match in rect.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)) {
                let field = { (k: Int) in String(svg[Range(match.range(at: k), in: svg)!]) }
                let box = CGRect(x: Double(field(1))!, y: Double(field(2))!, width: Double(field(3))!, height: Double(field(4))!)
                if field(5) == "none", field(6) == "#333333" { frames.append(box) }
                if field(5) == "#ffffff", field(6) == "#cccccc" { legends.append(box) }
            }
            let expected = figure.panels.filter { !LegendEntry.entries(for: $0).isEmpty }.count
            XCTAssertEqual(legends.count, expected, name)
            for legend in legends {
                XCTAssertLessThanOrEqual(legend.maxX, 400, "\(name): the legend fits the picture")
                for frame in frames { XCTAssertFalse(legend.intersects(frame), "\(name): legend \(legend) over the plot \(frame)") }
            }
        }
    }
}
