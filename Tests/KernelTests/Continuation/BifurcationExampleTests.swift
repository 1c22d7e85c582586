import XCTest
@testable import Kernel
import Plot

/// examples/fhn_bifurcation.soma: the diagram and its table against closed forms,
/// and the cycle branch of the model-built system against a long RK4 simulation.
final class BifurcationExampleTests: XCTestCase {
    /// The example runs once for both tests (a debug build takes seconds).
    private static let run = Result { try runExample() }

    private func outputs() throws -> (Interpreter, Figure, Table) { try Self.run.get() }

    private struct MissingOutput: Error {}

    private static func runExample() throws -> (Interpreter, Figure, Table) {
        let interpreter = Interpreter()
        let source = try example("fhn_bifurcation.soma").components(separatedBy: "\nexport")[0]
        var figure: Figure?
        var table: Table?
        for output in interpreter.execute(source) {
            switch output {
            case .figure(let f): figure = f
            case .table(let t): table = t
            case .error(let d): throw d
            default: break
            }
        }
        guard let figure, let table else { throw MissingOutput() }
        return (interpreter, figure, table)
    }

    func testHopfInputsMatchTheClosedFormAndTheDiagramIsLabelled() throws {
        let (_, figure, table) = try outputs()
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
        let text = OutputFormat.text(.figure(figure), renderer: DiagnosticRenderer(fileName: "", source: ""))
        XCTAssertTrue(text.contains("H") && text.contains("LPC") && text.contains("Iext"))
        let svg = SVGRenderer().render(figure)
        XCTAssertTrue(svg.contains(">LPC<") && svg.contains(">H<") && svg.contains("stroke-dasharray"))
    }

    func testCycleOfTheModelMatchesALongRK4Simulation() throws {
        let (interpreter, _, _) = try outputs()
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
        // Measured: period 39.274108 against 39.274112 (1e-7 relative), extremes within 3e-5.
        XCTAssertEqual(orbit.period, simulated.period, accuracy: 1e-6 * simulated.period)
        XCTAssertEqual(orbit.maxima[0], simulated.maximum, accuracy: 1e-3)
        XCTAssertEqual(orbit.minima[0], simulated.minimum, accuracy: 1e-3)
    }
}
