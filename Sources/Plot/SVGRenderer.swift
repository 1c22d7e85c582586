/// Draws a figure as a standalone SVG 1.1 document, sized in px on a white background.
public struct SVGRenderer: Sendable {
    public init() {}

    public func render(_ figure: Figure, width: Int = 800, height: Int = 500) -> String {
        let width = max(1, width), height = max(1, height)
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(width)px\" height=\"\(height)px\""
                + " viewBox=\"0 0 \(width) \(height)\">",
            "<rect x=\"0\" y=\"0\" width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>",
        ]
        var top = 0.0
        if let title = figure.title, !title.isEmpty {
            lines.append(SVGText.text(title, x: Double(width) / 2, y: 22, size: 16, anchor: "middle", bold: true))
            top = 30
        }
        let ranges = PanelRange.all(for: figure)
        let count = Double(max(1, figure.panels.count))
        let bandHeight = (Double(height) - top) / count
        for (index, panel) in figure.panels.enumerated() {
            let band = PixelRect(x: 0, y: top + Double(index) * bandHeight, width: Double(width), height: bandHeight)
            let view = SVGPanelView(panel: panel, range: ranges[index], band: band, id: index,
                                    labelsX: !figure.sharedX || index == figure.panels.count - 1)
            lines += view.elements()
        }
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }
}
