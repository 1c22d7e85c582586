/// The legend box beside a plot, right of it (and of its colour bar): a sample and
/// a name per entry. Outside the plot it covers no data, however the data lie.
struct SVGLegend {
    let entries: [LegendEntry]
    /// The box's top left corner.
    let left: Double
    let top: Double
    let metrics: SVGMetrics

    private static let rowHeight = 18.0
    /// A rough width per character of 12 px text, enough to size the box.
    private static let characterWidth = 7.0
    /// Between the plot (or colour bar) and the box, at the screen's size.
    static let gap = 12.0

    /// The box's width; 0 without entries. Spacing follows the legend's type size.
    static func width(of entries: [LegendEntry], metrics: SVGMetrics) -> Double {
        guard let longest = entries.map(\.name.count).max() else { return 0 }
        return (36 + Double(longest) * characterWidth) * metrics.legendFont / 12
    }

    func elements() -> [String] {
        guard !entries.isEmpty else { return [] }
        let s = metrics.legendFont / 12
        let width = Self.width(of: entries, metrics: metrics), height = (8 + Double(entries.count) * Self.rowHeight) * s
        var lines = ["<rect x=\"\(SVGText.number(left))\" y=\"\(SVGText.number(top))\" width=\"\(SVGText.number(width))\""
                     + " height=\"\(SVGText.number(height))\" fill=\"#ffffff\" stroke=\"#cccccc\""
                     + " stroke-width=\"\(SVGText.number(metrics.gridWidth))\"/>"]
        for (index, entry) in entries.enumerated() {
            let y = top + (4 + (Double(index) + 0.5) * Self.rowHeight) * s
            lines.append(sample(entry, x: left + 8 * s, y: y, length: 16 * s))
            lines.append(SVGText.text(entry.name, x: left + 30 * s, y: y + 4 * s, size: metrics.legendFont))
        }
        return lines
    }

    private func sample(_ entry: LegendEntry, x: Double, y: Double, length: Double) -> String {
        var surface = SVGSurface(scale: metrics.scale)
        surface.beginSeries()
        switch entry.sample {
        case .line:
            surface.polyline([Pixel(x: x, y: y), Pixel(x: x + length, y: y)], colour: entry.colour, style: .plain)
        case .dashedLine:
            surface.polyline([Pixel(x: x, y: y), Pixel(x: x + length, y: y)], colour: entry.colour,
                             style: Style(dash: .dashed))
        case .dot:
            surface.marker(Pixel(x: x + length / 2, y: y), kind: .stable, colour: entry.colour)
        case .marker(let kind):
            surface.marker(Pixel(x: x + length / 2, y: y), kind: kind, colour: entry.colour)
        }
        surface.endSeries()
        return surface.elements.joined(separator: "\n")
    }
}
