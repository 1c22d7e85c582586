/// Draws a figure as a standalone SVG 1.1 document on a white background: in px
/// for a screen, or, when the figure has a `PrintSize`, at that size in inches with
/// a viewBox in points, so type and lines keep their point sizes in the paper.
public struct SVGRenderer: Sendable {
    public init() {}

    /// `width` and `height` (px) apply to a figure without a print size.
    public func render(_ figure: Figure, width: Int = 800, height: Int = 500) -> String {
        if let size = figure.size {
            let root = "width=\"\(SVGText.number(size.width))in\" height=\"\(SVGText.number(size.height))in\""
            return document(figure, width: size.widthInPoints, height: size.heightInPoints, root: root, metrics: .print)
        }
        let width = max(1, width), height = max(1, height)
        return document(figure, width: Double(width), height: Double(height), root: "width=\"\(width)px\" height=\"\(height)px\"",
                        metrics: .screen)
    }

    private func document(_ figure: Figure, width: Double, height: Double, root: String, metrics: SVGMetrics) -> String {
        let w = SVGText.number(width), h = SVGText.number(height)
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" \(root) viewBox=\"0 0 \(w) \(h)\">",
            "<rect x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"#ffffff\"/>",
        ]
        var top = 0.0
        if let title = figure.title, !title.isEmpty {
            lines.append(SVGText.text(title, x: width / 2, y: metrics.figureTitleBaseline, size: metrics.figureTitleFont,
                                      anchor: "middle", bold: true))
            top = metrics.figureTitleHeight
        }
        let ranges = PanelRange.all(for: figure)
        let labelsX = figure.panels.indices.map { !figure.sharedX || $0 == figure.panels.count - 1 }
        let heights = bandHeights(figure, labelsX: labelsX, height: height - top, metrics: metrics)
        let lettered = metrics.panelLetters && figure.panels.count > 1
        var y = top
        for (index, panel) in figure.panels.enumerated() {
            let band = PixelRect(x: 0, y: y, width: width, height: heights[index])
            y += heights[index]
            let view = SVGPanelView(panel: panel, range: ranges[index], band: band, id: index, labelsX: labelsX[index], metrics: metrics)
            lines += view.elements()
            if lettered { lines.append(panelLetter(index, band: band, metrics: metrics)) }
        }
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The panels' bands, top to bottom, sized so that their plot areas are equally tall: a band is its panel's margins
    /// (title, tick labels, axis title) and an equal share of what the margins leave. Equal bands would give the bottom
    /// panel of a shared x axis, which alone carries the x labels, a plot area that shrinks to nothing as panels are added.
    private func bandHeights(_ figure: Figure, labelsX: [Bool], height: Double, metrics: SVGMetrics) -> [Double] {
        let margins = figure.panels.indices.map { SVGPanelView.margins(of: figure.panels[$0], labelsX: labelsX[$0], metrics: metrics) }
        let count = Double(max(1, figure.panels.count)), room = height - margins.reduce(0) { $0 + $1.top + $1.bottom }
        // Too small for the margins: equal bands, each as much of the figure as it can show.
        guard room > 0 else { return margins.map { _ in height / count } }
        return margins.map { $0.top + $0.bottom + room / count }
    }

    /// A, B, C… in bold at the band's top left, where a caption refers to each panel.
    private func panelLetter(_ index: Int, band: PixelRect, metrics: SVGMetrics) -> String {
        let letter = index < 26 ? String(UnicodeScalar(UInt8(65 + index))) : "\(index + 1)"
        return SVGText.text(letter, x: band.x + 2, y: band.y + metrics.titleFont + 1, size: metrics.titleFont, bold: true)
    }
}
