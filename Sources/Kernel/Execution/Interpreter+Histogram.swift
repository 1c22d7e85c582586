import Language
import Model
import Output
import Plot
import Symbolic

/// `plot hist AB.w` and `plot hist P.x density = EXPR`: values now, in about √n equal bins (5 to
/// 50); with a density, the bins are scaled to a density and the curve drawn over them.
extension Interpreter {
    private struct HistogramSample {
        var values: [Double]
        var dimension: Dimension
        var unit: DisplayUnit
        var counted: String
    }

    func histogram(_ field: FieldReference, density: Expression?) throws -> Figure {
        let sample = try histogramSample(field)
        let bins = min(50, max(5, Int(Double(sample.values.count).squareRoot())))
        let shown = sample.values.map { $0 / sample.unit.scale }
        let unit = sample.unit.name.isEmpty ? nil : sample.unit.name
        let title = "\(field.population).\(field.field), \(sample.values.count) \(sample.counted)"
        guard let density else {
            return .single([Series.histogram(name: nil, values: shown, bins: bins)], xAxis: Axis(label: field.field, unit: unit),
                           yAxis: Axis(label: sample.counted), title: title, legend: false)
        }
        let curve = try densityCurve(density, of: field, sample, over: shown)
        guard case .histogram(_, let edges, let counts, let style) = Series.histogram(name: "simulated", values: shown, bins: bins),
              edges.count > 1 else { preconditionFailure("a histogram of values has edges") }
        let scale = 1 / (Double(shown.count) * (edges[1] - edges[0]))
        return .single([.histogram(name: "simulated", edges: edges, counts: counts.map { $0 * scale }, style: style), curve],
                       xAxis: Axis(label: field.field, unit: unit), yAxis: Axis(label: "density", unit: unit.map { "1/\($0)" }),
                       title: title, legend: true)
    }

    private func histogramSample(_ field: FieldReference) throws -> HistogramSample {
        switch try fieldOwner(field.population, at: field.range) {
        case .projection(let k):
            let synapses = try synapseValues(k, field.field, slice: field.slice, at: field.range)
            return HistogramSample(values: synapses.values, dimension: synapses.dimension, unit: synapses.unit, counted: "synapses")
        case .population(let p):
            guard let variable = network.populations[p].model.variable(field.field) else {
                throw Diagnostic(.noSuchMember(owner: "population \(field.population)", kind: "state variable", name: field.field), at: field.range,
                                 hint: "plot hist counts state variables: " + network.populations[p].model.variables.map(\.name).joined(separator: ", "))
            }
            let indices = try network.indexRange(field.slice, in: p, at: field.range)
            let buffer = state.populations[p].state[field.field]!
            return HistogramSample(values: indices.map { buffer[$0] }, dimension: variable.dimension, unit: variable.unit, counted: "neurons")
        }
    }

    /// The density, an expression of the field's name whose dimension is the inverse of the field's,
    /// on 200 points across the values, in the units the axis shows.
    private func densityCurve(_ density: Expression, of field: FieldReference, _ sample: HistogramSample, over shown: [Double]) throws -> Series {
        var scope = Scope()
        scope[field.field] = .symbol(sample.dimension)
        let typed = try ExpressionResolver(scope: scope).lower(density)
        guard typed.dimension == Dimension.one / sample.dimension else {
            throw Diagnostic(.unitMismatch(subject: "the density of \(field.field)", expected: Dimension.one / sample.dimension, found: typed.dimension),
                             at: density.range, hint: "a density integrates to 1 over \(field.field)")
        }
        guard !typed.expr.isRandom else { throw Diagnostic(.notAllowedHere(what: "a random draw"), at: density.range) }
        let lo = shown.min() ?? 0, hi = shown.max() ?? 1
        let x = (0..<200).map { lo + (hi - lo) * Double($0) / 199 }
        let scale = sample.unit.scale
        let y = try x.map { v in try typed.expr.evaluate { $0 == field.field ? v * scale : nil } * scale }
        return .line(name: "density", x: x, y: y, style: .plain)
    }
}
