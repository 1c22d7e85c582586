/// Chooses the raster events a figure description keeps: one per cell of the
/// `RasterGrid` (the one of the highest group, whose colour the cell shows), and the
/// events at the earliest and latest time and lowest and highest index, so the reduced
/// raster has the same extent, hence the same axes, the same grid and the same pixels.
struct RasterReducer {
    let columns: Int
    let rows: Int

    /// The positions of the kept events, in their original order; nil where no event
    /// has a finite time (nothing to bin).
    func keptEvents(times: [Double], indices: [Int], groups: [Int]) -> [Int]? {
        let count = min(times.count, indices.count)
        guard let grid = RasterGrid(times: times, indices: indices, count: count, columns: columns, rows: rows),
              count > 0 else { return nil }
        let group = { (event: Int) in event < groups.count ? max(0, groups[event]) : 0 }
        var shown = [Int32](repeating: -1, count: grid.columns * grid.rows)
        for event in 0..<count {
            guard let cell = grid.cell(time: times[event], index: indices[event]) else { continue }
            if shown[cell] < 0 || group(event) > group(Int(shown[cell])) { shown[cell] = Int32(event) }
        }
        var kept = [Bool](repeating: false, count: count)
        for event in shown where event >= 0 { kept[Int(event)] = true }
        for event in extremeEvents(times: times, indices: indices, count: count) { kept[event] = true }
        return kept.indices.filter { kept[$0] }
    }

    /// The events with the earliest and latest finite time and the lowest and highest
    /// index: together they fix the raster's extent.
    private func extremeEvents(times: [Double], indices: [Int], count: Int) -> [Int] {
        var (earliest, latest, lowest, highest) = (-1, -1, 0, 0)
        for event in 0..<count {
            if indices[event] < indices[lowest] { lowest = event }
            if indices[event] > indices[highest] { highest = event }
            guard times[event].isFinite else { continue }
            if earliest < 0 || times[event] < times[earliest] { earliest = event }
            if latest < 0 || times[event] > times[latest] { latest = event }
        }
        return [earliest, latest, lowest, highest].filter { $0 >= 0 }
    }
}
