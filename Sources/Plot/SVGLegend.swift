/// The legend box beside a plot, right of it (and of its colour bar): a sample and
/// a name per entry. Outside the plot it covers no data, however the data lie.
struct SVGLegend {
    let entries: [LegendEntry]
    /// The box's top left corner.
    let left: Double
    let top: Double

    private static let rowHeight = 18.0
    /// A rough width per character of 12 px text, enough to size the box.
    private static let characterWidth = 7.0
    /// Between the plot (or colour bar) and the box.
    static let gap = 12.0

    /// The box's width; 0 without entries.
    static func width(of entries: [LegendEntry]) -> Double {
        guard let longest = entries.map(\.name.count).max() else { return 0 }
        return 36 + Double(longest) * characterWidth
    }

    func elements() -> [String] {
        guard !entries.isEmpty else { return [] }
        let width = Self.width(of: entries), height = 8 + Double(entries.count) * Self.rowHeight
        var lines = ["<rect x=\"\(SVGText.number(left))\" y=\"\(SVGText.number(top))\" width=\"\(SVGText.number(width))\""
                     + " height=\"\(SVGText.number(height))\" fill=\"#ffffff\" stroke=\"#cccccc\"/>"]
        for (index, entry) in entries.enumerated() {
            let y = top + 4 + (Double(index) + 0.5) * Self.rowHeight
            lines.append(sample(entry, x: left + 8, y: y))
            lines.append(SVGText.text(entry.name, x: left + 30, y: y + 4, size: 12))
        }
        return lines
    }

    private func sample(_ entry: LegendEntry, x: Double, y: Double) -> String {
        var surface = SVGSurface()
        surface.beginSeries()
        switch entry.sample {
        case .line:
            surface.polyline([Pixel(x: x, y: y), Pixel(x: x + 16, y: y)], colour: entry.colour, style: .plain)
        case .dot:
            surface.marker(Pixel(x: x + 8, y: y), kind: .stable, colour: entry.colour)
        case .marker(let kind):
            surface.marker(Pixel(x: x + 8, y: y), kind: kind, colour: entry.colour)
        }
        surface.endSeries()
        return surface.elements.joined(separator: "\n")
    }
}
