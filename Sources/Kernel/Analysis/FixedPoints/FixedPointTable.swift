import Output

/// Equilibria as a table: the state in display units, the leading eigenvalues
/// (rates per display time unit) and the type.
package struct FixedPointTable {
    /// More eigenvalues than this are summarised by the leading ones.
    static let eigenvalueColumns = 4

    var system: DynamicalSystem
    var title: String

    package func table(_ points: [FixedPointSearch.Point]) -> Table {
        let shown = min(system.dimension, FixedPointTable.eigenvalueColumns)
        let rate = system.rateUnitName
        let columns = system.variables.indices.map { Table.Column(system.variables[$0], unit: system.variableUnit($0).name) }
            + (0..<shown).map { Table.Column("λ\($0 + 1)", unit: rate) } + [Table.Column("type")]
        let rows = points.map { point in
            point.state.indices.map { Table.Entry.number(point.state[$0] / system.variableUnit($0).scale) }
                + point.eigenvalues.prefix(shown).map { Table.Entry.complex(re: $0.re * system.timeUnit.scale, im: $0.im * system.timeUnit.scale) }
                + [.text(point.stability.name)]
        }
        return Table(title: title, columns: columns, rows: rows)
    }

    package init(system: DynamicalSystem, title: String) {
        self.system = system
        self.title = title
    }
}
