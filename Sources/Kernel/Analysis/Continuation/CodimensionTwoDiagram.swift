import Output
import Plot

/// A two-parameter diagram: curves of folds and of Hopf points in the plane of the
/// varied parameters, the cusps and Bogdanov–Takens points on them, and their table.
package struct CodimensionTwoDiagram {
    var system: DynamicalSystem
    var varied: (Int, Int)
    var curves: [BifurcationCurve]
    var special: [BifurcationPoint]

    private func scale(_ axis: Int) -> Double { system.parameterUnit(axis == 0 ? varied.0 : varied.1).scale }

    package func figure(title: String) -> Figure {
        var named: Set<BifurcationPoint.Kind> = []
        var series: [Series] = curves.map { curve in
            let name = named.insert(curve.kind).inserted ? (curve.kind == .fold ? "folds (LP)" : "Hopf (H)") : nil
            return .line(name: name, x: curve.parameters.map { $0[0] / scale(0) }, y: curve.parameters.map { $0[1] / scale(1) },
                         style: Style(colour: Palette.colour(curve.kind == .fold ? 0 : 1)))
        }
        series.append(.specialPoints(special.map {
            SpecialPoint(x: $0.parameters[0] / scale(0), y: $0.parameters[1] / scale(1), label: $0.kind.rawValue)
        }))
        return Figure.single(series, xAxis: axis(varied.0), yAxis: axis(varied.1), title: title)
    }

    private func axis(_ k: Int) -> Axis {
        let unit = system.parameterUnit(k).name
        return Axis(label: system.parameters[k], unit: unit.isEmpty ? nil : unit)
    }

    /// One row per codimension-two point: type, both parameters, the state.
    package func table(title: String) -> Table {
        let columns = [Table.Column("type")]
            + [varied.0, varied.1].map { Table.Column(system.parameters[$0], unit: system.parameterUnit($0).name) }
            + system.variables.indices.map { Table.Column(system.variables[$0], unit: system.variableUnit($0).name) }
        let rows = special.map { point -> [Table.Entry] in
            [.text(point.kind.rawValue), .number(point.parameters[0] / scale(0)), .number(point.parameters[1] / scale(1))]
                + point.state.indices.map { .number(point.state[$0] / system.variableUnit($0).scale) }
        }
        return Table(title: title, columns: columns, rows: rows)
    }

    package init(system: DynamicalSystem, varied: (Int, Int), curves: [BifurcationCurve], special: [BifurcationPoint]) {
        self.system = system
        self.varied = varied
        self.curves = curves
        self.special = special
    }
}
