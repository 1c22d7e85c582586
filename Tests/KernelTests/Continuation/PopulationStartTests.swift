import XCTest
import Kernel
@testable import Analysis
@testable import Execution
@testable import Output
@testable import Language

/// `bifurcation ... from P at I = ...`: a continuation from the equilibrium near a population's
/// current state. The model has three equilibria for I in (-c, c), c = 1/(3√6): y = x/2 and
/// x³ - x/2 = I, on one S-shaped branch with folds at x = ∓1/√6 (I = ±c) and no Hopf point
/// (the trace -3x² vanishes only at x = 0, a saddle). Starting near each equilibrium gives
/// that equilibrium, checked against Newton's root of the cubic here, and the full diagram's folds.
final class PopulationStartTests: XCTestCase {
    private let model = """
        system S {
          param a = 0.5
          input I = 0
          var x = 0, y = 0
          dx/dt = I + x - x^3 - y
          dy/dt = a*x - y
        }
        population P = S(1)
        population Q = S(1)
        system Other {
          input I = 0
          var x = 0
          dx/dt = I - x
        }
        population R = Other(1)

        """
    private let fold = 1 / (3 * 6.0.squareRoot())

    /// The root of x³ - x/2 - I from `x`, by Newton to rounding.
    private func root(_ input: Double, from x: Double) -> Double {
        var x = x
        for _ in 0..<100 { x -= (x * x * x - x / 2 - input) / (3 * x * x - 0.5) }
        return x
    }

    /// The special points (kinds and I) of diagram k, and the diagram itself.
    private func diagram(_ interpreter: Interpreter, _ text: String) throws -> (kinds: [String], inputs: [Double], BifurcationDiagramView) {
        var tables: [Table] = []
        for output in interpreter.execute(text) {
            if case .table(let t) = output { tables.append(t) }
            if case .error(let d) = output { throw d }
        }
        let kinds = tables[0].rows.map { if case .text(let t) = $0[0] { return t } else { return "" } }
        let column = try XCTUnwrap(tables[0].columns.firstIndex { $0.name == "I" })
        let inputs = tables[0].rows.map { if case .number(let v) = $0[column] { return v } else { return .nan } }
        return (kinds, inputs, BifurcationDiagramView(interpreter.lastDiagram!.diagram))
    }

    func testEachEquilibriumStartsTheBranchThroughIt() throws {
        let interpreter = Interpreter.withPrivateCache()
        _ = interpreter.execute(model)
        let full = try diagram(interpreter, "bifurcation S vary I in [-1, 1]")
        XCTAssertEqual(full.kinds, ["LP", "LP"])
        // Measured: both folds exactly ±1/(3√6) as printed.
        XCTAssertEqual(full.inputs.sorted()[0], -fold, accuracy: 1e-10)
        XCTAssertEqual(full.inputs.sorted()[1], fold, accuracy: 1e-10)
        // The state near each equilibrium at I = 0.05 (the saddle's too, which a run cannot reach).
        for guess in [-0.6, 0.05, 0.6] {
            _ = interpreter.execute("P.x = \(guess)\nP.y = \(guess / 2 + 0.01)\n")
            let started = try diagram(interpreter, "bifurcation S vary I in [-1, 1] from P at I = 0.05")
            let expected = root(0.05, from: guess)
            let point = try XCTUnwrap(started.2.point(at: 0.05, near: expected), "from x = \(guess)")
            // Measured: x within 1.1e-16 of the root, y within 5.6e-17 of x/2; the folds within 2.8e-17 of the full diagram's.
            XCTAssertEqual(point[0], expected, accuracy: 1e-10, "from x = \(guess)")
            XCTAssertEqual(point[1], expected / 2, accuracy: 1e-10, "from x = \(guess)")
            XCTAssertEqual(started.kinds, full.kinds, "from x = \(guess)")
            for (a, b) in zip(started.inputs.sorted(), full.inputs.sorted()) { XCTAssertEqual(a, b, accuracy: 1e-10, "from x = \(guess)") }
        }
    }

    /// After a run the population rests on the upper stable equilibrium; `from P` alone takes I
    /// as the analysed population has it (0.1 here) and two parameters start there too.
    func testARunPopulationStartsAtItsRestWithItsOwnInput() throws {
        let interpreter = Interpreter.withPrivateCache()
        _ = interpreter.execute(model + "P.x = 1\nP.I = 0.1\nrun 60 dt = 0.01\n")
        let started = try diagram(interpreter, "bifurcation P vary I in [-1, 1] from P")
        let expected = root(0.1, from: 1)
        let point = try XCTUnwrap(started.2.point(at: 0.1, near: expected))
        // Measured: x equal to the root as printed, the fold within 2.8e-17.
        XCTAssertEqual(point[0], expected, accuracy: 1e-10)
        XCTAssertEqual(started.kinds, ["LP", "LP"])
        XCTAssertEqual(started.inputs.sorted()[1], fold, accuracy: 1e-10)
    }

