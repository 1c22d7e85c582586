import XCTest
@testable import Plot

final class TerminalBehaviourTests: XCTestCase {
    private func plotCells(_ grid: CellGrid) -> [Character] {
        grid.cells.map(\.character).filter { ("\u{2801}"..."\u{28FF}").contains($0) }
    }

    /// A single-sample spike in a million-point trace must still reach the top of the plot.
    func testTraceKeepsEveryExtreme() {
        let count = 1_000_000
        let x = (0..<count).map(Double.init)
        var y = [Double](repeating: 0, count: count)
        y[654_321] = 100
        let figure = Figure.single([.line(name: nil, x: x, y: y)], yAxis: Axis(limits: .fixed(0, 100)))
        let grid = TerminalRenderer(canvas: .braille, colours: .none).render(figure, width: 60, height: 12)
        let topRow = (0..<grid.width).map { grid[0, $0].character }
        XCTAssertTrue(topRow.contains { ("\u{2801}"..."\u{28FF}").contains($0) }, grid.plainText())
    }

    /// Each of a few spikes lost among many empty rows lights its own dot.
    func testEverySpikeIsVisible() {
        let figure = Figure.single([.raster(name: nil, times: [0, 50, 100], indices: [0, 5000, 9999])],
                                   xAxis: Axis(limits: .fixed(0, 100)), yAxis: Axis(limits: .fixed(0, 9999)))
        let grid = TerminalRenderer(canvas: .braille, colours: .none).render(figure, width: 40, height: 12)
        let dots = plotCells(grid).map { $0.unicodeScalars.first!.value - 0x2800 }.map { $0.nonzeroBitCount }
        XCTAssertEqual(dots.reduce(0, +), 3, grid.plainText())
    }

    func testLaterSeriesWinsSharedCells() {
        let figure = Figure.single([.line(name: nil, x: [0, 1], y: [0, 0]), .line(name: nil, x: [0, 1], y: [0, 0])],
                                   yAxis: Axis(limits: .fixed(-1, 1)))
        let grid = TerminalRenderer(canvas: .braille, colours: .truecolor).render(figure, width: 30, height: 8)
        let colours = Set(grid.cells.filter { ("\u{2801}"..."\u{28FF}").contains($0.character) }.compactMap(\.foreground))
        XCTAssertEqual(colours, [.rgb(Palette.colour(1))])
    }

    func testAxisTitlesCarryUnits() {
        XCTAssertEqual(Axis(label: "t", unit: "ms").title, "t (ms)")
        XCTAssertEqual(Axis(label: "V").title, "V")
        XCTAssertEqual(Axis(unit: "Hz").title, "(Hz)")
    }

    func testANSILinesEndWithReset() {
        let grid = TerminalRenderer(canvas: .braille, colours: .ansi256).render(SampleFigures.line, width: 40, height: 10)
        for line in grid.ansiText().split(separator: "\n") where line.contains("\u{1B}[") {
            XCTAssertTrue(line.hasSuffix("\u{1B}[0m") || !line.hasSuffix("m"), String(line))
        }
        let stripped = grid.ansiText().replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        XCTAssertEqual(stripped.components(separatedBy: "\n").map(\.count), Array(repeating: 40, count: 10))
    }

    func testColourStrategies() {
        let blue = RGB(0x1f, 0x8f, 0xe0)
        XCTAssertNil(NoColours().colour(blue))
        XCTAssertEqual(TrueColours().colour(blue), .rgb(blue))
        XCTAssertEqual(ANSI256Colours().colour(blue), .indexed(32))
        XCTAssertEqual(ANSI256Colours().colour(RGB(128, 128, 128)), .indexed(244))
        XCTAssertEqual(ANSI16Colours().colour(RGB(0xd9, 0x4a, 0x4a)), .ansi(9))
        XCTAssertNil(ANSI16Colours().colour(RGB(200, 200, 200)), "greys keep the terminal's own colour")
    }
}

final class TerminalCapabilitiesTests: XCTestCase {
    private func detect(_ environment: [String: String]) -> TerminalCapabilities {
        TerminalCapabilities.detect(environment: environment)
    }

    func testModernTerminal() {
        XCTAssertEqual(detect(["TERM": "xterm-256color", "COLORTERM": "truecolor", "LANG": "en_GB.UTF-8"]),
                       TerminalCapabilities(canvas: .braille, colours: .truecolor))
        XCTAssertEqual(detect(["TERM": "xterm-256color", "LC_ALL": "C.utf8"]),
                       TerminalCapabilities(canvas: .braille, colours: .ansi256))
        XCTAssertEqual(detect(["TERM": "xterm", "LANG": "de_DE.UTF-8"]), TerminalCapabilities(canvas: .braille, colours: .ansi16))
    }

    func testNoColourKeepsUnicode() {
        XCTAssertEqual(detect(["TERM": "xterm-256color", "NO_COLOR": "1", "LANG": "C.UTF-8"]),
                       TerminalCapabilities(canvas: .braille, colours: .none))
        XCTAssertEqual(detect(["TERM": "xterm", "NO_COLOR": "", "LANG": "C.UTF-8"]).colours, .ansi16)
    }

    func testDumbTerminalAndNonUnicodeLocale() {
        XCTAssertEqual(detect(["TERM": "dumb", "LANG": "en_US.UTF-8"]), TerminalCapabilities(canvas: .ascii, colours: .none))
        XCTAssertEqual(detect(["TERM": "xterm-256color", "LANG": "C"]), TerminalCapabilities(canvas: .ascii, colours: .ansi256))
        XCTAssertEqual(detect(["TERM": "xterm", "LC_ALL": "C", "LANG": "en_US.UTF-8"]).canvas, .ascii)
        XCTAssertEqual(detect([:]), TerminalCapabilities(canvas: .ascii, colours: .none))
    }
}
