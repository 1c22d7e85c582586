/// The level set of a grid as line segments, found cell by cell (marching squares).
enum MarchingSquares {
    static func segments(x: [Double], y: [Double], values: [[Double]], level: Double) -> [(PlotPoint, PlotPoint)] {
        var segments: [(PlotPoint, PlotPoint)] = []
        let rows = min(y.count, values.count)
        guard rows > 1, level.isFinite else { return [] }
        for row in 0..<(rows - 1) {
            let columns = min(x.count, values[row].count, values[row + 1].count)
            guard columns > 1 else { continue }
            for column in 0..<(columns - 1) {
                segments += cellSegments(x: x, y: y, values: values, row: row, column: column, level: level)
            }
        }
        return segments
    }

    /// Corners go round the cell; each edge where the sign changes contributes a crossing.
    private static func cellSegments(x: [Double], y: [Double], values: [[Double]], row: Int, column: Int,
                                     level: Double) -> [(PlotPoint, PlotPoint)] {
        let corners = [(column, row), (column + 1, row), (column + 1, row + 1), (column, row + 1)]
        let levels = corners.map { values[$0.1][$0.0] - level }
        guard levels.allSatisfy(\.isFinite) else { return [] }
        var crossings: [PlotPoint] = []
        for edge in 0..<4 {
            let a = edge, b = (edge + 1) % 4
            guard (levels[a] < 0) != (levels[b] < 0) else { continue }
            let t = levels[a] / (levels[a] - levels[b])
            let (ca, cb) = (corners[a], corners[b])
            crossings.append(PlotPoint(x[ca.0] + t * (x[cb.0] - x[ca.0]), y[ca.1] + t * (y[cb.1] - y[ca.1])))
        }
        switch crossings.count {
        case 2:
            return [(crossings[0], crossings[1])]
        case 4:
            // A saddle cell: the centre's sign decides which crossings connect.
            let centreBelow = levels.reduce(0, +) / 4 < 0
            let firstBelow = levels[0] < 0
            return centreBelow == firstBelow
                ? [(crossings[0], crossings[1]), (crossings[2], crossings[3])]
                : [(crossings[0], crossings[3]), (crossings[1], crossings[2])]
        default:
            return []
        }
    }
}
