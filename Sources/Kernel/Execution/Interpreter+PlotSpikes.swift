import Language
import Network
import Output
import Plot

/// `plot raster E, I[0:100]`, `plot isi E` and `plot cv E`: figures from recorded spikes.
extension Interpreter {
    /// One raster for several populations or subgroups: rows are stacked, one colour per group.
    /// A single group keeps its neurons' own indices, so `Exc[100:200]` reads 100 to 199.
    func raster(_ groups: [FieldReference]) throws -> Figure {
        var times: [Double] = [], indices: [Int] = [], colours: [Int] = []
        let ranges = try groups.map { try neuronRange(of: $0) }
        let first = groups.count == 1 ? ranges[0].lowerBound : 0
        var offset = first
        var timeUnit = ""
        for (group, spikes) in groups.enumerated() {
            let table = try recordingTable(for: spikes)
            guard case .spikes(let spiking) = table.content else { preconditionFailure("a spikes recording holds spikes") }
            timeUnit = table.timeUnit
            times += table.times
            indices += spiking.map { $0 - ranges[group].lowerBound + offset }
            colours += Array(repeating: group, count: spiking.count)
            offset += ranges[group].count
        }
        let names = try groups.map(groupName)
        let series = Series.raster(name: nil, times: times, indices: indices, groups: colours, groupNames: names)
        return .single([series], xAxis: Axis(label: "t", unit: timeUnit.isEmpty ? nil : timeUnit),
                       yAxis: Axis(label: "neuron", limits: .fixed(Double(first) - 0.5, Double(offset) - 0.5)),
                       title: "spikes of " + names.joined(separator: ", "), legend: names.count > 1)
    }

    /// Inter-spike intervals of all neurons pooled, or each neuron's coefficient of variation
    /// (population standard deviation of its intervals over their mean; neurons with fewer than
    /// two intervals have none), in about √n equal bins (5 to 50).
    func histogram(of statistic: SpikeStatistic, _ spikes: FieldReference) throws -> Figure {
        let table = try recordingTable(for: spikes)
        guard case .spikes(let spiking) = table.content else { preconditionFailure("a spikes recording holds spikes") }
        let intervals = SpikeIntervals(times: table.times, neurons: spiking)
        let values: [Double], xAxis: Axis, counted: String
        switch statistic {
        case .isi:
            values = intervals.pooled
            xAxis = Axis(label: "ISI", unit: table.timeUnit.isEmpty ? nil : table.timeUnit)
            counted = "intervals"
        case .cv:
            values = intervals.coefficientsOfVariation
            xAxis = Axis(label: "CV")
            counted = "neurons"
        }
        let bins = min(50, max(5, Int(Double(values.count).squareRoot())))
        return .single([Series.histogram(name: nil, values: values, bins: bins)], xAxis: xAxis, yAxis: Axis(label: counted),
                       title: "\(statistic.rawValue) of \(try groupName(spikes)), \(values.count) \(counted)", legend: false)
    }

    /// The population rate in the bins `record rate(P) window T` set, from the recorded spikes.
    func rate(_ name: String, at range: SourceRange) throws -> Figure {
        let p = try populationIndex(name, at: range)
        let population = network.populations[p]
        guard let window = network.spikeRecordings.first(where: { $0.population == p })?.rateWindow,
              let record = state.spikeRecords[population.name] else {
            throw Diagnostic(.rateNotRecorded(population: name), at: range, hint: "add `record rate(\(name)) window 5 ms` before the run")
        }
        let rate = PopulationRate(spikeTimes: record.times, neurons: population.size, from: record.start, to: state.time, window: window)
        let timeUnit = population.model.timeUnit
        let edges = rate.edges.map { $0 / timeUnit.scale }
        let series = Series.step(name: nil, x: edges, y: rate.rates + rate.rates.suffix(1))
        let isTime = population.model.timeDimension == .time
        return .single([series], xAxis: Axis(label: "t", unit: timeUnit.name.isEmpty ? nil : timeUnit.name),
                       yAxis: Axis(label: "rate", unit: isTime ? "Hz" : nil),
                       title: "rate of \(name), \(TimeText.format(window, population.model.timeDimension)) bins", legend: false)
    }

    /// `E` or `E[0:100]`, the group as its bounds resolved.
    private func groupName(_ spikes: FieldReference) throws -> String {
        guard spikes.slice != nil else { return spikes.population }
        let range = try neuronRange(of: spikes)
        return "\(spikes.population)[\(range.lowerBound):\(range.upperBound)]"
    }

    private func neuronRange(of spikes: FieldReference) throws -> Range<Int> {
        let p = try populationIndex(spikes.population, at: spikes.range)
        return try spikes.slice.map { try network.indexRange($0, in: p, at: spikes.range) } ?? 0..<network.populations[p].size
    }
}

/// Each neuron's intervals between consecutive recorded spikes.
package struct SpikeIntervals {
    package let byNeuron: [Int: [Double]]

    package init(times: [Double], neurons: [Int]) {
        var spikeTimes: [Int: [Double]] = [:]
        for (time, neuron) in zip(times, neurons) { spikeTimes[neuron, default: []].append(time) }
        byNeuron = spikeTimes.compactMapValues { times in
            let sorted = times.sorted()
            return sorted.count < 2 ? nil : zip(sorted.dropFirst(), sorted).map { $0 - $1 }
        }
    }

    package var pooled: [Double] { byNeuron.keys.sorted().flatMap { byNeuron[$0]! } }

    /// A single interval has no spread to speak of, so CV needs two.
    package var coefficientsOfVariation: [Double] {
        byNeuron.keys.sorted().compactMap { neuron in
            let intervals = byNeuron[neuron]!
            guard intervals.count >= 2 else { return nil }
            let mean = intervals.reduce(0, +) / Double(intervals.count)
            let variance = intervals.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(intervals.count)
            return mean > 0 ? variance.squareRoot() / mean : nil
        }
    }
}
