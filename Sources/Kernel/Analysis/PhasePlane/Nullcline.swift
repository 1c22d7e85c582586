import Plot

/// The curve f_k(x, y) = 0 of a planar system: sign changes found on a grid
/// cell by cell (marching squares), each crossing then refined on its grid edge
/// by bisection, so every point lies on the nullcline to rounding, not to the grid.
struct Nullcline {
    var system: DynamicalSystem
    var parameters: [Double]
    /// Which component of f: 0 for the x-nullcline, 1 for the y-nullcline.
    var component: Int
    var x: [Double]
    var y: [Double]
    /// f_k on the grid, [row (y)][column (x)].
    var values: [[Double]]

    /// Segments of the curve, each a pair of points (x, y).
    func segments() -> [(PlotPoint, PlotPoint)] {
        var segments: [(PlotPoint, PlotPoint)] = []
        for row in 0..<(y.count - 1) {
            for column in 0..<(x.count - 1) {
                let crossings = cellCrossings(values, row, column)
                // Four crossings: a saddle-shaped cell; pair them in order round the cell.
                for pair in stride(from: 0, to: crossings.count - 1, by: 2) {
                    segments.append((crossings[pair], crossings[pair + 1]))
                }
            }
        }
        return segments
    }

    func value(_ xv: Double, _ yv: Double) -> Double {
        system.rhs([xv, yv], parameters)[component]
    }

    private func cellCrossings(_ values: [[Double]], _ row: Int, _ column: Int) -> [PlotPoint] {
        let corners = [(column, row), (column + 1, row), (column + 1, row + 1), (column, row + 1)]
        var crossings: [PlotPoint] = []
        for edge in 0..<4 {
            let (c0, r0) = corners[edge], (c1, r1) = corners[(edge + 1) % 4]
            let a = values[r0][c0], b = values[r1][c1]
            guard a.isFinite, b.isFinite, (a < 0) != (b < 0) else { continue }
            crossings.append(refine(PlotPoint(x[c0], y[r0]), PlotPoint(x[c1], y[r1]), a))
        }
        return crossings
    }

    /// Regula falsi (Illinois) between two points where f_k has opposite signs:
    /// superlinear on smooth curves, bracketed so it cannot leave the edge.
    private func refine(_ p: PlotPoint, _ q: PlotPoint, _ fp: Double) -> PlotPoint {
        var (a, b) = (0.0, 1.0)
        var (fa, fb) = (fp, value(q.x, q.y))
        func point(_ s: Double) -> PlotPoint { PlotPoint(p.x + s * (q.x - p.x), p.y + s * (q.y - p.y)) }
        var side = 0
        for _ in 0..<40 where b - a > 1e-14 {
            let s = (a * fb - b * fa) / (fb - fa)
            let at = point(s)
            let fs = value(at.x, at.y)
            if fs == 0 { return at }
            if (fs < 0) == (fa < 0) {
                (a, fa) = (s, fs)
                if side == -1 { fb /= 2 }
                side = -1
            } else {
                (b, fb) = (s, fs)
                if side == 1 { fa /= 2 }
                side = 1
            }
        }
        return point((a + b) / 2)
    }
}