    /// In two parameters the curves of folds start from the same equilibrium (with both parameters
    /// set by at): a smoke test that it runs without error; the curves themselves are not checked here.
    func testTwoParametersStartFromThePopulationToo() throws {
        let interpreter = Interpreter.withPrivateCache()
        for case .error(let d) in interpreter.execute(model + "P.x = 0.6\nbifurcation S vary I in [-1, 1], a in [0.1, 0.9] from P at I = 0.05, a = 0.5") {
            XCTFail("\(d.problem)")
        }
    }

    /// In units: the library's Morris–Lecar, its state read in SI and continued in mV. At I = 0 its
    /// rest solves I = g_Ca m∞(V)(V - E_Ca) + g_K w∞(V)(V - E_K) + g_L(V - E_L), bisected here.
    func testAStateInUnitsStartsAtTheRestInDisplayUnits() throws {
        let interpreter = Interpreter.withPrivateCache()
        _ = interpreter.execute("population M = MorrisLecar(1)\nM.V = -58 mV\n")
        let (kinds, _, view) = try diagram(interpreter, "bifurcation MorrisLecar vary I in [-20 uA/cm^2, 120 uA/cm^2] from M at I = 0 uA/cm^2")
        func current(_ v: Double) -> Double {
            let m = 0.5 * (1 + tanh((v + 1.2) / 18)), w = 0.5 * (1 + tanh((v - 2) / 30))
            return 4.4 * m * (v - 130) + 8 * w * (v + 84) + 2 * (v + 60)
        }
        var (low, high) = (-70.0, -50.0)
        for _ in 0..<200 { let mid = (low + high) / 2; if current(mid) < 0 { low = mid } else { high = mid } }
        let point = try XCTUnwrap(view.point(at: 0, near: low))
        // Measured: V within 7.1e-15 mV of the bisected rest; the branch has its Hopf point (and an LPC).
        XCTAssertEqual(point[0], low, accuracy: 1e-10)
        XCTAssertTrue(kinds.contains("H"), "\(kinds)")
    }

    private func problem(_ lines: String) -> (Problem, SourceRange)? {
        for case .error(let diagnostic) in Interpreter.withPrivateCache().execute(model + lines) {
            return (diagnostic.problem, diagnostic.range)
        }
        return nil
    }

    func testBadPopulationStartsAreTypedAndPositioned() throws {
        let line = 16
        let cases: [(String, Problem, Int)] = [
            ("bifurcation S vary I in [-1, 1] from Nowhere", .unknown(kind: "population", name: "Nowhere"), 38),
            ("bifurcation S vary I in [-1, 1] from S", .unknown(kind: "population", name: "S"), 38),
            ("bifurcation S vary I in [-1, 1] from R", .startOfOtherModel(population: "R", model: "Other", analysed: "S"), 38),
            ("bifurcation Q vary I in [-1, 1] from R", .startOfOtherModel(population: "R", model: "Other", analysed: "S"), 38),
            ("bifurcation S vary I in [-1, 1] from P at x = 1", .notVaried(name: "x"), 43),
            ("bifurcation S vary I in [-1, 1] from P at I = 2",
             .outOfRange(what: "the start (the state of P) has I, which", value: 2, valid: "must lie in [-1, 1]"), 38),
            // A state so far out that the cubic overflows: Newton cannot start from it.
            ("P.x = 1e300\nbifurcation S vary I in [-1, 1] from P", .noEquilibriumNear(start: "the state of P"), 38),
            ("bifurcation S vary I in [-1, 1], a in [0.1, 0.9] from P at I = 0, a = 2",
             .outOfRange(what: "the start (the state of P) has a, which", value: 2, valid: "must lie in [0.1, 0.9]"), 55),
            ("bifurcation S vary I in [-1, 1] from 3", .syntax(expected: "'branch', 'orbit' or a population after from", found: "number 3"), 38),
        ]
        for (text, expected, column) in cases {
            let (problem, range) = try XCTUnwrap(self.problem(text), text)
            XCTAssertEqual(problem, expected, text)
            XCTAssertEqual(range.start.line, line + text.filter { $0 == "\n" }.count, text)
            XCTAssertEqual(range.start.column, column, text)
        }
        // A unit where I has none: the resolver's own typed error, at the value.
        let (unit, _) = try XCTUnwrap(problem("bifurcation S vary I in [-1, 1] from P at I = 2 mV"))
        guard case .unitMismatch = unit else { return XCTFail("\(unit)") }
    }
}

/// The equilibria of a diagram, read back by parameter value.
struct BifurcationDiagramView {
    let branches: [[(parameter: Double, state: [Double])]]
    init(_ diagram: BifurcationDiagram) {
        branches = diagram.equilibria.map { $0.points.map { ($0.parameter, $0.state) } }
    }

    /// The state of the point at `parameter` (to 1e-12) nearest `x` in its first variable.
    func point(at parameter: Double, near x: Double) -> [Double]? {
        branches.joined().filter { abs($0.parameter - parameter) < 1e-12 }.min { abs($0.state[0] - x) < abs($1.state[0] - x) }?.state
    }
}
