/// Bins spike events into output pixels: every spike lights the pixel of its
/// `RasterGrid` cell, so none is lost however many there are; where groups share a
/// pixel the later group shows. The grid is at least `DisplayResolution` (what a
/// reduced figure keeps), finer where this surface has more pixels.
struct RasterBinner {
    let projection: Projection
    let bounds: PixelRect

    func draw<S: Surface>(times: [Double], indices: [Int], groups: [Int], firstColour: Int, on surface: inout S) {
        let width = Int(bounds.width) + 1, height = Int(bounds.height) + 1
        let count = min(times.count, indices.count)
        guard width > 0, height > 0, width * height < 1 << 28,
              let grid = RasterGrid(times: times, indices: indices, count: count,
                                    columns: max(DisplayResolution.columns, width), rows: max(DisplayResolution.rows, height))
        else { return }
        var cells = [Int32](repeating: -1, count: width * height)
        for event in 0..<count {
            guard let cell = grid.cell(time: times[event], index: indices[event]) else { continue }
            let centre = grid.centre(of: cell)
            let pixel = projection.pixel(centre.time, centre.index)
            guard pixel.isFinite, bounds.contains(pixel) else { continue }
            let column = min(width - 1, Int(pixel.x - bounds.x))
            let row = min(height - 1, Int(pixel.y - bounds.y))
            let group = event < groups.count ? max(0, groups[event]) : 0
            let slot = row * width + column
            cells[slot] = max(cells[slot], Int32(truncatingIfNeeded: group))
        }
        let rowHeight = projection.y.density
        for row in 0..<height {
            emitRuns(in: cells[(row * width)..<((row + 1) * width)], row: row, rowHeight: rowHeight,
                     firstColour: firstColour, on: &surface)
        }
    }

    private func emitRuns<S: Surface>(in row: ArraySlice<Int32>, row index: Int, rowHeight: Double,
                                      firstColour: Int, on surface: inout S) {
        var column = row.startIndex
        while column < row.endIndex {
            let group = row[column]
            var end = column + 1
            while end < row.endIndex, row[end] == group { end += 1 }
            if group >= 0 {
                surface.span(x: bounds.x + Double(column - row.startIndex), y: bounds.y + Double(index),
                             length: end - column, rowHeight: rowHeight,
                             colour: Palette.colour(firstColour + Int(group)))
            }
            column = end
        }
    }
}
