import SomaTestSupport
import XCTest
import Kernel
@testable import Analysis
@testable import Execution
@testable import Language
@testable import Output
import Plot

/// examples/fhn_bifurcation.soma: the diagram and its table against closed forms,
/// and the cycle branch of the model-built system against a long RK4 simulation.
final class BifurcationExampleTests: XCTestCase {
    /// The example runs once for both tests (a debug build takes seconds).
    private static let run = Result { try runExample() }

    /// The interpreter, both diagrams (one parameter, then two), the one-parameter table and the two-parameter table.
    private func outputs() throws -> (Interpreter, [Figure], Table, Table) { try Self.run.get() }

    private struct MissingOutput: Error {}

    private static func runExample() throws -> (Interpreter, [Figure], Table, Table) {
        let interpreter = Interpreter.withPrivateCache()
        let source = try example("fhn_bifurcation.soma").replacingOccurrences(of: "\nexport", with: "\n# export")
        var figures: [Figure] = []
        var tables: [Table] = []
        for output in interpreter.execute(source) {
            switch output {
            case .figure(let f): figures.append(f)
            case .table(let t): tables.append(t)
            case .error(let d): throw d
            default: break
            }
        }
        // The one-parameter diagram's special points and cycles, then the two-parameter table.
        guard figures.count == 2, tables.count == 3 else { throw MissingOutput() }
        return (interpreter, figures, tables[0], tables[2])
    }

    func testHopfInputsMatchTheClosedFormAndTheDiagramIsLabelled() throws {
        let (_, figures, table, _) = try outputs()
        let figure = figures[0]
        let rows = table.rows.compactMap { row -> (String, Double)? in
            guard case .text(let kind) = row[0], case .number(let p) = row[1] else { return nil }
            return (kind, p)
        }
        let l1 = try XCTUnwrap(table.columns.firstIndex { $0.name == "l1" })
        for row in table.rows where row[0] == .text("H") {
            guard case .number(let value) = row[l1] else { return XCTFail("no l1 at a Hopf point") }
            XCTAssertGreaterThan(value, 0, "both Hopf points of FHN are subcritical")
        }
        XCTAssertEqual(rows.map(\.0), ["LPC", "H", "H", "LPC"])
        let hopf = rows.filter { $0.0 == "H" }.map(\.1)
        for (found, exact) in zip(hopf, TestSystems.fitzHughNagumoHopfInputs()) { XCTAssertEqual(found, exact, accuracy: 1e-8) }
        // The symmetry (v, w, Iext) → (−v, 2a/b − w, 2a/b − Iext) pairs the folds of cycles.
        let folds = rows.filter { $0.0 == "LPC" }.map(\.1)
        XCTAssertEqual(folds[0] + folds[1], 2 * 0.7 / 0.8, accuracy: 1e-8)

        let series = figure.panels[0].series
        let branches = series.compactMap { s -> [Bool]? in if case .branch(_, _, _, let stable, _) = s { return stable } else { return nil } }
        XCTAssertEqual(branches.count, 3, "equilibria, cycle maxima, cycle minima")
        XCTAssertTrue(branches[0].contains(true) && branches[0].contains(false))
        let text = TerminalRenderer(canvas: .braille, colours: .none).render(figure, width: 80, height: 20).plainText()
        XCTAssertTrue(text.contains("H") && text.contains("LPC") && text.contains("Iext"))
        let svg = SVGRenderer().render(figure)
        XCTAssertTrue(svg.contains(">LPC<") && svg.contains(">H<") && svg.contains("stroke-dasharray"))
    }

    func testCycleOfTheModelMatchesALongRK4Simulation() throws {
        let (interpreter, _, _, _) = try outputs()
        let system = try interpreter.dynamicalSystem("FHN", at: SourceRange(SourcePosition(line: 1, column: 1, offset: 0)))
        let k = try XCTUnwrap(system.parameterIndex("Iext"))
        let hopf = try XCTUnwrap(EquilibriumContinuation(system: system, parameterIndex: k, range: 0...2)
            .run(from: system.initialState).special.first { $0.kind == .hopf })
        let branch = try XCTUnwrap(CycleContinuation(system: system, parameterIndex: k, range: 0...2).run(from: hopf))
        // Near the Hopf point the period tends to 2π/ω.
        XCTAssertEqual(branch.points[0].period, 2 * .pi / hopf.frequency!, accuracy: 1e-3)
        let orbit = try XCTUnwrap(branch.points.filter(\.stable).min { abs($0.parameter - 0.5) < abs($1.parameter - 0.5) })
        var p = system.parameterValues
        p[k] = orbit.parameter
        let simulated = RK4Orbit(system: system, parameters: p, start: [0, 0], dt: 0.01, transient: 120, periods: 2)
        // Measured with 25 mesh intervals of degree 4: period 39.104866 against 39.104842 (6e-7
        // relative), maximum 1.85685 against 1.85695, minimum −1.96849 against −1.96825.
        XCTAssertEqual(orbit.period, simulated.period, accuracy: 5e-6 * simulated.period)
        XCTAssertEqual(orbit.maxima[0], simulated.maximum, accuracy: 1e-3)
        XCTAssertEqual(orbit.minima[0], simulated.minimum, accuracy: 1e-3)
    }

