/// Cuts polylines to a rectangle and splits them at gaps (NaN, Inf, values a log axis cannot show).
struct LineClipper {
    let bounds: PixelRect

    /// The visible pieces of a polyline, each at least two points long.
    func pieces(_ points: [Pixel]) -> [[Pixel]] {
        var pieces: [[Pixel]] = []
        var current: [Pixel] = []
        var previous: Pixel?
        for point in points {
            defer { previous = point.isFinite ? point : nil }
            guard let start = previous, point.isFinite, let (a, b) = clip(start, point) else {
                flush(&current, into: &pieces)
                continue
            }
            if current.last != a {
                flush(&current, into: &pieces)
                current.append(a)
            }
            current.append(b)
            if b != point { flush(&current, into: &pieces) }
        }
        flush(&current, into: &pieces)
        return pieces
    }

    private func flush(_ current: inout [Pixel], into pieces: inout [[Pixel]]) {
        if current.count >= 2 { pieces.append(current) }
        current.removeAll(keepingCapacity: true)
    }

    /// Liang–Barsky: the part of segment a→b inside the bounds, if any.
    func clip(_ a: Pixel, _ b: Pixel) -> (Pixel, Pixel)? {
        let dx = b.x - a.x, dy = b.y - a.y
        var t0 = 0.0, t1 = 1.0
        let edges = [(-dx, a.x - bounds.x), (dx, bounds.maxX - a.x),
                     (-dy, a.y - bounds.y), (dy, bounds.maxY - a.y)]
        for (p, q) in edges {
            if p == 0 {
                if q < 0 { return nil }
                continue
            }
            let t = q / p
            if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
            if t0 > t1 { return nil }
        }
        let start = t0 == 0 ? a : Pixel(x: a.x + t0 * dx, y: a.y + t0 * dy)
        let end = t1 == 1 ? b : Pixel(x: a.x + t1 * dx, y: a.y + t1 * dy)
        return (start, end)
    }
}
