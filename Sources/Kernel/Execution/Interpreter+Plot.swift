import Foundation
import Language
import Output
import Plot
import Runtime

/// `plot raster ...`, `plot P.V[...]` and `export svg "..."`: figures from recordings.
extension Interpreter {
    func figure(for request: PlotRequest) throws -> Figure {
        switch request {
        case .raster(let names, let range): return try raster(names, at: range)
        case .traces(let fields): return try traces(fields)
        }
    }

    /// One raster for several populations: indices are stacked, one colour per population.
    private func raster(_ names: [String], at range: SourceRange) throws -> Figure {
        var times: [Double] = [], indices: [Int] = [], groups: [Int] = []
        var offset = 0
        var timeUnit = DisplayUnit.none
        for (group, name) in names.enumerated() {
            let population = network.populations[try populationIndex(name, at: range)]
            guard let record = state.spikeRecords[name] else {
                throw Diagnostic(.spikesNotRecorded(population: name), at: range, hint: "add `record \(name).spikes` before the run")
            }
            timeUnit = population.model.timeUnit
            times += record.times.map { $0 / timeUnit.scale }
            indices += record.indices.map { Int($0) + offset }
            groups += Array(repeating: group, count: record.times.count)
            offset += population.size
        }
        let series = Series.raster(name: nil, times: times, indices: indices, groups: groups, groupNames: names)
        return .single([series], xAxis: Axis(label: "t", unit: timeUnit.name.isEmpty ? nil : timeUnit.name),
                       yAxis: Axis(label: "neuron", limits: .fixed(-0.5, Double(offset) - 0.5)),
                       title: "spikes of " + names.joined(separator: ", "), legend: names.count > 1)
    }

    /// Recorded state against time: one panel per variable, sharing the time axis.
    private func traces(_ fields: [FieldReference]) throws -> Figure {
        var panels: [Panel] = []
        for field in fields {
            let p = try populationIndex(field.population, at: field.range)
            let population = network.populations[p]
            guard let variable = population.model.variable(field.field) else {
                throw Diagnostic(.noSuchMember(owner: population.model.name, kind: "state variable", name: field.field), at: field.range)
            }
            let wanted = try field.slice.map { try network.indexRange($0, in: p, at: field.range) }
            let covers = { (record: StateRecord) in
                record.population == population.name && record.variable == variable.name && (wanted.map(record.range.contains(range:)) ?? true)
            }
            guard let record = state.stateRecords.first(where: covers), !record.times.isEmpty else {
                throw Diagnostic(.notRecorded(population: field.population, field: field.field, someNeurons: wanted != nil), at: field.range,
                                 hint: "add `record \(field.population).\(field.field)` before the run")
            }
            let timeUnit = population.model.timeUnit
            let neurons = wanted ?? record.range
            let series = neurons.map { neuron in
                Series.line(name: "\(population.name).\(variable.name)[\(neuron)]", x: record.times.map { $0 / timeUnit.scale },
                            y: record.values.map { $0[neuron - record.range.lowerBound] / variable.unit.scale })
            }
            panels.append(Panel(xAxis: Axis(label: "t", unit: timeUnit.name.isEmpty ? nil : timeUnit.name),
                                yAxis: Axis(label: variable.name, unit: variable.unit.name.isEmpty ? nil : variable.unit.name),
                                series: series, legend: series.count > 1 && series.count <= 8))
        }
        return Figure(title: nil, panels: panels, sharedX: panels.count > 1)
    }

    func exportSVG(to path: String, at range: SourceRange) throws -> Output {
        guard let figure = lastFigure else {
            throw Diagnostic(.noFigure, at: range, hint: "plot something first: plot raster P or plot P.V")
        }
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(SVGRenderer().render(figure).utf8).write(to: url, options: .atomic)
        } catch {
            throw Diagnostic(.cannotWrite(path: path, reason: error.localizedDescription), at: range)
        }
        return .info("wrote \(path)")
    }
}

private extension Range where Bound == Int {
    func contains(range other: Range<Int>) -> Bool { other.lowerBound >= lowerBound && other.upperBound <= upperBound }
}
