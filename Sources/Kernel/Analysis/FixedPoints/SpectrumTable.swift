import Output
import Support

/// The eigenvalues of the Jacobian at one state, leading first, in rates per
/// display time unit; the title names the state and its type.
package struct SpectrumTable {
    /// Larger spectra list their leading eigenvalues only (the figure shows all).
    static let listedEigenvalues = 12

    var system: DynamicalSystem
    package var title: String

    package func table(at state: [Double], _ eigenvalues: [LinearAlgebra.Complex]) -> Table {
        let scale = system.timeUnit.scale
        let listed = eigenvalues.prefix(SpectrumTable.listedEigenvalues)
        let omitted = eigenvalues.count > listed.count ? " (leading \(listed.count) of \(eigenvalues.count))" : ""
        let rows = listed.enumerated().map { k, value -> [Table.Entry] in
            [.number(Double(k + 1)), .complex(re: value.re * scale, im: value.im * scale)]
        }
        return Table(title: "\(title) at \(describe(state)): \(Stability(eigenvalues: eigenvalues).name)\(omitted)",
                     columns: [Table.Column("k"), Table.Column("λ", unit: system.rateUnitName)], rows: rows)
    }

    /// "v = -1.2, w = -0.6" in display units; a population's variables by their mean.
    package func describe(_ state: [Double]) -> String {
        return system.variableGroups.map { name, indices in
            let unit = system.variableUnit(indices[0])
            let mean = indices.map { state[$0] }.reduce(0, +) / Double(indices.count) / unit.scale
            return (indices.count > 1 ? "mean \(name)" : name) + " = " + NumberText.readable(mean) + (unit.name.isEmpty ? "" : " \(unit.name)")
        }.joined(separator: ", ")
    }

    package init(system: DynamicalSystem, title: String) {
        self.system = system
        self.title = title
    }
}
