/// Arrows of a vector field, scaled so the longest is 90% of the grid spacing on screen.
struct VectorArrows {
    let projection: Projection
    let bounds: PixelRect

    func draw<S: Surface>(x: [Double], y: [Double], u: [[Double]], v: [[Double]], colour: RGB, on surface: inout S) {
        var arrows: [(Pixel, Double, Double)] = []
        for row in 0..<min(y.count, u.count, v.count) {
            for column in 0..<min(x.count, u[row].count, v[row].count) {
                let base = projection.pixel(x[column], y[row])
                let tip = projection.pixel(x[column] + u[row][column], y[row] + v[row][column])
                let dx = tip.x - base.x, dy = tip.y - base.y
                guard base.isFinite, dx.isFinite, dy.isFinite, bounds.contains(base) else { continue }
                arrows.append((base, dx, dy))
            }
        }
        let longest = arrows.map { ($0.1 * $0.1 + $0.2 * $0.2).squareRoot() }.max() ?? 0
        guard longest > 0 else { return }
        let factor = 0.9 * spacing(x: x, y: y) / longest
        for (base, dx, dy) in arrows where dx != 0 || dy != 0 {
            let tip = Pixel(x: base.x + dx * factor, y: base.y + dy * factor)
            if let (start, end) = LineClipper(bounds: bounds).clip(base, tip) {
                surface.arrow(from: start, to: end, colour: colour)
            }
        }
    }

    /// The smallest on-screen distance between neighbouring grid points.
    private func spacing(x: [Double], y: [Double]) -> Double {
        var gaps: [Double] = []
        if x.count > 1 { gaps.append(abs(projection.x.pixel(x[1]) - projection.x.pixel(x[0]))) }
        if y.count > 1 { gaps.append(abs(projection.y.pixel(y[1]) - projection.y.pixel(y[0]))) }
        return gaps.filter { $0.isFinite && $0 > 0 }.min() ?? 4
    }
}
