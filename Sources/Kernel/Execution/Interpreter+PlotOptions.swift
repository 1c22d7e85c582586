import Language
import Model
import Plot

/// The options written after `plot` (size, title, xlim, ylim, log, legend, labels) applied to
/// the figure it built. Limits are read in the axis's unit, so `ylim = [-70 mV, -45 mV]`
/// on an axis in mV is checked like any other quantity and `ylim = [0 ms, 1 ms]` is refused.
extension Interpreter {
    func applying(_ options: PlotOptions, to figure: Figure) throws -> Figure {
        var figure = figure
        if let size = options.size { figure.size = PrintSize(width: size.width, height: size.height) }
        if let title = options.title { figure.title = title }
        if let labels = options.labels { try label(&figure, labels) }
        for index in figure.panels.indices {
            try apply(options, to: &figure.panels[index])
        }
        return figure
    }

    private func apply(_ options: PlotOptions, to panel: inout Panel) throws {
        if options.logX { panel.xAxis.scale = .log }
        if options.logY { panel.yAxis.scale = .log }
        if let interval = options.xLimits { panel.xAxis.limits = try limits(interval, on: panel.xAxis) }
        if let interval = options.yLimits { panel.yAxis.limits = try limits(interval, on: panel.yAxis) }
        switch options.legend {
        case .outside?:
            panel.legend = true
            panel.legendOutside = true
        case .none?: panel.legend = false
        case nil: break
        }
    }

    /// `labels = [...]`: the named series of every panel, in order, renamed.
    private func label(_ figure: inout Figure, _ labels: PlotOptions.Labels) throws {
        let named = figure.panels.indices.flatMap { p in figure.panels[p].series.indices.filter { figure.panels[p].series[$0].takesLabel }.map { (p, $0) } }
        guard named.count == labels.names.count else {
            throw Diagnostic(.labelCount(given: labels.names.count, series: named.count), at: labels.range,
                             hint: named.isEmpty ? "this figure has no named series to label"
                                 : "give one name per series: labels = [" + named.indices.map { "\"\($0 + 1)\"" }.joined(separator: ", ") + "]")
        }
        for ((p, s), label) in zip(named, labels.names) { figure.panels[p].series[s] = figure.panels[p].series[s].named(label) }
    }

    /// `[low, high]` in the axis's unit (a bare number on an axis without one).
    private func limits(_ interval: VariableInterval, on axis: Axis) throws -> Limits {
        let unit = axis.unit.flatMap(Units.lookup)
        let dimension = unit?.dimension ?? .one, scale = unit?.scale ?? 1
        let low = try ExpressionResolver.constant(interval.low, dimension: dimension, what: "the low end of \(interval.variable)") / scale
        let high = try ExpressionResolver.constant(interval.high, dimension: dimension, what: "the high end of \(interval.variable)") / scale
        guard low < high else {
            throw Diagnostic(.emptyInterval(noun: "range", variable: interval.variable), at: interval.range,
                             hint: "write [low, high] with low < high" + (axis.unit.map { ", in \($0)" } ?? ""))
        }
        guard axis.scale == .linear || low > 0 else {
            throw Diagnostic(.logLimitNotPositive(option: interval.variable), at: interval.range, hint: "a log axis shows positive values only")
        }
        return .fixed(low, high)
    }
}
