import Plot
import XCTest
import Kernel
@testable import Execution
@testable import Language
@testable import Output

/// `intervals =` and `degree =` of `bifurcation`: each bad value is a positioned, typed
/// diagnostic, and good ones reach the cycles, whose table has a row per cycle.
final class BifurcationOptionTests: XCTestCase {
    private let model = """
        system FHN {
          param a = 0.7, b = 0.8, tau = 12.5
          input Iext = 0.5
          var v = -1, w = 1
          dv/dt = v - v^3/3 - w + Iext
          dw/dt = (v + a - b*w) / tau
        }

        """

    private func outputs(_ line: String) -> [Output] {
        Interpreter.withPrivateCache().execute(model + line)
    }

    private func problem(_ line: String) -> (Problem, SourceRange)? {
        for case .error(let diagnostic) in outputs(line) { return (diagnostic.problem, diagnostic.range) }
        return nil
    }

    func testOutOfRangeValuesAreTypedAndPositioned() throws {
        let line = model.split(separator: "\n", omittingEmptySubsequences: false).count
        for (text, option, found, valid) in [("intervals = 2.5", "intervals", "2.5", "is a whole number from 4 to 2000"),
                                             ("intervals = 3", "intervals", "3", "is a whole number from 4 to 2000"),
                                             ("degree = 9", "degree", "9", "is a whole number from 2 to 7")] {
            let (problem, range) = try XCTUnwrap(self.problem("bifurcation FHN vary Iext in [0, 2] " + text))
            XCTAssertEqual(problem, .outOfRange(what: option, value: Double(found), valid: valid))
            XCTAssertEqual(range.start.line, line)
            XCTAssertEqual(range.start.column, 37 + text.count - found.count)
        }
    }

    func testAMeshOptionInTwoParametersIsAnError() throws {
        let (problem, _) = try XCTUnwrap(self.problem("bifurcation FHN vary Iext in [0, 2], b in [0.5, 5] degree = 5"))
        XCTAssertEqual(problem, .cycleOptionWithoutCycles(option: "degree"))
    }

    func testANonNumberIsASyntaxError() throws {
        let (problem, _) = try XCTUnwrap(self.problem("bifurcation FHN vary Iext in [0, 2] degree = v"))
        guard case .syntax = problem else { return XCTFail("\(problem)") }
    }

    func testTheCycleTableHasPeriodAndMultipliersOnEveryRow() throws {
        let tables = outputs("bifurcation FHN vary Iext in [0, 2] show v intervals = 30 degree = 4").compactMap { output -> Table? in
            if case .table(let table) = output { return table } else { return nil }
        }
        XCTAssertEqual(tables.map(\.title), ["special points of FHN", "cycles of FHN"])
        let cycles = tables[1]
        XCTAssertEqual(cycles.columns.map(\.name), ["branch", "Iext", "period", "max v", "min v", "max w", "min w", "μ1", "stable"])
        XCTAssertGreaterThan(cycles.rows.count, 20)
        for row in cycles.rows {
            guard case .number(let input) = row[1], case .number(let period) = row[2],
                  case .complex(let re, let im) = row[7] else { return XCTFail("\(row)") }
            XCTAssertGreaterThan(period, 20)
            XCTAssertEqual(row[8], .text((re * re + im * im).squareRoot() < 1 ? "yes" : "no"))
            // Between the canards only the large relaxation cycle exists, and it attracts.
            if (0.4...1.3).contains(input) { XCTAssertEqual(row[8], .text("yes"), "Iext = \(input)") }
        }
    }

    func testShowPeriodDrawsThePeriodsWithTheFoldsOfCyclesAtTheirPeriod() throws {
        let outputs = outputs("bifurcation FHN vary Iext in [0, 2] show period")
        guard case .figure(let figure)? = outputs.first(where: { if case .figure = $0 { return true } else { return false } }),
              case .table(let table)? = outputs.first(where: { if case .table = $0 { return true } else { return false } }) else {
            return XCTFail("\(outputs)")
        }
        let panel = figure.panels[0]
        XCTAssertEqual(panel.yAxis.label, "period")
        let labelled = panel.series.flatMap { series -> [SpecialPoint] in
            if case .specialPoints(let points) = series { return points } else { return [] }
        }
        // The table's LPC rows, at their parameter and period; the Hopf points have no period to be drawn at.
        let periodColumn = try XCTUnwrap(table.columns.firstIndex { $0.name == "period" })
        let folds = table.rows.filter { $0[0] == .text("LPC") }
        XCTAssertEqual(labelled.map(\.label), ["LPC", "LPC"])
        for (point, row) in zip(labelled, folds) {
            XCTAssertEqual(row[1], .number(point.x))
            XCTAssertEqual(row[periodColumn], .number(point.y))
        }
    }
}
