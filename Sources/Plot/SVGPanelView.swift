/// One panel in a horizontal band of the SVG: frame, grid, ticks, labels, the
/// series clipped to the plot area, legend and colour bar.
struct SVGPanelView {
    let panel: Panel
    let range: PanelRange
    let band: PixelRect
    let id: Int
    let labelsX: Bool
    let metrics: SVGMetrics

    private static let frameColour = "#333333"
    private static let gridColour = "#e6e6e6"

    private var colourBarSpace: Double { panel.colourBar == nil ? 0 : 80 * metrics.scale }

    /// The room above and below the plot area: the panel's title, the x tick labels and the x axis title.
    static func margins(of panel: Panel, labelsX: Bool, metrics: SVGMetrics) -> (top: Double, bottom: Double) {
        let hasTitle = !(panel.title ?? "").isEmpty
        return (hasTitle ? metrics.topWithTitle : metrics.top,
                labelsX ? (panel.xAxis.title.isEmpty ? metrics.bottomWithTicks : metrics.bottomWithTitle) : metrics.bottomWithoutTicks)
    }

    private var plot: PixelRect {
        let margins = Self.margins(of: panel, labelsX: labelsX, metrics: metrics)
        let top = band.y + margins.top
        let bottom = band.maxY - margins.bottom
        let legend = SVGLegend.width(of: LegendEntry.entries(for: panel), metrics: metrics)
        let right = band.maxX - (panel.colourBar == nil ? metrics.right : colourBarSpace)
            - (legend > 0 ? legend + SVGLegend.gap * metrics.scale : 0)
        let left = band.x + metrics.left
        return PixelRect(x: left, y: top, width: max(0, right - left), height: max(0, bottom - top))
    }

    func elements() -> [String] {
        let plot = plot
        guard plot.width >= 4, plot.height >= 4 else { return [] }
        let projection = Projection(
            x: AxisMap(scale: panel.xAxis.scale, lo: range.x.lo, hi: range.x.hi, start: plot.x, end: plot.maxX),
            y: AxisMap(scale: panel.yAxis.scale, lo: range.y.lo, hi: range.y.hi, start: plot.maxY, end: plot.y))
        let xTicks = AxisTicks(scale: panel.xAxis.scale, lo: range.x.lo, hi: range.x.hi, count: max(2, Int(plot.width / metrics.xTickSpacing)))
        let yTicks = AxisTicks(scale: panel.yAxis.scale, lo: range.y.lo, hi: range.y.hi, count: max(3, Int(plot.height / metrics.yTickSpacing)))
        var lines = grid(xTicks, yTicks, projection: projection, plot: plot)
        lines += series(projection: projection, plot: plot)
        lines += frame(xTicks, yTicks, projection: projection, plot: plot)
        lines += SVGLegend(entries: LegendEntry.entries(for: panel), left: plot.maxX + colourBarSpace + SVGLegend.gap * metrics.scale,
                           top: plot.y, metrics: metrics).elements()
        lines += colourBar(plot: plot)
        return lines
    }

    private func grid(_ xTicks: AxisTicks, _ yTicks: AxisTicks, projection: Projection, plot: PixelRect) -> [String] {
        xTicks.values.map(projection.x.pixel).filter(\.isFinite).map {
            SVGText.line($0, plot.y, $0, plot.maxY, colour: Self.gridColour, width: metrics.gridWidth)
        } + yTicks.values.map(projection.y.pixel).filter(\.isFinite).map {
            SVGText.line(plot.x, $0, plot.maxX, $0, colour: Self.gridColour, width: metrics.gridWidth)
        }
    }

    private func series(projection: Projection, plot: PixelRect) -> [String] {
        var surface = SVGSurface(scale: metrics.scale)
        let painter = SeriesPainter(projection: projection, bounds: plot)
        for (item, colourIndex) in zip(panel.series, SeriesColours.indices(of: panel.series)) {
            painter.paint(item, colourIndex: colourIndex, on: &surface)
        }
        let clip = "clip\(id)"
        return ["<clipPath id=\"\(clip)\"><rect x=\"\(SVGText.number(plot.x))\" y=\"\(SVGText.number(plot.y))\""
                + " width=\"\(SVGText.number(plot.width))\" height=\"\(SVGText.number(plot.height))\"/></clipPath>",
                "<g clip-path=\"url(#\(clip))\">"] + surface.elements + ["</g>"] + surface.labels
    }

