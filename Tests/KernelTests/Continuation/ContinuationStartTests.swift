import XCTest
import Kernel
@testable import Analysis
@testable import Execution
@testable import Language

/// `bifurcation ... from orbit` and `from branch N point M` on FitzHugh–Nagumo: a cycle
/// branch started from a simulated orbit, or from a stored point of the diagram before,
/// is the branch the Hopf points start, checked against periods measured here by RK4
/// (`SimulatedCycle`) and against the special points of the diagram continued from the Hopf
/// points; every bad start is a typed, positioned error.
final class ContinuationStartTests: XCTestCase {
    private let model = """
        system FHN {
          param a = 0.7, b = 0.8, tau = 12.5
          input Iext = 0.5
          var v = -1, w = 1
          dv/dt = v - v^3/3 - w + Iext
          dw/dt = (v + a - b*w) / tau
        }
        population O = FHN(1)
        record O.v, O.w every 0.05
        run 400 dt = 0.01 method = rk4

        """

    /// Rows of the special points table (table 2k) and the cycles table (table 2k + 1).
    private func rows(_ run: BifurcationExampleRun, diagram k: Int) -> (kinds: [String], special: [Double],
                                                                           cycles: [(branch: Double, p: Double, period: Double, stable: Bool)]) {
        let cycles = run.tables[2 * k + 1]
        let stable = cycles.rows.map { if case .text(let t) = $0.last! { return t == "yes" } else { return false } }
        let (branch, p, period) = (run.numbers("branch", table: 2 * k + 1), run.numbers("Iext", table: 2 * k + 1),
                                   run.numbers("period", table: 2 * k + 1))
        return (run.kinds(table: 2 * k), run.numbers("Iext", table: 2 * k),
                branch.indices.map { (branch[$0], p[$0], period[$0], stable[$0]) })
    }

    private func simulatedPeriod(at input: Double) -> Double {
        var p = TestSystems.fitzHughNagumo.parameterValues
        p[3] = input
        return SimulatedCycle(system: TestSystems.fitzHughNagumo, parameters: p, start: [-1, 1], dt: 0.002, transient: 400).period
    }

    func testARecordedOrbitContinuesOnTheBranchFromTheHopfPoints() throws {
        let run = try BifurcationExampleRun(source: model + """
            bifurcation O vary Iext in [0, 2] from orbit show period
            bifurcation FHN vary Iext in [0, 2] show period
            """)
        let orbit = rows(run, diagram: 0), hopf = rows(run, diagram: 1)
        XCTAssertEqual(orbit.kinds, ["LPC", "LPC"])
        XCTAssertEqual(hopf.kinds, ["LPC", "H", "H", "LPC"])
        // The folds of cycles, where the canards turn: measured 5.6e-13 and 1.2e-13 apart.
        XCTAssertEqual(orbit.special[0], hopf.special[0], accuracy: 1e-10)
        XCTAssertEqual(orbit.special[1], hopf.special[3], accuracy: 1e-10)
        // The start is the cycle at Iext = 0.5 itself, and like every stable cycle on the branch,
        // has the period RK4 measures (measured: 2.9e-9 relative at the start, on the uniform mesh
        // it is cut onto, 1.7e-11 to 4.1e-11 on the adapted mesh along the branch).
        let start = try XCTUnwrap(orbit.cycles.first { abs($0.p - 0.5) < 1e-9 })
        XCTAssertEqual(start.branch, 1)
        let stable = orbit.cycles.filter { $0.stable && $0.p > 0.4 && $0.p < 1.3 }
        XCTAssertGreaterThan(stable.count, 10)
        for cycle in [start] + stable.enumerated().filter({ $0.offset % 8 == 0 }).map(\.element) {
            XCTAssertEqual(cycle.period, simulatedPeriod(at: cycle.p), accuracy: 1e-7 * cycle.period, "Iext = \(cycle.p)")
        }
        // Both ends shrink towards the Hopf points (where the branch stops, within 1e-3).
        let hopfInputs = TestSystems.fitzHughNagumoHopfInputs()
        let ends = [orbit.cycles.first!.p, orbit.cycles.last!.p].sorted()
        XCTAssertEqual(ends[0], hopfInputs[0], accuracy: 1e-3)
        XCTAssertEqual(ends[1], hopfInputs[1], accuracy: 1e-3)
    }

