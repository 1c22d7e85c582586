/// The legend box in the top right corner of a plot: a sample and a name per entry.
struct SVGLegend {
    let entries: [LegendEntry]
    let plot: PixelRect

    private static let rowHeight = 18.0
    /// A rough width per character of 12 px text, enough to size the box.
    private static let characterWidth = 7.0

    func elements() -> [String] {
        guard !entries.isEmpty else { return [] }
        let longest = Double(entries.map(\.name.count).max() ?? 0)
        let width = 36 + longest * Self.characterWidth, height = 8 + Double(entries.count) * Self.rowHeight
        let left = plot.maxX - width - 8, top = plot.y + 8
        guard left > plot.x else { return [] }
        var lines = ["<rect x=\"\(SVGText.number(left))\" y=\"\(SVGText.number(top))\" width=\"\(SVGText.number(width))\""
                     + " height=\"\(SVGText.number(height))\" fill=\"#ffffff\" fill-opacity=\"0.85\" stroke=\"#cccccc\"/>"]
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
