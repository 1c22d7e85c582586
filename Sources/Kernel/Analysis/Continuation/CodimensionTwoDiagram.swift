import Output
import Plot

/// A two-parameter diagram: curves of folds and of Hopf points (or of folds of cycles and
/// period doublings) in the plane of the varied parameters within the requested box, the
/// cusps and Bogdanov–Takens points on them, and their table.
package struct CodimensionTwoDiagram {
    var system: DynamicalSystem
    var varied: (Int, Int)
    var box: (ClosedRange<Double>, ClosedRange<Double>)
    var curves: [BifurcationCurve]
    var special: [BifurcationPoint]

    private func scale(_ axis: Int) -> Double { system.parameterUnit(axis == 0 ? varied.0 : varied.1).scale }

    package func figure(title: String) -> Figure {
        var named: Set<BifurcationPoint.Kind> = []
        let legend: [BifurcationPoint.Kind: (name: String, colour: Int)] = [
            .fold: ("folds (LP)", 0), .hopf: ("Hopf (H)", 1), .cycleFold: ("folds of cycles (LPC)", 2),
            .periodDoubling: ("period doublings (PD)", 3),
            .torus: ("tori (TR)", 4),
        ]
        var series: [Series] = curves.map { curve in
            let entry = legend[curve.kind] ?? (curve.kind.rawValue, 5)
            return .line(name: named.insert(curve.kind).inserted ? entry.name : nil, x: curve.parameters.map { $0[0] / scale(0) },
                         y: curve.parameters.map { $0[1] / scale(1) }, style: Style(colour: Palette.colour(entry.colour)))
        }
        series.append(.specialPoints(special.map {
            SpecialPoint(x: $0.parameters[0] / scale(0), y: $0.parameters[1] / scale(1), label: $0.kind.rawValue)
        }))
        return Figure.single(series, xAxis: axis(varied.0, box.0, scale(0)), yAxis: axis(varied.1, box.1, scale(1)),
                             title: title)
    }

    /// The axis of parameter k showing exactly the requested range, in display units.
    private func axis(_ k: Int, _ range: ClosedRange<Double>, _ scale: Double) -> Axis {
        let unit = system.parameterUnit(k).name
        return Axis(label: system.parameters[k], unit: unit.isEmpty ? nil : unit,
                    limits: .fixed(range.lowerBound / scale, range.upperBound / scale))
    }

    /// One row per codimension-two point: type, both parameters, the state.
    package func table(title: String) -> Table {
        let columns = [Table.Column("type")]
            + [varied.0, varied.1].map { Table.Column(system.parameters[$0], unit: system.parameterUnit($0).name) }
            + system.variables.indices.map { Table.Column(system.variables[$0], unit: system.variableUnit($0).name) }
        let parameterSpans = DiagramScale.spans(of: curves.flatMap(\.parameters), count: 2)
        let stateSpans = DiagramScale.spans(of: curves.flatMap(\.states), count: system.dimension)
        let rows = special.map { point -> [Table.Entry] in
            [.text(point.kind.rawValue)]
                + (0..<2).map { .number(point.parameters[$0].zeroWithinSolverTolerance(scale: parameterSpans[$0]) / scale($0)) }
                + point.state.indices.map {
                    .number(point.state[$0].zeroWithinSolverTolerance(scale: stateSpans[$0]) / system.variableUnit($0).scale)
                }
        }
        return Table(title: title, columns: columns, rows: rows)
    }

    package init(system: DynamicalSystem, varied: (Int, Int), box: (ClosedRange<Double>, ClosedRange<Double>),
                 curves: [BifurcationCurve], special: [BifurcationPoint]) {
        self.system = system
        self.varied = varied
        self.box = box
        self.curves = curves
        self.special = special
    }
}
