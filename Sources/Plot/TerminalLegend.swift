/// A panel's legend in terminal cells: a sample and a name per row. It goes in a
/// corner of the plot where it covers no data and touches none (a marker beside
/// the legend's "● stable" would read as part of it), else beside the plot.
struct TerminalLegend {
    let entries: [LegendEntry]
    let glyphs: TerminalGlyphs
    let colours: any ColourStrategy

    var isEmpty: Bool { entries.isEmpty }
    /// Sample, space, name.
    var columns: Int { (entries.map(\.name.count).max() ?? 0) + 3 }

    /// The top left cell of a corner of a `rows` × `columns` plot whose box, with a
    /// one-cell gap on the sides facing the plot, holds nothing `isDrawn` reports.
    func freeCorner(plotRows: Int, plotColumns: Int, isDrawn: (Int, Int) -> Bool) -> (row: Int, column: Int)? {
        let rows = entries.count
        guard rows <= plotRows, columns <= plotColumns else { return nil }
        let corners = [(0, plotColumns - columns), (0, 0), (plotRows - rows, plotColumns - columns), (plotRows - rows, 0)]
        return corners.first { top, left in
            let rowRange = max(0, top - 1)..<min(plotRows, top + rows + 1)
            let columnRange = max(0, left - 1)..<min(plotColumns, left + columns + 1)
            return !rowRange.contains { row in columnRange.contains { isDrawn(row, $0) } }
        }
    }

    func draw(into grid: inout CellGrid, row: Int, column: Int) {
        let longest = columns - 3
        for (offset, entry) in entries.enumerated() {
            grid.write(sample(entry.sample), row: row + offset, column: column, foreground: colours.colour(entry.colour))
            grid.write(" " + entry.name.padding(toLength: longest, withPad: " ", startingAt: 0), row: row + offset, column: column + 2)
        }
    }

    private func sample(_ sample: LegendEntry.Sample) -> String {
        switch sample {
        case .line: glyphs.lineSample
        case .dashedLine: glyphs.dashedLineSample
        case .dot: String(glyphs.dotSample) + " "
        case .marker(let kind): String(glyphs.marker(kind)) + " "
        }
    }
}
