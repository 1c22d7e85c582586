/// One panel in a horizontal band of the SVG: frame, grid, ticks, labels, the
/// series clipped to the plot area, legend and colour bar.
struct SVGPanelView {
    let panel: Panel
    let range: PanelRange
    let band: PixelRect
    let id: Int
    let labelsX: Bool

    private static let frameColour = "#333333"
    private static let gridColour = "#e6e6e6"

    private var plot: PixelRect {
        let hasTitle = !(panel.title ?? "").isEmpty
        let top = band.y + (hasTitle ? 26 : 10)
        let bottom = band.maxY - (labelsX ? (panel.xAxis.title.isEmpty ? 26 : 44) : 8)
        let legend = SVGLegend.width(of: LegendEntry.entries(for: panel))
        let right = band.maxX - (panel.colourBar == nil ? 16 : 80) - (legend > 0 ? legend + SVGLegend.gap : 0)
        let left = band.x + 72
        return PixelRect(x: left, y: top, width: max(0, right - left), height: max(0, bottom - top))
    }

    func elements() -> [String] {
        let plot = plot
        guard plot.width >= 4, plot.height >= 4 else { return [] }
        let projection = Projection(
            x: AxisMap(scale: panel.xAxis.scale, lo: range.x.lo, hi: range.x.hi, start: plot.x, end: plot.maxX),
            y: AxisMap(scale: panel.yAxis.scale, lo: range.y.lo, hi: range.y.hi, start: plot.maxY, end: plot.y))
        let xTicks = AxisTicks(scale: panel.xAxis.scale, lo: range.x.lo, hi: range.x.hi, count: max(2, Int(plot.width / 90)))
        let yTicks = AxisTicks(scale: panel.yAxis.scale, lo: range.y.lo, hi: range.y.hi, count: max(3, Int(plot.height / 45)))
        var lines = grid(xTicks, yTicks, projection: projection, plot: plot)
        lines += series(projection: projection, plot: plot)
        lines += frame(xTicks, yTicks, projection: projection, plot: plot)
        lines += SVGLegend(entries: LegendEntry.entries(for: panel),
                           left: plot.maxX + (panel.colourBar == nil ? 0 : 80) + SVGLegend.gap, top: plot.y).elements()
        lines += colourBar(plot: plot)
        return lines
    }

    private func grid(_ xTicks: AxisTicks, _ yTicks: AxisTicks, projection: Projection, plot: PixelRect) -> [String] {
        xTicks.values.map(projection.x.pixel).filter(\.isFinite).map {
            SVGText.line($0, plot.y, $0, plot.maxY, colour: Self.gridColour)
        } + yTicks.values.map(projection.y.pixel).filter(\.isFinite).map {
            SVGText.line(plot.x, $0, plot.maxX, $0, colour: Self.gridColour)
        }
    }

    private func series(projection: Projection, plot: PixelRect) -> [String] {
        var surface = SVGSurface()
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
        var lines = ["<rect x=\"\(SVGText.number(plot.x))\" y=\"\(SVGText.number(plot.y))\" width=\"\(SVGText.number(plot.width))\""
                     + " height=\"\(SVGText.number(plot.height))\" fill=\"none\" stroke=\"\(Self.frameColour)\" stroke-width=\"1\"/>"]
        for (value, label) in zip(yTicks.values, yTicks.labels) {
            let y = projection.y.pixel(value)
            guard y.isFinite else { continue }
            lines.append(SVGText.line(plot.x - 5, y, plot.x, y, colour: Self.frameColour))
            lines.append(SVGText.text(label, x: plot.x - 8, y: y + 4, size: 11, anchor: "end"))
        }
        for (value, label) in zip(xTicks.values, xTicks.labels) {
            let x = projection.x.pixel(value)
            guard x.isFinite else { continue }
            lines.append(SVGText.line(x, plot.maxY, x, plot.maxY + 5, colour: Self.frameColour))
            if labelsX { lines.append(SVGText.text(label, x: x, y: plot.maxY + 18, size: 11, anchor: "middle")) }
        }
        if labelsX, !panel.xAxis.title.isEmpty {
            lines.append(SVGText.text(panel.xAxis.title, x: plot.x + plot.width / 2, y: plot.maxY + 36, size: 13, anchor: "middle"))
        }
        if !panel.yAxis.title.isEmpty {
            lines.append(SVGText.text(panel.yAxis.title, x: band.x + 18, y: plot.y + plot.height / 2, size: 13,
                                      anchor: "middle", rotated: true))
        }
        if let title = panel.title, !title.isEmpty {
            lines.append(SVGText.text(title, x: plot.x + plot.width / 2, y: plot.y - 8, size: 14, anchor: "middle", bold: true))
        }
        return lines
    }

    /// A vertical gradient from the lowest value (bottom) to the highest, labelled at both ends.
    private func colourBar(plot: PixelRect) -> [String] {
        guard let bar = panel.colourBar else { return [] }
        let gradient = "heat\(id)", x = plot.maxX + 12
        let stops = (0...10).map { step -> String in
            let level = Double(step) / 10
            return "<stop offset=\"\(SVGText.number(level * 100))%\" stop-color=\"\(Palette.heat(1 - level).hex)\"/>"
        }
        let labels = Ticks.labels([bar.range.lo, bar.range.hi])
        var lines = ["<defs><linearGradient id=\"\(gradient)\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\">" + stops.joined() + "</linearGradient></defs>",
                     "<rect x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(plot.y))\" width=\"12\" height=\"\(SVGText.number(plot.height))\""
                     + " fill=\"url(#\(gradient))\" stroke=\"\(Self.frameColour)\" stroke-width=\"1\"/>",
                     SVGText.text(labels[1], x: x + 16, y: plot.y + 9, size: 11),
                     SVGText.text(labels[0], x: x + 16, y: plot.maxY, size: 11)]
        if let label = bar.label {
            lines.append(SVGText.text(label, x: x + 50, y: plot.y + plot.height / 2, size: 12, anchor: "middle", rotated: true))
        }
        return lines
    }
}