    private func frame(_ xTicks: AxisTicks, _ yTicks: AxisTicks, projection: Projection, plot: PixelRect) -> [String] {
        let m = metrics
        var lines = ["<rect x=\"\(SVGText.number(plot.x))\" y=\"\(SVGText.number(plot.y))\" width=\"\(SVGText.number(plot.width))\""
                     + " height=\"\(SVGText.number(plot.height))\" fill=\"none\" stroke=\"\(Self.frameColour)\""
                     + " stroke-width=\"\(SVGText.number(m.frameWidth))\"/>"]
        for (value, label) in zip(yTicks.values, yTicks.labels) {
            let y = projection.y.pixel(value)
            guard y.isFinite else { continue }
            lines.append(SVGText.line(plot.x - m.tickLength, y, plot.x, y, colour: Self.frameColour, width: m.frameWidth))
            lines.append(SVGText.text(SVGText.minusSigns(label), x: plot.x - m.yTickLabelLeft, y: y + m.yTickLabelDrop,
                                      size: m.tickFont, anchor: "end"))
        }
        for (value, label) in zip(xTicks.values, xTicks.labels) {
            let x = projection.x.pixel(value)
            guard x.isFinite else { continue }
            lines.append(SVGText.line(x, plot.maxY, x, plot.maxY + m.tickLength, colour: Self.frameColour, width: m.frameWidth))
            if labelsX {
                lines.append(SVGText.text(SVGText.minusSigns(label), x: x, y: plot.maxY + m.xTickLabelBelow, size: m.tickFont, anchor: "middle"))
            }
        }
        return lines + titles(plot: plot)
    }

    private func titles(plot: PixelRect) -> [String] {
        let m = metrics
        var lines: [String] = []
        if labelsX, !panel.xAxis.title.isEmpty {
            lines.append(SVGText.text(panel.xAxis.title, x: plot.x + plot.width / 2, y: plot.maxY + m.xTitleBelow, size: m.labelFont, anchor: "middle"))
        }
        if !panel.yAxis.title.isEmpty {
            lines.append(SVGText.text(panel.yAxis.title, x: band.x + m.yTitleInset, y: plot.y + plot.height / 2, size: m.labelFont,
                                      anchor: "middle", rotated: true))
        }
        if let title = panel.title, !title.isEmpty {
            lines.append(SVGText.text(title, x: plot.x + plot.width / 2, y: plot.y - m.panelTitleAbove, size: m.titleFont, anchor: "middle", bold: true))
        }
        return lines
    }

    /// A vertical gradient from the lowest value (bottom) to the highest, labelled at both ends.
    private func colourBar(plot: PixelRect) -> [String] {
        guard let bar = panel.colourBar else { return [] }
        let s = metrics.scale
        let gradient = "heat\(id)", x = plot.maxX + 12 * s
        let stops = (0...10).map { step -> String in
            let level = Double(step) / 10
            return "<stop offset=\"\(SVGText.number(level * 100))%\" stop-color=\"\(Palette.heat(1 - level).hex)\"/>"
        }
        let labels = Ticks.labels([bar.range.lo, bar.range.hi]).map(SVGText.minusSigns)
        var lines = ["<defs><linearGradient id=\"\(gradient)\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\">" + stops.joined() + "</linearGradient></defs>",
                     "<rect x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(plot.y))\" width=\"\(SVGText.number(12 * s))\""
                     + " height=\"\(SVGText.number(plot.height))\" fill=\"url(#\(gradient))\" stroke=\"\(Self.frameColour)\""
                     + " stroke-width=\"\(SVGText.number(metrics.frameWidth))\"/>",
                     SVGText.text(labels[1], x: x + 16 * s, y: plot.y + 9 * s, size: metrics.tickFont),
                     SVGText.text(labels[0], x: x + 16 * s, y: plot.maxY, size: metrics.tickFont)]
        if let label = bar.label {
            lines.append(SVGText.text(label, x: x + 50 * s, y: plot.y + plot.height / 2, size: metrics.labelFont - 1, anchor: "middle", rotated: true))
        }
        return lines
    }
}
