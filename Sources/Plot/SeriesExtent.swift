extension Series {
    /// The data ranges this series covers, in the given scales.
    func extents(x xScale: Scale, y yScale: Scale) -> (x: Extent, y: Extent) {
        var x = Extent(scale: xScale), y = Extent(scale: yScale)
        switch self {
        case .line(_, let xs, let ys, _), .points(_, let xs, let ys, _), .step(_, let xs, let ys, _),
             .branch(_, let xs, let ys, _, _):
            x.include(xs)
            y.include(ys)
        case .raster(_, let times, let indices, _, _):
            x.include(times)
            if let low = indices.min(), let high = indices.max() {
                y.include(Double(low) - 0.5)
                y.include(Double(high) + 0.5)
            }
        case .histogram(_, let edges, let counts, _):
            x.include(edges)
            y.include(counts)
            y.include(0)
            y.restsOnZero = yScale == .linear
        case .heatmap(_, let xs, let ys, _, _):
            x.include(GridCells.edges(xs))
            y.include(GridCells.edges(ys))
        case .vectorField(_, let xs, let ys, _, _, _), .contour(_, let xs, let ys, _, _, _):
            x.include(xs)
            y.include(ys)
        case .markers(let points, _, _):
            x.include(points.map(\.x))
            y.include(points.map(\.y))
        case .specialPoints(let points):
            x.include(points.map(\.x))
            y.include(points.map(\.y))
        }
        return (x, y)
    }
}

/// Cell boundaries around grid centres.
enum GridCells {
    /// Edges halfway between centres, extended by half a spacing at both ends.
    static func edges(_ centres: [Double]) -> [Double] {
        guard centres.count > 1 else {
            return centres.first.map { [$0 - 0.5, $0 + 0.5] } ?? []
        }
        var edges = [centres[0] - (centres[1] - centres[0]) / 2]
        for index in 1..<centres.count {
            edges.append((centres[index - 1] + centres[index]) / 2)
        }
        let last = centres.count - 1
        edges.append(centres[last] + (centres[last] - centres[last - 1]) / 2)
        return edges
    }
}
