import Foundation
import XCTest
@testable import Plot

final class RobustnessTests: XCTestCase {
    private let awkward: [Series] = [
        .line(name: "nan", x: [0, 1, .nan, 3, 4], y: [1, .infinity, 2, -.infinity, 3]),
        .line(name: "empty", x: [], y: []),
        .line(name: "ragged", x: [0, 1, 2], y: [5]),
        .points(name: nil, x: [.nan], y: [.nan]),
        .raster(name: nil, times: [.nan, 1, .infinity], indices: [0, -3, 2], groups: [-1, 7]),
        .step(name: nil, x: [], y: []),
        .histogram(name: nil, edges: [0], counts: [1, 2]),
        .heatmap(name: nil, x: [0, 1], y: [0], values: [[.nan, 1, 2], []], colourbarLabel: nil),
        .vectorField(name: nil, x: [0], y: [0, 1], u: [[0]], v: [], style: .plain),
        .contour(name: nil, x: [0, 1], y: [0, 1], values: [[1, .nan], [-1]], level: .nan),
        .markers(points: [PlotPoint(.nan, 1)], kind: .saddle, label: nil),
        .branch(name: nil, x: [0, 1, 2], y: [0, 1, 2], stable: []),
        .specialPoints([SpecialPoint(x: .infinity, y: 0, label: "H")]),
    ]

    func testBadDataNeverCrashesAnyRenderer() {
        let figure = Figure.single(awkward, xAxis: Axis(scale: .log), yAxis: Axis(limits: .fixed(.nan, 2)))
        let linear = Figure.single(awkward)
        for size in [(0, 0), (1, 1), (1, 30), (30, 1), (3, 3), (80, 24)] {
            for canvas in [TerminalRenderer.CanvasKind.braille, .block, .halfBlock, .ascii] {
                let renderer = TerminalRenderer(canvas: canvas, colours: .truecolor)
                XCTAssertEqual(renderer.render(figure, width: size.0, height: size.1).cells.count, size.0 * size.1)
                XCTAssertEqual(renderer.render(linear, width: size.0, height: size.1).width, size.0)
            }
            XCTAssertTrue(SVGRenderer().render(figure, width: size.0, height: size.1).hasSuffix("</svg>\n"))
        }
    }

    func testNegativeSizeGivesEmptyGrid() {
        let grid = TerminalRenderer().render(SampleFigures.line, width: -5, height: 10)
        XCTAssertEqual(grid.width, 0)
        XCTAssertEqual(grid.plainText(), String(repeating: "\n", count: 9))
    }

    func testFigureWithoutPanels() {
        let grid = TerminalRenderer().render(Figure(title: "empty", panels: []), width: 9, height: 2)
        XCTAssertEqual(grid.plainText(), "  empty\n")
    }

    func testFiguresRoundTripThroughJSON() throws {
        for (name, figure) in SampleFigures.all {
            let data = try JSONEncoder().encode(figure)
            XCTAssertEqual(try JSONDecoder().decode(Figure.self, from: data), figure, name)
        }
    }

    func testSameFigureRendersAtEverySize() {
        for width in stride(from: 10, through: 130, by: 15) {
            for height in stride(from: 4, through: 44, by: 8) {
                let grid = TerminalRenderer().render(SampleFigures.shared, width: width, height: height)
                XCTAssertEqual(grid.plainText().split(separator: "\n", omittingEmptySubsequences: false).count, height)
            }
        }
    }
}
