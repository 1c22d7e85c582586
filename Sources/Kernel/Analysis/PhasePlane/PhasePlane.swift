import Plot
import Support

/// The phase plane of a planar system (or the phase line of a 1-D one) as a
/// figure: normalised arrows, both nullclines, every fixed point marked by its
/// stability, and orbits from given starting points. Data stay in SI until the
/// figure, which shows display units.
public struct PhasePlane: Sendable {
    public var system: DynamicalSystem
    public var parameters: [Double]
    /// The axes' intervals, x first.
    public var box: [ClosedRange<Double>]
    public var starts: [[Double]] = []
    /// Grid points per axis for the nullclines and arrows.
    public var nullclineGrid = 101
    public var arrowGrid = 15
    /// LAPACK, for the fixed points.
    let blas: BLAS

    public init(system: DynamicalSystem, parameters: [Double], box: [ClosedRange<Double>], blas: BLAS) {
        precondition(box.count == system.dimension && (1...2).contains(box.count), "a phase plane has one or two axes")
        self.system = system
        self.parameters = parameters
        self.box = box
        self.blas = blas
    }

    public var fixedPoints: [FixedPointSearch.Point] {
        FixedPointSearch(system: system, parameters: parameters, box: box, blas: blas).run()
    }

    public func nullclines() -> [[(PlotPoint, PlotPoint)]] {
        let (x, y) = (grid(box[0], nullclineGrid), grid(box[1], nullclineGrid))
        let f = y.map { yv in x.map { xv in system.rhs([xv, yv], parameters) } }
        return (0..<2).map { k in
            Nullcline(system: system, parameters: parameters, component: k, x: x, y: y, values: f.map { $0.map { $0[k] } }).segments()
        }
    }

    public func trajectories() -> [[[Double]]] {
        let orbit = Trajectory(system: system, parameters: parameters, box: box)
        return starts.enumerated().map { orbit.points(from: $1, orbit: $0) }
    }

    public func figure(title: String) -> Figure {
        system.dimension == 1 ? phaseLine(title: title) : plane(title: title)
    }

    private func plane(title: String) -> Figure {
        let (sx, sy) = (system.variableUnit(0).scale, system.variableUnit(1).scale)
        let (ax, ay) = (grid(box[0], arrowGrid), grid(box[1], arrowGrid))
        let (wx, wy) = (box[0].upperBound - box[0].lowerBound, box[1].upperBound - box[1].lowerBound)
        var u: [[Double]] = [], v: [[Double]] = []
        for yv in ay {
            let arrows = ax.map { xv -> (Double, Double) in
                let f = system.rhs([xv, yv], parameters)
                let length = ((f[0] / wx) * (f[0] / wx) + (f[1] / wy) * (f[1] / wy)).squareRoot()
                return length > 0 && length.isFinite ? (f[0] / length / sx, f[1] / length / sy) : (0, 0)
            }
            u.append(arrows.map(\.0))
            v.append(arrows.map(\.1))
        }
        var series: [Series] = [.vectorField(name: nil, x: ax.map { $0 / sx }, y: ay.map { $0 / sy }, u: u, v: v,
                                             style: Style(colour: RGB(160, 160, 160), lineWidth: 1))]
        for (k, segments) in nullclines().enumerated() {
            let xs = segments.flatMap { [$0.0.x / sx, $0.1.x / sx, .nan] }, ys = segments.flatMap { [$0.0.y / sy, $0.1.y / sy, .nan] }
            series.append(.line(name: "d\(system.variables[k])/dt = 0", x: xs, y: ys))
        }
        for (n, path) in trajectories().enumerated() {
            series.append(.line(name: n == 0 ? "orbits" : nil, x: path.map { $0[0] / sx }, y: path.map { $0[1] / sy },
                                style: Style(colour: RGB(40, 40, 40), lineWidth: 1)))
        }
        series += markers(fixedPoints) { PlotPoint($0[0] / sx, $0[1] / sy) }
        return Figure.single(series, xAxis: axis(0, limits: box[0]), yAxis: axis(1, limits: box[1]), title: title)
    }

    private func phaseLine(title: String) -> Figure {
        let scale = system.variableUnit(0).scale
        let rateScale = system.timeUnit.scale / scale
        let x = grid(box[0], nullclineGrid)
        let f = x.map { system.rhs([$0], parameters)[0] * rateScale }
        var series: [Series] = [.line(name: nil, x: [x[0] / scale, x[x.count - 1] / scale], y: [0, 0], style: Style(colour: RGB(160, 160, 160), lineWidth: 1)),
                                .line(name: "d\(system.variables[0])/dt", x: x.map { $0 / scale }, y: f)]
        series += markers(fixedPoints) { PlotPoint($0[0] / scale, 0) }
        let rateUnit = system.variableUnit(0).name.isEmpty && system.timeUnit.name.isEmpty ? nil
            : "\(system.variableUnit(0).name.isEmpty ? "1" : system.variableUnit(0).name)/\(system.timeUnit.name.isEmpty ? "t" : system.timeUnit.name)"
        return Figure.single(series, xAxis: axis(0, limits: box[0]), yAxis: Axis(label: "d\(system.variables[0])/dt", unit: rateUnit), title: title)
    }

    private func markers(_ points: [FixedPointSearch.Point], at place: ([Double]) -> PlotPoint) -> [Series] {
        let groups = Dictionary(grouping: points) { point -> MarkerKind in
            point.stability.isStable ? .stable : point.stability.isSaddle ? .saddle : .unstable
        }
        return [MarkerKind.stable, .saddle, .unstable].compactMap { kind in
            groups[kind].map { .markers(points: $0.map { place($0.state) }, kind: kind, label: kind.rawValue) }
        }
    }

    private func axis(_ i: Int, limits: ClosedRange<Double>) -> Axis {
        let unit = system.variableUnit(i)
        return Axis(label: system.variables[i], unit: unit.name.isEmpty ? nil : unit.name,
                    limits: .fixed(limits.lowerBound / unit.scale, limits.upperBound / unit.scale))
    }

    private func grid(_ interval: ClosedRange<Double>, _ count: Int) -> [Double] {
        (0..<count).map { interval.lowerBound + (interval.upperBound - interval.lowerBound) * Double($0) / Double(count - 1) }
    }
}