    /// BT where trace J = det J = 0 on the nullcline: 1 − v² = 1/b = b/tau, so b = √tau,
    /// Iext = (v + a)/b − v + v³/3; the cusp of the fold curve at b = 1, Iext = a/b.
    func testCodimensionTwoPointsMatchTheClosedForm() throws {
        let (_, _, _, table) = try outputs()
        let rows = table.rows.compactMap { row -> (String, Double, Double)? in
            guard case .text(let kind) = row[0], case .number(let iext) = row[1], case .number(let b) = row[2] else { return nil }
            return (kind, iext, b)
        }
        let (a, tau) = (0.7, 12.5)
        let b = tau.squareRoot()
        let expected = [-1.0, 1].map { sign -> Double in
            let v = sign * (1 - 1 / b).squareRoot()
            return (v + a) / b - v + v * v * v / 3
        }.sorted()
        let bt = rows.filter { $0.0 == "BT" }.sorted { $0.1 < $1.1 }
        XCTAssertEqual(bt.count, 2)
        for (found, iext) in zip(bt, expected) {
            XCTAssertEqual(found.1, iext, accuracy: 1e-8)
            XCTAssertEqual(found.2, b, accuracy: 1e-8)
        }
        let cusp = try XCTUnwrap(rows.first { $0.0 == "CP" })
        XCTAssertEqual(cusp.1, a, accuracy: 1e-8)
        XCTAssertEqual(cusp.2, 1, accuracy: 1e-8)
    }

    /// At the cusp v² = 1 − 1/b = 0: located to ~1e-12, v prints as 0, and w = (v + a)/b = a.
    func testCuspStateThatIsZeroToTheSolverPrintsAsZero() throws {
        let (_, _, _, table) = try outputs()
        let cusp = try XCTUnwrap(table.rows.first { $0[0] == .text("CP") })
        let v = try XCTUnwrap(table.columns.firstIndex { $0.name == "v" })
        let w = try XCTUnwrap(table.columns.firstIndex { $0.name == "w" })
        XCTAssertEqual(cusp[v], .number(0))
        guard case .number(let wValue) = cusp[w] else { return XCTFail("no w at the cusp") }
        XCTAssertEqual(wValue, 0.7, accuracy: 1e-8)
        let line = try XCTUnwrap(OutputFormat.text(table).split(separator: "\n").first { $0.contains("CP") })
        XCTAssertFalse(line.contains("e-"), "\(line)")
    }

    /// `vary Iext in [-1, 3], b in [0.5, 5]`: the axes show that box, every curve stays in
    /// it, and the curves that leave it end on its edge.
    func testTwoParameterDiagramShowsAndClipsToTheRequestedBox() throws {
        let (_, figures, _, _) = try outputs()
        let panel = figures[1].panels[0]
        XCTAssertEqual(panel.xAxis.limits, .fixed(-1, 3))
        XCTAssertEqual(panel.yAxis.limits, .fixed(0.5, 5))
        let curves = panel.series.compactMap { s -> [PlotPoint]? in
            guard case .line(_, let x, let y, _) = s else { return nil }
            return zip(x, y).map { PlotPoint($0, $1) }
        }
        XCTAssertFalse(curves.isEmpty)
        for point in curves.joined() {
            XCTAssertTrue((-1...3).contains(point.x) && (0.5...5).contains(point.y), "\(point) is outside the box")
        }
        let onEdge = { (p: PlotPoint) in
            [abs(p.x + 1), abs(p.x - 3), abs(p.y - 0.5), abs(p.y - 5)].contains { $0 < 1e-9 }
        }
        let ends = curves.flatMap { [$0.first!, $0.last!] }
        XCTAssertGreaterThanOrEqual(ends.filter(onEdge).count, 2, "the fold curve crosses the box: \(ends)")
    }
}
