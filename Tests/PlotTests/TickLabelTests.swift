import Foundation
import XCTest
@testable import Plot

/// Issue 11, bug 11: tick labels are shown whole or dropped, never cut, at every width.
final class TickLabelTests: XCTestCase {
    private let figure: Figure = {
        let t = (0...200).map(Double.init)
        return Figure.single([.line(name: "x", x: t, y: t.map { sin($0 / 20) })],
                             xAxis: Axis(label: "t", unit: "ms"), yAxis: Axis(label: "V"))
    }()

    /// The row under the x axis, whose words must all be ticks (multiples of the step, 50 at most).
    private func xLabels(width: Int) -> [String] {
        let rows = TerminalRenderer(canvas: .braille, colours: .none).render(figure, width: width, height: 10).plainText()
            .components(separatedBy: "\n")
        guard let axis = rows.firstIndex(where: { $0.contains("└") }), axis + 1 < rows.count else { return [] }
        return rows[axis + 1].split(separator: " ").map(String.init)
    }

    func testXTickLabelsAreWholeOrAbsentAtEveryWidth() {
        for width in 8...60 {
            let labels = xLabels(width: width)
            for label in labels {
                let value = Double(label)
                XCTAssertNotNil(value, "'\(label)' at width \(width)")
                XCTAssertEqual((value ?? 1).truncatingRemainder(dividingBy: 50), 0, "'\(label)' is a cut label at width \(width)")
            }
            if width >= 18 { XCTAssertEqual(labels.last, "200", "the last tick fits at width \(width)") }
        }
    }

    func testAt20ColumnsTheLastTickReads200() {
        XCTAssertEqual(xLabels(width: 20), ["0", "200"])
    }
}
