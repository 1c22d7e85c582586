import Foundation
import Language
import Output
import Plot
import Runtime

/// `plot raster ...` and `plot P.V[...]`: figures from recordings.
extension Interpreter {
    func figure(for request: PlotRequest) throws -> Figure {
        switch request {
        case .raster(let names, let range): return try raster(names, at: range)
        case .traces(let fields): return try traces(fields)
        case .histogram(let field): return try histogram(field)
        }
    }

    /// The values of `AB.w[a:b]` now, in about √n equal bins (5 to 50).
    private func histogram(_ field: FieldReference) throws -> Figure {
        let owner = try fieldOwner(field.population, at: field.range)
        guard case .projection(let k) = owner else {
            throw Diagnostic(.histogramOfPopulation(population: field.population), at: field.range,
                             hint: "plot hist " + (network.projections.first.map { "\($0.name).w" } ?? "AB.w") + ", or plot \(field.population).\(field.field) for recorded state")
        }
        let synapses = try synapseValues(k, field.field, slice: field.slice, at: field.range)
        let bins = min(50, max(5, Int(Double(synapses.values.count).squareRoot())))
        let series = Series.histogram(name: nil, values: synapses.values.map { $0 / synapses.unit.scale }, bins: bins)
        let unit = synapses.unit.name.isEmpty ? nil : synapses.unit.name
        return .single([series], xAxis: Axis(label: field.field, unit: unit), yAxis: Axis(label: "synapses"),
                       title: "\(field.population).\(field.field), \(synapses.values.count) synapses", legend: false)
    }

    /// One raster for several populations: indices are stacked, one colour per population.
    private func raster(_ names: [String], at range: SourceRange) throws -> Figure {
        var times: [Double] = [], indices: [Int] = [], groups: [Int] = []
        var offset = 0
        var timeUnit = ""
        for (group, name) in names.enumerated() {
            let table = try recordingTable(for: FieldReference(population: name, field: "spikes", slice: nil, range: range))
            guard case .spikes(let spiking) = table.content else { preconditionFailure("a spikes recording holds spikes") }
            timeUnit = table.timeUnit
            times += table.times
            indices += spiking.map { $0 + offset }
            groups += Array(repeating: group, count: spiking.count)
            offset += network.populations[try populationIndex(name, at: range)].size
        }
        let series = Series.raster(name: nil, times: times, indices: indices, groups: groups, groupNames: names)
        return .single([series], xAxis: Axis(label: "t", unit: timeUnit.isEmpty ? nil : timeUnit),
                       yAxis: Axis(label: "neuron", limits: .fixed(-0.5, Double(offset) - 0.5)),
                       title: "spikes of " + names.joined(separator: ", "), legend: names.count > 1)
    }

    /// Recorded state against time: one panel per variable, sharing the time axis.
    private func traces(_ fields: [FieldReference]) throws -> Figure {
        var panels: [Panel] = []
        for field in fields {
            if case .projection = try fieldOwner(field.population, at: field.range) {
                throw Diagnostic(.projectionTrace(projection: field.population), at: field.range,
                                 hint: "plot hist \(field.population).\(field.field) shows its synapses' values now")
            }
            let table = try recordingTable(for: field)
            guard case .state(let variable, let neurons, let unit, let values) = table.content else {
                throw Diagnostic(.spikesAsRaster, at: field.range, hint: "plot raster \(field.population)")
            }
            let series = neurons.indices.map { column in
                Series.line(name: "\(table.population).\(variable)[\(neurons[column])]", x: table.times, y: values.map { $0[column] })
            }
            panels.append(Panel(xAxis: Axis(label: "t", unit: table.timeUnit.isEmpty ? nil : table.timeUnit),
                                yAxis: Axis(label: variable, unit: unit.isEmpty ? nil : unit),
                                series: series, legend: series.count > 1 && series.count <= 8))
        }
        return Figure(title: nil, panels: panels, sharedX: panels.count > 1)
    }
}
