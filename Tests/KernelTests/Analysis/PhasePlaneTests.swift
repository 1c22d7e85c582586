import XCTest
import Plot
import Kernel

/// Phase planes: the nullcline points are refined onto f = 0, orbits end on the
/// attractor a closed form gives, fixed points carry their stability marker.
final class PhasePlaneTests: XCTestCase {
    func figure(_ source: String) -> Figure? {
        for case .figure(let figure) in runModel(source) { return figure }
        XCTFail("no figure")
        return nil
    }

    func line(_ figure: Figure, _ name: String) -> (x: [Double], y: [Double]) {
        for case .line(name?, let x, let y, _) in figure.panels[0].series { return (x, y) }
        XCTFail("no line \(name)")
        return ([], [])
    }

    /// FHN at Iext = 0.5: every nullcline point satisfies its equation to 1e-9 (bisection on grid edges
    /// of 161 points), the cubic runs to the box's edges, and the one fixed point is the unstable focus.
    func testFitzHughNagumoNullclinesLieOnTheirCurves() throws {
        guard let figure = figure(try example("fhn_analysis.soma")) else { return }
        let v = line(figure, "dv/dt = 0"), w = line(figure, "dw/dt = 0")
        let vPoints = zip(v.x, v.y).filter { $0.0.isFinite }, wPoints = zip(w.x, w.y).filter { $0.0.isFinite }
        XCTAssertGreaterThan(vPoints.count, 300)
        XCTAssertGreaterThan(wPoints.count, 200)
        for (x, y) in vPoints { XCTAssertEqual(x - x * x * x / 3 - y + 0.5, 0, accuracy: 1e-9) }
        for (x, y) in wPoints { XCTAssertEqual((x + 0.7 - 0.8 * y) / 12.5, 0, accuracy: 1e-9) }
        // The cubic leaves the box through its top (w = 2.5) on the left and its bottom (w = −1) on the right.
        XCTAssertEqual(vPoints.min { $0.0 < $1.0 }!.1, 2.5, accuracy: 1e-12)
        XCTAssertEqual(vPoints.max { $0.0 < $1.0 }!.1, -1, accuracy: 1e-12)
        let markers = figure.panels[0].series.compactMap { s -> (MarkerKind, [PlotPoint])? in
            if case .markers(let points, let kind, _) = s { return (kind, points) } else { return nil }
        }
        XCTAssertEqual(markers.count, 1)
        XCTAssertEqual(markers[0].0, .unstable)
        XCTAssertEqual(markers[0].1[0].x, -0.804847747, accuracy: 1e-8)
        let svg = SVGRenderer().render(figure)
        XCTAssertTrue(svg.contains("dv/dt = 0"))
    }

    /// Decision model: orbits from either side of the diagonal end at the winner (30, 0) or (0, 30) Hz
    /// to 1e-6 Hz; the saddle on the diagonal is drawn as a saddle marker.
    func testOrbitsEndOnTheAttractorTheyStartTowards() throws {
        guard let figure = figure(try example("decision_rates.soma")) else { return }
        let orbits = figure.panels[0].series.compactMap { s -> [Double]? in
            if case .line(let name, let x, let y, _) = s, name == "orbits" || name == nil { return [x.last!, y.last!] } else { return nil }
        }
        XCTAssertEqual(orbits.count, 2)
        XCTAssertEqual(orbits[0][0], 30, accuracy: 1e-6)
        XCTAssertEqual(orbits[0][1], 0, accuracy: 1e-6)
        XCTAssertEqual(orbits[1][0], 0, accuracy: 1e-6)
        XCTAssertEqual(orbits[1][1], 30, accuracy: 1e-6)
        let saddle = figure.panels[0].series.compactMap { s -> [PlotPoint]? in
            if case .markers(let points, .saddle, _) = s { return points } else { return nil }
        }
        XCTAssertEqual(saddle.first?.first?.x ?? .nan, 10, accuracy: 1e-9)
        XCTAssertEqual(figure.panels[0].xAxis.title, "r1 (Hz)")
    }

    /// 1-D: dx/dt = x − x³ against x, fixed points −1 and 1 stable, 0 unstable, drawn on the axis.
    func testPhaseLine() {
        let source = "system B {\n  var x = 0.1, y = 0\n  dx/dt = x - x^3 + y\n  dy/dt = -y\n}\nphaseplane B x = x in [-2, 2] fix y = 0"
        guard let figure = figure(source) else { return }
        let f = line(figure, "dx/dt")
        for (x, y) in zip(f.x, f.y) { XCTAssertEqual(y, x - x * x * x, accuracy: 1e-12) }
        var kinds: [MarkerKind: [Double]] = [:]
        for case .markers(let points, let kind, _) in figure.panels[0].series { kinds[kind] = points.map(\.x) }
        XCTAssertEqual(kinds[.stable]?.count, 2)
        XCTAssertEqual(kinds[.stable]?[0] ?? .nan, -1, accuracy: 1e-12)
        XCTAssertEqual(kinds[.unstable]?[0] ?? .nan, 0, accuracy: 1e-12)
    }
}
