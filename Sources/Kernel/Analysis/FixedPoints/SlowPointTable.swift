import Output
import Plot

/// Fixed and slow points of a large system: each variable summarised over the
/// neurons (mean, largest, where the largest sits), q, the leading eigenvalues
/// and the type; and a figure of every point's spectrum in the complex plane.
package struct SlowPointTable {
    static let eigenvalueColumns = 3
    /// Spectra drawn in the figure (the first points of the table).
    static let plottedSpectra = 6

    var system: DynamicalSystem
    var title: String

    package func table(_ points: [SlowPointSearch.Point]) -> Table {
        let groups = system.variableGroups
        var columns = [Table.Column("kind")]
        for group in groups {
            let unit = system.variableUnit(group.indices[0]).name
            columns += [Table.Column("mean \(group.name)", unit: unit), Table.Column("max \(group.name)", unit: unit)]
        }
        columns += [Table.Column("peak at"), Table.Column("q", unit: system.rateUnitName.isEmpty ? "" : "(\(system.rateUnitName))^2")]
        columns += (0..<min(SlowPointTable.eigenvalueColumns, system.dimension)).map { Table.Column("λ\($0 + 1)", unit: system.rateUnitName) }
        columns.append(Table.Column("type"))
        let rows = points.map { point -> [Table.Entry] in
            var row: [Table.Entry] = [.text(point.isFixed ? "fixed" : "slow")]
            for group in groups {
                let scale = system.variableUnit(group.indices[0]).scale
                let values = group.indices.map { point.state[$0] / scale }
                row += [.number(values.reduce(0, +) / Double(values.count)), .number(values.max()!)]
            }
            let first = groups[0].indices.map { point.state[$0] }
            row.append(.number(Double(first.indices.max { first[$0] < first[$1] }!)))
            row.append(.number(point.q * system.timeUnit.scale * system.timeUnit.scale))
            row += point.eigenvalues.prefix(SlowPointTable.eigenvalueColumns).map {
                .complex(re: $0.re * system.timeUnit.scale, im: $0.im * system.timeUnit.scale)
            }
            row.append(.text(point.stability.name))
            return row
        }
        return Table(title: title, columns: columns, rows: rows)
    }

    package func spectra(_ points: [SlowPointSearch.Point]) -> Figure {
        let shown = points.prefix(SlowPointTable.plottedSpectra).enumerated().map { k, point in
            (name: "\(point.isFixed ? "fixed" : "slow") point \(k + 1)", eigenvalues: point.eigenvalues)
        }
        return SpectrumFigure(system: system).figure(shown, title: "spectra: " + title)
    }

    package init(system: DynamicalSystem, title: String) {
        self.system = system
        self.title = title
    }
}
