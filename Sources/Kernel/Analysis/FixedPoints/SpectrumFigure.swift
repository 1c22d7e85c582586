import Plot

/// Eigenvalues in the complex plane, one series per state, in rates per display time unit.
package struct SpectrumFigure {
    var system: DynamicalSystem

    package func figure(_ spectra: [(name: String, eigenvalues: [LinearAlgebra.Complex])], title: String) -> Figure {
        let scale = system.timeUnit.scale
        let series = spectra.map { spectrum in
            Series.points(name: spectrum.name, x: spectrum.eigenvalues.map { $0.re * scale }, y: spectrum.eigenvalues.map { $0.im * scale })
        }
        let unit = system.rateUnitName.isEmpty ? nil : system.rateUnitName
        return Figure.single(series, xAxis: Axis(label: "Re λ", unit: unit), yAxis: Axis(label: "Im λ", unit: unit), title: title)
    }

    package init(system: DynamicalSystem) {
        self.system = system
    }
}