    /// Point 30 of branch 1 (the equilibria) starts the same diagram again; then point 17 of
    /// branch 2 (its cycles) is continued again: the new branch passes through it, meets the
    /// same folds of cycles, and each of its points lies on the first branch's polyline in the
    /// (Iext, period) plane.
    func testFromBranchPointReproducesThatBranch() throws {
        let run = try BifurcationExampleRun(source: model + """
            bifurcation FHN vary Iext in [0, 2] show period
            bifurcation FHN vary Iext in [0, 2] from branch 1 point 30 show period
            bifurcation FHN vary Iext in [0, 2] from branch 2 point 17 show period
            """)
        let fromHopf = rows(run, diagram: 0), first = rows(run, diagram: 1), again = rows(run, diagram: 2)
        // From an equilibrium: the same special points (measured: within 1.5e-13) and cycles born at its Hopf points.
        XCTAssertEqual(first.kinds, fromHopf.kinds)
        for (a, b) in zip(first.special, fromHopf.special) { XCTAssertEqual(a, b, accuracy: 1e-10) }
        XCTAssertEqual(Set(first.cycles.map(\.branch)), [2])
        XCTAssertEqual(Set(again.cycles.map(\.branch)), [1])
        let point = first.cycles[16]
        // Corrected again on its own mesh: measured Iext within 1e-12, the period 1.8e-10 apart.
        XCTAssertTrue(again.cycles.contains { abs($0.p - point.p) < 1e-12 && abs($0.period - point.period) < 1e-9 })
        XCTAssertEqual(again.kinds, ["LPC", "LPC"])
        // Measured: 4.5e-11 (the canard's fold, flat in Iext, on another mesh) and 4.9e-15.
        XCTAssertEqual(again.special[0], first.special[0], accuracy: 1e-9)
        XCTAssertEqual(again.special[1], first.special[3], accuracy: 1e-10)
        // Distance to the first branch's chords, as a fraction of each axis' span: measured at most 1.5e-3,
        // the chords' own distance from the curve where the period climbs the canard.
        let (pSpan, tSpan) = (2.0, first.cycles.map(\.period).max()! - first.cycles.map(\.period).min()!)
        for cycle in again.cycles {
            let distance = zip(first.cycles, first.cycles.dropFirst()).map { a, b -> Double in
                let d = [(b.p - a.p) / pSpan, (b.period - a.period) / tSpan], r = [(cycle.p - a.p) / pSpan, (cycle.period - a.period) / tSpan]
                let t = min(1, max(0, (r[0] * d[0] + r[1] * d[1]) / max(d[0] * d[0] + d[1] * d[1], .leastNormalMagnitude)))
                return hypot(r[0] - t * d[0], r[1] - t * d[1])
            }.min()!
            XCTAssertLessThan(distance, 5e-3, "Iext = \(cycle.p), period \(cycle.period)")
        }
    }

    private func problem(_ lines: String) -> (Problem, SourceRange)? {
        for case .error(let diagnostic) in Interpreter.withPrivateCache().execute(model + lines) {
            return (diagnostic.problem, diagnostic.range)
        }
        return nil
    }

    private let line = 11

