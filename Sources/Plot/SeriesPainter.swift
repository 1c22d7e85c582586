import Foundation

/// Draws any series onto a surface through a panel's projection, reducing large
/// data to the surface's pixel resolution first.
struct SeriesPainter {
    let projection: Projection
    let bounds: PixelRect

    private var clipper: LineClipper { LineClipper(bounds: bounds) }

    func paint<S: Surface>(_ series: Series, colourIndex: Int, on surface: inout S) {
        surface.beginSeries()
        defer { surface.endSeries() }
        let colour = SeriesColours.base(of: series, index: colourIndex)
        switch series {
        case .line(_, let x, let y, let style):
            drawLine(x: x, y: y, colour: colour, style: style, on: &surface)
        case .points(_, let x, let y, _):
            drawPoints(x: x, y: y, colour: colour, on: &surface)
        case .raster(_, let times, let indices, let groups, _):
            RasterBinner(projection: projection, bounds: bounds)
                .draw(times: times, indices: indices, groups: groups, firstColour: colourIndex, on: &surface)
        case .step(_, let x, let y, let style):
            let (sx, sy) = StepShape.corners(x: x, y: y)
            drawLine(x: sx, y: sy, colour: colour, style: style, on: &surface)
        case .histogram(_, let edges, let counts, _):
            drawBars(edges: edges, counts: counts, colour: colour, on: &surface)
        case .heatmap(_, let x, let y, let values, _):
            drawHeatmap(x: x, y: y, values: values, on: &surface)
        case .vectorField(_, let x, let y, let u, let v, _):
            VectorArrows(projection: projection, bounds: bounds)
                .draw(x: x, y: y, u: u, v: v, colour: colour, on: &surface)
        case .contour(_, let x, let y, let values, let level, let style):
            for segment in MarchingSquares.segments(x: x, y: y, values: values, level: level) {
                drawPieces([projection.pixel(segment.0.x, segment.0.y), projection.pixel(segment.1.x, segment.1.y)],
                           colour: colour, style: style, on: &surface)
            }
        case .markers(let points, let kind, _):
            for point in points.map({ projection.pixel($0.x, $0.y) }) where point.isFinite && bounds.contains(point) {
                surface.marker(point, kind: kind, colour: colour)
            }
        case .branch(_, let x, let y, let stable, let style):
            drawBranch(x: x, y: y, stable: stable, colour: colour, style: style, on: &surface)
        case .specialPoints(let points):
            for point in points {
                let pixel = projection.pixel(point.x, point.y)
                if pixel.isFinite && bounds.contains(pixel) {
                    surface.pointLabel(point.label, at: pixel, colour: colour)
                }
            }
        }
    }

    private func drawLine<S: Surface>(x: [Double], y: [Double], colour: RGB, style: Style, on surface: inout S) {
        let reducer = LineReducer(projection: projection, bounds: bounds)
        drawPieces(reducer.pixels(x: x, y: y), colour: colour, style: style, on: &surface)
    }

    private func drawPieces<S: Surface>(_ pixels: [Pixel], colour: RGB, style: Style, on surface: inout S) {
        for piece in clipper.pieces(pixels) {
            surface.polyline(piece, colour: colour, style: style)
        }
    }

    private func drawPoints<S: Surface>(x: [Double], y: [Double], colour: RGB, on surface: inout S) {
        var seen = Set<Int>()
        for index in 0..<min(x.count, y.count) {
            let pixel = projection.pixel(x[index], y[index])
            guard pixel.isFinite, bounds.contains(pixel) else { continue }
            let key = Int((pixel.y - bounds.y).rounded()) * 65_536 + Int((pixel.x - bounds.x).rounded())
            if seen.insert(key).inserted {
                surface.dot(pixel, colour: colour)
            }
        }
    }

    private func drawBars<S: Surface>(edges: [Double], counts: [Double], colour: RGB, on surface: inout S) {
        let baseline = projection.y.scale == .log ? pow10(projection.y.lo) : 0
        for index in 0..<max(0, min(counts.count, edges.count - 1)) {
            let a = projection.pixel(edges[index], baseline), b = projection.pixel(edges[index + 1], counts[index])
            guard a.isFinite, b.isFinite else { continue }
            let rect = PixelRect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
            if let visible = rect.intersection(bounds) {
                surface.bar(visible, colour: colour)
            }
        }
    }

    private func drawHeatmap<S: Surface>(x: [Double], y: [Double], values: [[Double]], on surface: inout S) {
        let range = HeatRange(values: values)
        let xEdges = GridCells.edges(x), yEdges = GridCells.edges(y)
        for row in 0..<min(values.count, y.count) {
            for column in 0..<min(values[row].count, x.count) where values[row][column].isFinite {
                let a = projection.pixel(xEdges[column], yEdges[row])
                let b = projection.pixel(xEdges[column + 1], yEdges[row + 1])
                guard a.isFinite, b.isFinite else { continue }
                let rect = PixelRect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
                guard let visible = rect.intersection(bounds) else { continue }
                let level = range.level(values[row][column])
                surface.shade(visible, colour: Palette.heat(level), level: level)
            }
        }
    }

    private func drawBranch<S: Surface>(x: [Double], y: [Double], stable: [Bool], colour: RGB,
                                        style: Style, on surface: inout S) {
        let count = min(x.count, y.count)
        var start = 0
        while start < count - 1 {
            let isStable = start < stable.count ? stable[start] : true
            var end = start + 1
            while end < count - 1, (end < stable.count ? stable[end] : true) == isStable { end += 1 }
            var pieceStyle = style
            pieceStyle.dash = isStable ? .solid : .dashed
            drawLine(x: Array(x[start...end]), y: Array(y[start...end]), colour: colour, style: pieceStyle, on: &surface)
            start = end
        }
    }

    private func pow10(_ exponent: Double) -> Double {
        pow(10, exponent)
    }
}

/// The finite value range of a heatmap, mapped onto 0...1.
struct HeatRange {
    let lo: Double
    let hi: Double

    init(values: [[Double]]) {
        var extent = Extent(scale: .linear)
        for row in values { extent.include(row) }
        (lo, hi) = extent.isEmpty ? (0, 1) : (extent.lo, extent.hi)
    }

    func level(_ value: Double) -> Double {
        hi > lo ? (value - lo) / (hi - lo) : 0.5
    }
}

/// The corner points that turn samples into a staircase holding each value until the next x.
enum StepShape {
    static func corners(x: [Double], y: [Double]) -> ([Double], [Double]) {
        let count = min(x.count, y.count)
        var xs: [Double] = [], ys: [Double] = []
        xs.reserveCapacity(2 * count)
        ys.reserveCapacity(2 * count)
        for index in 0..<count {
            if index > 0 {
                xs.append(x[index])
                ys.append(y[index - 1])
            }
            xs.append(x[index])
            ys.append(y[index])
        }
        return (xs, ys)
    }
}
