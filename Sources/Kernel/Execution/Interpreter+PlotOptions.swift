import Language
import Model
import Plot

/// The options written after `plot` (size, title, xlim, ylim, log, legend, labels, colour) applied to
/// the figure it built. Limits are read in the axis's unit, so `ylim = [-70 mV, -45 mV]`
/// on an axis in mV is checked like any other quantity and `ylim = [0 ms, 1 ms]` is refused.
extension Interpreter {
    func applying(_ options: PlotOptions, to figure: Figure) throws -> Figure {
        var figure = figure
        if let size = options.size { figure.size = PrintSize(width: size.width, height: size.height) }
        if let title = options.title { figure.title = title }
        if let labels = options.labels { try label(&figure, labels) }
        if let colours = options.colours { try colour(&figure, colours) }
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
    private func label(_ figure: inout Figure, _ labels: PlotOptions.Names) throws {
        let named = try namedSeries(of: figure, count: labels, option: "labels")
        for ((p, s), label) in zip(named, labels.names) { figure.panels[p].series[s] = figure.panels[p].series[s].named(label) }
    }

    /// `colour = [...]`: the named series of every panel, in order, in these colours.
    private func colour(_ figure: inout Figure, _ colours: PlotOptions.Names) throws {
        let named = try namedSeries(of: figure, count: colours, option: "colour")
        for ((p, s), text) in zip(named, colours.names) {
            guard let colour = RGB(text: text) else {
                throw Diagnostic(.unknown(kind: "colour", name: text), at: colours.range,
                                 hint: "#rrggbb or one of " + RGB.named.map(\.name).joined(separator: ", "))
            }
            figure.panels[p].series[s] = figure.panels[p].series[s].coloured(colour)
        }
    }

    /// Where each series a list option applies to sits (panel, series), refusing a list of another length.
    private func namedSeries(of figure: Figure, count list: PlotOptions.Names, option: String) throws -> [(Int, Int)] {
        let named = figure.panels.indices.flatMap { p in figure.panels[p].series.indices.filter { figure.panels[p].series[$0].takesLabel }.map { (p, $0) } }
        guard named.count == list.names.count else {
            throw Diagnostic(.listCount(option: option, given: list.names.count, series: named.count), at: list.range,
                             hint: named.isEmpty ? "this figure has no named series to \(option == "labels" ? "label" : "colour")"
                                 : "give one per series: \(option) = [" + named.indices.map { "\"\($0 + 1)\"" }.joined(separator: ", ") + "]")
        }
        return named
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
