import Foundation
import SomaTestSupport
import XCTest
@testable import Plot

final class SVGTests: XCTestCase {
    func testEveryKindMatchesGolden() {
        for (name, figure) in SampleFigures.all {
            Golden.assertMatches(normalised(SVGRenderer().render(figure, width: 400, height: 260)), named: "\(name).svg")
        }
    }

    /// Six rate panels over one time axis (a sweep's faceted figure), each titled: every plot area is equally tall, the
    /// bottom one, which alone carries the x tick labels and title, included (equal bands left it 8 px of 500).
    func testStackedPanelsShareTheHeightEvenly() throws {
        let t = (0..<50).map(Double.init)
        let panels = (1...6).map { k in
            Panel(xAxis: Axis(label: "t", unit: "ms"), yAxis: Axis(label: "rate", unit: "Hz"),
                  series: [.line(name: nil, x: t, y: t.map { Double(k) * (1 + sin($0 / 8)) })], title: "W\(k)")
        }
        let svg = normalised(SVGRenderer().render(Figure(title: "W.A", panels: panels, sharedX: true), width: 800, height: 500))
        Golden.assertMatches(svg, named: "stacked.svg")
        let frames = try NSRegularExpression(pattern: ##"height="([0-9.]+)" fill="none" stroke="#333333""##)
            .matches(in: svg, range: NSRange(svg.startIndex..., in: svg))
            .map { Double(svg[Range($0.range(at: 1), in: svg)!])! }
        XCTAssertEqual(frames.count, 6)
        // 500 px less the figure's title (30), five titled panels without x labels (26 + 8 each) and the bottom one with
        // its tick labels and axis title (26 + 44), shared by six.
        let share: Double = (500 - 30 - 5 * 34 - 70) / 6
        for height in frames { XCTAssertEqual(height, share, accuracy: 0.05) }   // numbers are written to 0.1 px
    }

    func testEveryKindIsValidXML() throws {
        let xmllint = try tool("xmllint")
        for (name, figure) in SampleFigures.all {
            let file = try write(SVGRenderer().render(figure), named: name)
            let result = try run(xmllint, ["--noout", file.path])
            XCTAssertEqual(result.status, 0, "\(name).svg is not well-formed XML: \(result.output)")
        }
    }

    func testEveryKindConvertsToPNG() throws {
        let rsvg = try tool("rsvg-convert")
        for (name, figure) in SampleFigures.all {
            let svg = try write(SVGRenderer().render(figure), named: name)
            let png = svg.deletingPathExtension().appendingPathExtension("png")
            let result = try run(rsvg, ["--format=png", "--output", png.path, svg.path])
            XCTAssertEqual(result.status, 0, "rsvg-convert failed on \(name).svg: \(result.output)")
            let header = try Data(contentsOf: png).prefix(8)
            XCTAssertEqual(Array(header), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "\(name).png is not a PNG")
        }
    }

    func testOnePathPerSeriesNotPerPoint() {
        let x = (0..<5000).map(Double.init)
        let svg = SVGRenderer().render(Figure.lines(x: x, ys: [x.map { sin($0 / 100) }]))
        let seriesPaths = svg.components(separatedBy: "stroke-linejoin").count - 1
        XCTAssertEqual(seriesPaths, 1)
    }

    func testDenseRasterStaysSmall() {
        var times: [Double] = [], indices: [Int] = []
        for event in 0..<200_000 {
            times.append(Double((event &* 7919) % 100_000) / 100)
            indices.append((event &* 104_729) % 5000)
        }
        let svg = SVGRenderer().render(Figure.single([.raster(name: nil, times: times, indices: indices)]))
        XCTAssertLessThan(svg.utf8.count, 1_000_000)
    }

    func testTextIsEscaped() {
        let svg = SVGRenderer().render(Figure(title: "a < b & \"c\"", panels: []))
        XCTAssertTrue(svg.contains(">a &lt; b &amp; &quot;c&quot;</text>"))
    }

    func testSVGNumbers() {
        XCTAssertEqual([12, 12.5, -0.34, -3.96, 0.04, .nan].map(SVGText.number), ["12", "12.5", "-0.3", "-4", "0", "0"])
    }

    /// Line endings and trailing blanks do not count as differences.
    private func normalised(_ svg: String) -> String {
        svg.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            .joined(separator: "\n")
    }

    private func tool(_ name: String) throws -> URL {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        guard let found = paths.map({ URL(fileURLWithPath: String($0)).appendingPathComponent(name) })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw XCTSkip("\(name) is not installed")
        }
        return found
    }

    private func write(_ svg: String, named name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("plot-tests-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("\(name).svg")
        try svg.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    private func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        try Command.run(executable.path, arguments)
    }
}
