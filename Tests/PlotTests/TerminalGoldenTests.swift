import XCTest
@testable import Plot

final class TerminalGoldenTests: XCTestCase {
    func testEveryKindAsPlainBraille() {
        let renderer = TerminalRenderer(canvas: .braille, colours: .none)
        for (name, figure) in SampleFigures.all {
            Golden.assertMatches(renderer.render(figure, width: 48, height: 14).plainText() + "\n", named: "\(name).txt")
        }
    }

    func testEveryKindAsANSI256() {
        let renderer = TerminalRenderer(canvas: .braille, colours: .ansi256)
        for (name, figure) in SampleFigures.all {
            Golden.assertMatches(renderer.render(figure, width: 48, height: 14).ansiText() + "\n", named: "\(name).ansi")
        }
    }

    func testOtherCanvases() {
        for canvas in [TerminalRenderer.CanvasKind.block, .halfBlock, .ascii] {
            let grid = TerminalRenderer(canvas: canvas, colours: .none).render(SampleFigures.line, width: 48, height: 14)
            Golden.assertMatches(grid.plainText() + "\n", named: "line-\(canvas.rawValue).txt")
        }
    }

    func testColourModes() {
        for mode in [ColourMode.ansi16, .truecolor] {
            let grid = TerminalRenderer(canvas: .braille, colours: mode).render(SampleFigures.raster, width: 40, height: 10)
            Golden.assertMatches(grid.ansiText() + "\n", named: "raster-\(mode.rawValue).ansi")
        }
    }

    func testHeatmapWithoutColourUsesShades() {
        let grid = TerminalRenderer(canvas: .ascii, colours: .none).render(SampleFigures.heatmap, width: 40, height: 12)
        Golden.assertMatches(grid.plainText() + "\n", named: "heatmap-ascii.txt")
    }
}
