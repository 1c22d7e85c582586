import Foundation
import Language
import Output
import Plot
import Runtime

/// `plot P.V[...]`, `plot O.v vs O.w` and `plot hist AB.w`: figures from recordings, synapses and neurons.
extension Interpreter {
    func figure(for request: PlotRequest) throws -> Figure {
        switch request {
        case .raster(let groups, _): return try raster(groups)
        case .traces(let fields): return try traces(fields)
        case .xy(let y, let x): return try xy(y, against: x)
        case .histogram(let field, let density): return try histogram(field, density: density)
        case .spikeStatistic(let statistic, let spikes): return try histogram(of: statistic, spikes)
        case .rate(let population, let range):
            if network.population(named: population) == nil, let sweep = network.sweeps.first(where: { sweep in sweep.memberName(population, 0) != nil }) {
                return try rate(of: sweep, population, at: range)
            }
            return try rate(population, at: range)
        }
    }

    /// Recorded state against time: one panel per variable, sharing the time axis.
    private func traces(_ fields: [FieldReference]) throws -> Figure {
        var panels: [Panel] = []
        for field in fields {
            let table = try stateTable(field)
            let series = table.names.indices.map { column in
                Series.line(name: table.names[column], x: table.times, y: table.values.map { $0[column] })
            }
            panels.append(Panel(xAxis: Axis(label: "t", unit: table.timeUnit.isEmpty ? nil : table.timeUnit),
                                yAxis: Axis(label: field.reduction.map { "\($0.rawValue)(\(table.variable))" } ?? table.variable,
                                            unit: table.unit.isEmpty ? nil : table.unit),
                                series: series, legend: series.count > 1 && series.count <= 8))
        }
        return Figure(title: nil, panels: panels, sharedX: panels.count > 1)
    }

    /// One recorded variable against another, one curve per neuron: both must come from the same
    /// recorder rows (same neurons, same sample times), or the pairing would be invented.
    private func xy(_ y: FieldReference, against x: FieldReference) throws -> Figure {
        let yTable = try stateTable(y), xTable = try stateTable(x)
        let names = ("\(y.population).\(y.field)", "\(x.population).\(x.field)")
        let why: String? = yTable.population != xTable.population ? "they are of different populations"
            : (y.reduction == nil) != (x.reduction == nil) ? "one is reduced over its neurons and the other is not"
            : yTable.neurons != xTable.neurons ? "they are of different neurons"
            : yTable.times != xTable.times ? "they are sampled at different times (record both in one statement)" : nil
        if let why { throw Diagnostic(.unpairedRecordings(y: names.0, x: names.1, why: why), at: y.range.union(x.range)) }
        let series = yTable.names.indices.map { column in
            Series.line(name: y.reduction == nil ? "\(yTable.population)[\(yTable.neurons[column])]" : yTable.names[column],
                        x: xTable.values.map { $0[column] }, y: yTable.values.map { $0[column] })
        }
        return .single(series, xAxis: Axis(label: xTable.variable, unit: xTable.unit.isEmpty ? nil : xTable.unit),
                       yAxis: Axis(label: yTable.variable, unit: yTable.unit.isEmpty ? nil : yTable.unit),
                       title: "\(names.0) vs \(names.1)", legend: series.count > 1 && series.count <= 8)
    }

    private func stateTable(_ field: FieldReference) throws -> (population: String, variable: String, neurons: [Int], names: [String], unit: String, times: [Double], timeUnit: String, values: [[Double]]) {
        let table = try recordingTable(for: field)
        guard case .state(let variable, let neurons, let unit, let values) = table.content else {
            throw Diagnostic(.spikesAsRaster, at: field.range, hint: "plot raster \(field.population)")
        }
        return (table.population, variable, neurons, table.valueNames, unit, table.times, table.timeUnit, values)
    }
}
