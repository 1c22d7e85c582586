import Foundation
import Plot

/// Small deterministic figures, one per series kind, for golden renders.
enum SampleFigures {
    static let t = (0...60).map { Double($0) * 0.1 }

    static let all: [(name: String, figure: Figure)] = [
        ("line", line), ("points", points), ("raster", raster), ("step", step), ("histogram", histogram),
        ("heatmap", heatmap), ("vectorfield", vectorField), ("contour", contour), ("markers", markers),
        ("bifurcation", bifurcation), ("loglog", logLog), ("shared", shared),
    ]

    static var line: Figure {
        Figure(title: "Membrane", panels: [Panel(
            xAxis: Axis(label: "t", unit: "ms"), yAxis: Axis(label: "V", unit: "mV"),
            series: [.line(name: "sin", x: t, y: t.map(sin)),
                     .line(name: "cos", x: t, y: t.map(cos), style: Style(dash: .dashed))])])
    }

    static var points: Figure {
        let x = (0..<25).map { Double($0) }
        return Figure.single([.points(name: "ISI", x: x, y: x.map { ($0 * 7).truncatingRemainder(dividingBy: 11) })],
                             xAxis: Axis(label: "n"), yAxis: Axis(label: "ISI", unit: "ms"))
    }

    static var raster: Figure {
        let times = (0..<120).map { Double(($0 * 37) % 100) }
        let indices = (0..<120).map { ($0 * 7) % 20 }
        return Figure.single([.raster(name: nil, times: times, indices: indices, groupSizes: [16, 4], groupNames: ["E", "I"])],
                             xAxis: Axis(label: "t", unit: "ms"), yAxis: Axis(label: "neuron"))
    }

    static var step: Figure {
        Figure.single([.step(name: "gate", x: [0, 1, 2, 3, 4, 5], y: [0, 1, 1, 0, 2, 2])],
                      xAxis: Axis(label: "t", unit: "s"), yAxis: Axis(label: "state"))
    }

    static var histogram: Figure {
        Figure.single([.histogram(name: "count", edges: [0, 1, 2, 3, 4, 5], counts: [2, 5, 9, 4, 1])],
                      xAxis: Axis(label: "rate", unit: "Hz"), yAxis: Axis(label: "cells"))
    }

    static var heatmap: Figure {
        let x = (0..<8).map(Double.init), y = (0..<5).map(Double.init)
        let values = y.map { row in x.map { column in row * 8 + column } }
        return Figure.single([.heatmap(name: nil, x: x, y: y, values: values, colourbarLabel: "w")],
                             xAxis: Axis(label: "pre"), yAxis: Axis(label: "post"))
    }

    static var vectorField: Figure {
        let grid = (-2...2).map(Double.init)
        let u = grid.map { y in grid.map { _ in -y } }, v = grid.map { _ in grid.map { x in x } }
        return Figure.single([.vectorField(name: "flow", x: grid, y: grid, u: u, v: v)],
                             xAxis: Axis(label: "v"), yAxis: Axis(label: "w"))
    }

    /// FitzHugh–Nagumo nullclines: w = v − v³/3 and w = (v + 0.7) / 0.8.
    static var contour: Figure {
        let v = (0...20).map { -2.5 + Double($0) * 0.25 }, w = (0...16).map { -1.5 + Double($0) * 0.25 }
        let vNull = w.map { wv in v.map { vv in vv - vv * vv * vv / 3 - wv } }
        let wNull = w.map { wv in v.map { vv in vv + 0.7 - 0.8 * wv } }
        return Figure.single([.contour(name: "v'=0", x: v, y: w, values: vNull),
                              .contour(name: "w'=0", x: v, y: w, values: wNull)],
                             xAxis: Axis(label: "v"), yAxis: Axis(label: "w"))
    }

    static var markers: Figure {
        Figure.single([.markers(points: [PlotPoint(-1, -0.5)], kind: .stable, label: "stable"),
                       .markers(points: [PlotPoint(0, 0)], kind: .unstable, label: "unstable"),
                       .markers(points: [PlotPoint(1, 0.5)], kind: .saddle, label: "saddle")],
                      xAxis: Axis(label: "v"), yAxis: Axis(label: "w"))
    }

    /// A fold: the upper branch stable, the lower unstable, meeting at a limit point; a Hopf point on top.
    static var bifurcation: Figure {
        let s = (0...30).map { -1 + Double($0) / 15 }
        let branch = Series.branch(name: "eq", x: s.map { 1 - $0 * $0 }, y: s, stable: s.map { $0 > 0 })
        let special = Series.specialPoints([SpecialPoint(x: 1, y: 0, label: "LP"), SpecialPoint(x: 0.64, y: 0.6, label: "H")])
        return Figure.single([branch, special], xAxis: Axis(label: "I", unit: "nA"), yAxis: Axis(label: "V", unit: "mV"))
    }

    static var logLog: Figure {
        let f = (0...20).map { pow(10, Double($0) / 5) }
        return Figure.single([.line(name: "gain", x: f, y: f.map { 1 / (1 + $0 / 100) })],
                             xAxis: Axis(label: "f", unit: "Hz", scale: .log), yAxis: Axis(label: "G", scale: .log))
    }

    static var shared: Figure {
        let times = (0..<60).map { Double(($0 * 13) % 50) }, indices = (0..<60).map { ($0 * 3) % 10 }
        let bins = (0..<10).map { Double($0) * 5 }
        return Figure.rasterAndRate(times: times, indices: indices, rateTime: bins,
                                    rate: bins.map { 10 + 5 * sin($0 / 8) }, title: "Network")
    }
}
