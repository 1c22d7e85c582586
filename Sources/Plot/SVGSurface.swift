import Foundation

/// Collects each series as a few `<path>` elements (one per colour and stroke kind)
/// rather than one element per point. Labels are kept apart so the renderer can
/// draw them unclipped, above every series.
struct SVGSurface: Surface {
    enum PathKind: Hashable {
        case stroke(RGB, Dash, Double)
        case fill(RGB, Double)
        case hollow(RGB)
        case span(RGB, Double)
    }

    private(set) var elements: [String] = []
    private(set) var labels: [String] = []
    private var paths: [PathKind: String] = [:]
    private var order: [PathKind] = []
    private var spanPen = Pixel(x: .nan, y: .nan)
    /// Marks drawn at a fixed size (markers, dots, arrow heads, point labels) are
    /// multiplied by this: 1 in px, smaller in points so they suit a paper's type.
    private let scale: Double

    init(scale: Double = 1) {
        self.scale = scale
    }

    private var markerRadius: Double { 4 * scale }

    mutating func beginSeries() {
        paths = [:]
        order = []
        spanPen = Pixel(x: .nan, y: .nan)
    }

    mutating func endSeries() {
        elements += order.compactMap { kind in paths[kind].map { element(kind, data: $0) } }
    }

    mutating func polyline(_ points: [Pixel], colour: RGB, style: Style) {
        guard let first = points.first else { return }
        var data = "M" + SVGText.point(first)
        for point in points.dropFirst() {
            data += "L" + SVGText.point(point)
        }
        append(data, to: .stroke(colour, style.dash, style.lineWidth))
    }

    /// Runs in a row continue from the pen with a relative move, which keeps dense rasters small.
    mutating func span(x: Double, y: Double, length: Int, rowHeight: Double, colour: RGB) {
        let thickness = max(1, min(rowHeight * 0.8, 12)).rounded()
        let centre = y + 0.5
        let move = centre == spanPen.y
            ? "m" + SVGText.number(x - spanPen.x) + " 0"
            : "M" + SVGText.number(x) + " " + SVGText.number(centre)
        append(move + "h\(length)", to: .span(colour, thickness))
        spanPen = Pixel(x: x + Double(length), y: centre)
    }

    mutating func dot(_ point: Pixel, colour: RGB) {
        append(circle(point, radius: 2 * scale), to: .fill(colour, 1))
    }

    mutating func bar(_ rect: PixelRect, colour: RGB) {
        append(rectangle(rect), to: .fill(colour, 0.75))
    }

    /// Heat colours are quantised to 64 levels so a heatmap needs at most 64 paths.
    mutating func shade(_ rect: PixelRect, colour: RGB, level: Double) {
        append(rectangle(rect), to: .fill(Palette.heat((level * 63).rounded() / 63), 1))
    }

    mutating func marker(_ point: Pixel, kind: MarkerKind, colour: RGB) {
        let r = markerRadius
        switch kind {
        case .stable:
            append(circle(point, radius: r), to: .fill(colour, 1))
        case .unstable:
            append(circle(point, radius: r), to: .hollow(colour))
        case .saddle:
            append(circle(point, radius: r), to: .hollow(colour))
            let half = "M\(SVGText.point(Pixel(x: point.x, y: point.y - r)))a\(r) \(r) 0 0 0 0 \(2 * r)z"
            append(half, to: .fill(colour, 1))
        }
    }

    mutating func arrow(from: Pixel, to: Pixel, colour: RGB) {
        let dx = to.x - from.x, dy = to.y - from.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0 else { return }
        let head = min(5 * scale, length * 0.4), ux = dx / length, uy = dy / length
        let left = Pixel(x: to.x - head * (ux + 0.5 * uy), y: to.y - head * (uy - 0.5 * ux))
        let right = Pixel(x: to.x - head * (ux - 0.5 * uy), y: to.y - head * (uy + 0.5 * ux))
        let data = "M\(SVGText.point(from))L\(SVGText.point(to))M\(SVGText.point(left))L\(SVGText.point(to))L\(SVGText.point(right))"
        append(data, to: .stroke(colour, .solid, 1))
    }

    mutating func pointLabel(_ text: String, at point: Pixel, colour: RGB) {
        let r = 3.5 * scale
        let cross = "M\(SVGText.number(point.x - r)) \(SVGText.number(point.y - r))l\(2 * r) \(2 * r)"
            + "m0 \(-2 * r)l\(-2 * r) \(2 * r)"
        append(cross, to: .stroke(colour, .solid, 1.5))
        labels.append(SVGText.text(text, x: point.x + 6 * scale, y: point.y - 6 * scale, size: 12 * scale, colour: colour.hex))
    }

    private mutating func append(_ data: String, to kind: PathKind) {
        if paths[kind] == nil {
            order.append(kind)
            paths[kind] = data
        } else {
            paths[kind]! += data
        }
    }

    private func circle(_ centre: Pixel, radius r: Double) -> String {
        let d = SVGText.number(2 * r), rr = SVGText.number(r)
        return "M\(SVGText.number(centre.x - r)) \(SVGText.number(centre.y))a\(rr) \(rr) 0 1 0 \(d) 0a\(rr) \(rr) 0 1 0 -\(d) 0z"
    }

    private func rectangle(_ rect: PixelRect) -> String {
        "M\(SVGText.number(rect.x)) \(SVGText.number(rect.y))h\(SVGText.number(rect.width))"
            + "v\(SVGText.number(rect.height))h\(SVGText.number(-rect.width))z"
    }

    private func element(_ kind: PathKind, data: String) -> String {
        switch kind {
        case .stroke(let colour, let dash, let width):
            let pattern = dash == .solid ? "" : " stroke-dasharray=\"\(dash == .dashed ? "6 4" : "1.5 3")\""
            return "<path d=\"\(data)\" fill=\"none\" stroke=\"\(colour.hex)\" stroke-width=\"\(SVGText.number(width))\""
                + " stroke-linejoin=\"round\" stroke-linecap=\"round\"\(pattern)/>"
        case .fill(let colour, let opacity):
            let alpha = opacity < 1 ? " fill-opacity=\"\(opacity)\"" : ""
            return "<path d=\"\(data)\" fill=\"\(colour.hex)\"\(alpha) stroke=\"none\"/>"
        case .hollow(let colour):
            return "<path d=\"\(data)\" fill=\"#ffffff\" stroke=\"\(colour.hex)\" stroke-width=\"1.5\"/>"
        case .span(let colour, let thickness):
            return "<path d=\"\(data)\" fill=\"none\" stroke=\"\(colour.hex)\" stroke-width=\"\(SVGText.number(thickness))\"/>"
        }
    }
}