    func testBadStartsAreTypedAndPositioned() throws {
        let diagram = "bifurcation FHN vary Iext in [0, 2]\n"
        let cases: [(String, Problem, Int, Int)] = [
            ("bifurcation FHN vary Iext in [0, 2] from branch 1 point 1", .noEarlierDiagram(model: "FHN"), line, 49),
            (diagram + "bifurcation O vary Iext in [0, 2] from branch 1 point 1", .noEarlierDiagram(model: "O"), line + 1, 47),
            (diagram + "bifurcation FHN vary Iext in [0, 2] from branch 3 point 1",
             .outOfRange(what: "branch", value: 3, valid: "is a whole number from 1 to 2"), line + 1, 49),
            (diagram + "bifurcation FHN vary Iext in [0, 2] from branch 2 point 0.5",
             .outOfRange(what: "point", value: 0.5, valid: "is a whole number from 1 to 72"), line + 1, 57),
            (diagram + "bifurcation FHN vary Iext in [1, 2] from branch 2 point 17",
             .outOfRange(what: "the start (point 17 of branch 2) has Iext, which", value: 0.32417887513215327,
                         valid: "must lie in [1, 2]"), line + 1, 49),
            (diagram + "bifurcation FHN vary Iext in [0, 2], b in [1, 2] from branch 2 point 17",
             .outOfRange(what: "the start (point 17 of branch 2) has b, which", value: 0.8, valid: "must lie in [1, 2]"), line + 1, 62),
            ("bifurcation FHN vary Iext in [0, 2] from orbit", .orbitNeedsPopulation(name: "FHN"), line, 37),
            // Recorded at Iext = 0.5, analysed at 0, where no cycle is near it.
            ("bifurcation O vary Iext in [0, 2] from orbit with Iext = 0",
             .noCycleNear(start: "the recorded orbit of O"), line, 35),
            (diagram + "bifurcation FHN vary Iext in [0, 2], b in [0.5, 1] from branch 5 point 1",
             .outOfRange(what: "branch", value: 5, valid: "is a whole number from 1 to 2"), line + 1, 64),
        ]
        for (text, expected, line, column) in cases {
            let (problem, range) = try XCTUnwrap(self.problem(text), text)
            if case .outOfRange(let what, let value, let valid) = expected, what.hasPrefix("the start") {
                guard case .outOfRange(what, let found?, valid) = problem else { XCTFail("\(problem)"); continue }
                XCTAssertEqual(found, value!, accuracy: 1e-12)
            } else {
                XCTAssertEqual(problem, expected, text)
            }
            XCTAssertEqual(range.start.line, line, text)
            XCTAssertEqual(range.start.column, column, text)
        }
    }

    func testAnOrbitThatIsNotRecordedOrNotPeriodicIsAnError() throws {
        let unrecorded = "population P = FHN(1)\nrun 10 dt = 0.01\nbifurcation P vary Iext in [0, 2] from orbit"
        let (problem, range) = try XCTUnwrap(self.problem(unrecorded))
        XCTAssertEqual(problem, .notRecorded(population: "P", field: "v", someNeurons: false))
        XCTAssertEqual(range.start.line, line + 2)
        // 10 time units hold no whole period (about 37).
        let short = "population P = FHN(1)\nrecord P.v, P.w\nrun 10 dt = 0.01\nbifurcation P vary Iext in [0, 2] from orbit"
        let (tooShort, _) = try XCTUnwrap(self.problem(short))
        guard case .notPeriodic(population: "P", _) = tooShort else { return XCTFail("\(tooShort)") }
        // Without drive the run ends at the stable equilibrium.
        let settled = "population P = FHN(1)\nP.Iext = 0\nrecord P.v, P.w\nrun 200 dt = 0.01\nbifurcation P vary Iext in [0, 2] from orbit"
        let (atRest, _) = try XCTUnwrap(self.problem(settled))
        XCTAssertEqual(atRest, .notPeriodic(population: "P", reason: "it settles at an equilibrium"))
    }

    func testASyntaxErrorAfterFromSaysWhatIsValid() throws {
        for text in ["bifurcation FHN vary Iext in [0, 2] from 3", "bifurcation FHN vary Iext in [0, 2] from branch 2",
                     "bifurcation FHN vary Iext in [0, 2] from branch x point 1"] {
            let (problem, _) = try XCTUnwrap(self.problem(text), text)
            guard case .syntax = problem else { XCTFail("\(problem)"); continue }
        }
    }

    /// The recording is cut at a first return of the whole state, so an orbit that crosses the
    /// section twice per period is cut whole: x = cos t + 0.8 cos 2t crosses its mid-range twice.
    func testARecordedCycleIsCutAtAFirstReturn() throws {
        let times = (0..<20000).map { Double($0) * 0.01 }
        let states = times.map { [cos($0) + 0.8 * cos(2 * $0), sin($0)] }
        let cycle = try RecordedCycle(times: times, states: states)
        XCTAssertEqual(cycle.period, 2 * .pi, accuracy: 1e-4)
        XCTAssertThrowsError(try RecordedCycle(times: times, states: times.map { [1, 0 * $0] })) {
            XCTAssertEqual($0 as? RecordedCycle.Failure, .settled)
        }
    }
}
