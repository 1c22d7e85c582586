import XCTest
import Kernel
@testable import Execution
import Plot

/// Issue 11, figures for papers: the options after `plot` reach the figure, their
/// units are checked against the axis, and `export pdf` makes a page of the asked size.
final class PlotOptionsTests: XCTestCase {
    private let network = """
    neuron LIF {
      param tau = 10 ms, El = -65 mV, Vth = -50 mV
      var V = El
      input I = 0 nA
      dV/dt = (El - V + 10 Mohm * I) / tau
      spike V > Vth
      reset { V = El }
    }
    population E = LIF(3)
    E.I = 1 nA + 0.5 nA * i
    record E.V, E.spikes
    run 100 ms dt = 0.1 ms

    """

    private func figure(_ plot: String) throws -> Figure {
        let interpreter = Interpreter()
        let outputs = interpreter.execute(network + plot)
        for output in outputs { if case .error(let diagnostic) = output { XCTFail(diagnostic.message) } }
        return try XCTUnwrap(interpreter.lastFigure)
    }

    private func errors(_ plot: String) -> [String] {
        Interpreter().execute(network + plot).compactMap { output in
            if case .error(let diagnostic) = output { return diagnostic.message } else { return nil }
        }
    }

    func testEveryOptionReachesTheFigure() throws {
        let figure = try figure("""
        plot E.V[0:3] size = 3.5 in x 2.5 in, title = "Membrane potential", xlim = [0 ms, 0.1 s], ylim = [-70 mV, -45 mV], legend = none
        """)
        XCTAssertEqual(figure.size, PrintSize(width: 3.5, height: 2.5))
        XCTAssertEqual(figure.title, "Membrane potential")
        XCTAssertEqual(figure.panels[0].xAxis.limits, .fixed(0, 100), "0.1 s on an axis in ms")
        XCTAssertEqual(figure.panels[0].yAxis.limits, .fixed(-70, -45))
        XCTAssertFalse(figure.panels[0].legend)
    }

    func testOptionsMayFollowACommaAndApplyToEveryPanel() throws {
        let figure = try figure("plot E.V[0], E.V[1], log y, legend = outside\n")
        XCTAssertEqual(figure.panels.count, 2)
        XCTAssertEqual(figure.panels.map(\.yAxis.scale), [.log, .log])
        XCTAssertEqual(figure.panels.map(\.legendOutside), [true, true])
    }

    func testRasterTakesOptions() throws {
        let figure = try figure("plot raster E title = \"E cells\", xlim = [20 ms, 80 ms]\n")
        XCTAssertEqual(figure.title, "E cells")
        XCTAssertEqual(figure.panels[0].xAxis.limits, .fixed(20, 80))
    }

    /// `labels = [...]` names the figure's series in order, across its panels; a count that does not match is refused where written.
    func testLabelsNameTheSeriesInOrder() throws {
        let one = try figure("plot E.V[0:3] labels = [\"soma\", \"dendrite\", \"axon\"], legend = outside\n")
        XCTAssertEqual(one.panels[0].series.map(\.legendName), ["soma", "dendrite", "axon"])
        let two = try figure("plot E.V[0], E.V[1], labels = [\"first\", \"second\"]\n")
        XCTAssertEqual(two.panels.map { $0.series.map(\.legendName) }, [["first"], ["second"]])
        let interpreter = Interpreter()
        let outputs = interpreter.execute(network + "plot E.V[0:3] labels = [\"a\", \"b\"]")
        let error = try XCTUnwrap(firstError(outputs))
        XCTAssertEqual(error.message, "2 labels for 3 named series: labels gives each series of the figure one, in order")
        XCTAssertEqual(error.column, 24)
        XCTAssertEqual(error.hint, "give one per series: labels = [\"1\", \"2\", \"3\"]")
        XCTAssertTrue(errors("plot E.V labels = [soma]\n").first?.contains("a label in quotes") ?? false)
    }

    /// `colour = [...]` colours the named series in order (names, matplotlib's C0…C9 or #rrggbb), and the SVG strokes them so.
    func testColourSetsEachSeriesColour() throws {
        let one = try figure("plot E.V[0:2] colour = [\"black\", \"#d62728\"]\n")
        func colour(_ series: Series) -> RGB? {
            if case .line(_, _, _, let style) = series { return style.colour }
            return nil
        }
        XCTAssertEqual(one.panels[0].series.map(colour), [RGB(0, 0, 0), RGB(214, 39, 40)])
        let svg = SVGRenderer().render(one, width: 400, height: 300)
        XCTAssertTrue(svg.contains("#d62728"), "the second trace is stroked in its colour")
        XCTAssertEqual(try figure("plot E.V[0] colour = \"C1\"\n").panels[0].series.map(colour), [RGB(255, 127, 14)])
        let unknown = try XCTUnwrap(firstError(Interpreter().execute(network + "plot E.V[0] colour = \"ochre\"")))
        XCTAssertEqual(unknown.message, "unknown colour 'ochre'")
        XCTAssertTrue(unknown.hint?.hasPrefix("#rrggbb or one of black, white") ?? false)
        XCTAssertTrue(errors("plot E.V[0:3] colour = [\"red\"]\n").first?.contains("1 colour for 3 named series") ?? false)
    }

    func testALimitInTheWrongUnitIsRefused() {
        let found = errors("plot E.V ylim = [0 ms, 10 ms]\n")
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found.first?.contains("ylim") ?? false, "\(found)")
    }

    func testWrongSyntaxIsNamed() {
        XCTAssertTrue(errors("plot E.V size = 3.5 x 2.5 in\n").first?.contains("'in' after the width") ?? false)
        XCTAssertTrue(errors("plot E.V legend = inside\n").first?.contains("unknown legend placement 'inside'") ?? false)
        XCTAssertTrue(errors("plot E.V title = \"a\", title = \"b\"\n").first?.contains("'title'") ?? false)
        XCTAssertTrue(errors("plot E.V log y, ylim = [-70 mV, -45 mV]\n").first?.contains("above zero") ?? false)
    }

    /// rsvg-convert keeps the SVG's inches: a 3.5 × 2.5 in figure is a 252 × 180 pt page.
    func testExportPDFMakesAPageOfTheAskedSize() throws {
        guard PDFConverter.find("rsvg-convert") != nil else { throw XCTSkip("rsvg-convert is not installed (make deps)") }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("soma-\(UUID().uuidString)/fig.pdf").path
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
        _ = try figure("plot E.V size = 3.5 in x 2.5 in\nexport pdf \"\(path)\"\n")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertEqual(String(decoding: bytes.prefix(5), as: UTF8.self), "%PDF-")
        let text = String(decoding: bytes, as: Unicode.ASCII.self)
        XCTAssertTrue(text.contains("/MediaBox [ 0 0 252 180 ]") || text.contains("/MediaBox [0 0 252 180]"),
                      "MediaBox: \(text.components(separatedBy: "/MediaBox").dropFirst().first?.prefix(30) ?? "none")")
    }

    func testAMissingConverterIsAClearError() {
        let start = SourceRange(SourcePosition(line: 1, column: 1, offset: 0))
        XCTAssertThrowsError(try PDFConverter(tool: "/nonexistent/rsvg-convert").pdf(fromSVG: "<svg/>", at: start)) { error in
            XCTAssertEqual((error as? Diagnostic)?.message, "/nonexistent/rsvg-convert is not installed; it is needed to export PDF")
        }
    }
}
