import Foundation

/// Lays out and draws one panel in a band of terminal rows: a header with the y
/// label and title, y tick labels on the left, the plot, an optional colour bar
/// on the right, and the x axis with its ticks and label below.
struct TerminalPanelView {
    let panel: Panel
    let range: PanelRange
    let glyphs: TerminalGlyphs
    let colours: any ColourStrategy
    /// False for the upper panels of a shared x axis, which leave the labels to the bottom one.
    let labelsX: Bool

    func draw<C: CanvasGlyphs>(into grid: inout CellGrid, top: Int, rows: Int, canvas: C.Type) {
        let header = hasHeader ? 1 : 0
        let footer = 1 + (labelsX ? 1 : 0) + (labelsX && !panel.xAxis.title.isEmpty ? 1 : 0)
        let plotRows = rows - header - footer
        guard plotRows > 0 else { return }
        let yTicks = AxisTicks(scale: panel.yAxis.scale, lo: range.y.lo, hi: range.y.hi, count: max(3, plotRows / 3))
        let margin = (yTicks.labels.map(\.count).max() ?? 0) + 1
        let barWidth = colourBarWidth
        var plotColumns = grid.width - margin - barWidth
        guard plotColumns > 0 else { return }
        let legend = TerminalLegend(entries: LegendEntry.entries(for: panel), glyphs: glyphs, colours: colours)
        var (surface, projection) = painted(columns: plotColumns, rows: plotRows, canvas: C.self)
        var corner = panel.legendOutside ? nil
            : legend.freeCorner(plotRows: plotRows, plotColumns: plotColumns) { surface.isDrawn(row: $0, column: $1) }
        let beside = !legend.isEmpty && corner == nil && legend.entries.count <= plotRows
            && plotColumns - legend.columns - 1 >= Self.narrowestPlot
        if beside {
            plotColumns -= legend.columns + 1
            (surface, projection) = painted(columns: plotColumns, rows: plotRows, canvas: C.self)
            corner = nil
        }
        let area = PlotArea(top: top + header, left: margin, rows: plotRows, columns: plotColumns)
        composite(surface, area: area, into: &grid)
        drawHeader(into: &grid, row: top, area: area)
        drawYAxis(yTicks, projection: projection, area: area, canvas: C.self, into: &grid)
        drawXAxis(projection: projection, area: area, canvas: C.self, into: &grid)
        if let corner {
            legend.draw(into: &grid, row: area.top + corner.row, column: area.left + corner.column)
        } else if beside {
            legend.draw(into: &grid, row: area.top, column: area.right + barWidth + 1)
        }
        drawColourBar(area: area, into: &grid)
    }

    /// Columns a plot keeps when a legend moves beside it; below that the legend is left out.
    private static let narrowestPlot = 16

    private func painted<C: CanvasGlyphs>(columns: Int, rows: Int, canvas: C.Type) -> (TerminalSurface<C>, Projection) {
        var surface = TerminalSurface<C>(columns: columns, rows: rows, glyphs: glyphs)
        let projection = projection(for: surface.bounds)
        paintSeries(projection: projection, on: &surface)
        return (surface, projection)
    }

    struct PlotArea {
        let top: Int
        let left: Int
        let rows: Int
        let columns: Int

        var bottom: Int { top + rows }
        var right: Int { left + columns }
    }

    private var hasHeader: Bool {
        !panel.yAxis.title.isEmpty || !(panel.title ?? "").isEmpty || panel.colourBar?.label != nil
    }

    private var colourBarWidth: Int {
        guard let bar = panel.colourBar else { return 0 }
        return 3 + Ticks.labels([bar.range.lo, bar.range.hi]).map(\.count).max()!
    }

    private func projection(for bounds: PixelRect) -> Projection {
        Projection(
            x: AxisMap(scale: panel.xAxis.scale, lo: range.x.lo, hi: range.x.hi, start: bounds.x, end: bounds.maxX),
            y: AxisMap(scale: panel.yAxis.scale, lo: range.y.lo, hi: range.y.hi, start: bounds.maxY, end: bounds.y))
    }

    private func paintSeries<C: CanvasGlyphs>(projection: Projection, on surface: inout TerminalSurface<C>) {
        let painter = SeriesPainter(projection: projection, bounds: surface.bounds)
        for (series, colourIndex) in zip(panel.series, SeriesColours.indices(of: panel.series)) {
            painter.paint(series, colourIndex: colourIndex, on: &surface)
        }
    }

    /// Symbols above dots above heatmap shades, cell by cell.
    private func composite<C: CanvasGlyphs>(_ surface: TerminalSurface<C>, area: PlotArea, into grid: inout CellGrid) {
        for row in 0..<area.rows {
            for column in 0..<area.columns {
                var cell = StyledCharacter.blank
                if let shade = surface.shade(row: row, column: column) {
                    cell.background = colours.colour(shade.colour)
                    if cell.background == nil { cell.character = glyphs.rampCharacter(shade.level) }
                }
                if let (character, colour) = surface.canvas.character(row: row, column: column) {
                    cell.character = character
                    cell.foreground = colour.flatMap(colours.colour)
                }
                if let symbol = surface.symbol(row: row, column: column) {
                    cell.character = symbol.character
                    cell.foreground = colours.colour(symbol.colour)
                }
                grid[area.top + row, area.left + column] = cell
            }
        }
    }

    private func drawHeader(into grid: inout CellGrid, row: Int, area: PlotArea) {
        guard hasHeader else { return }
        grid.write(panel.yAxis.title, row: row, column: 0)
        if let title = panel.title, !title.isEmpty {
            let centre = area.left + (area.columns - title.count) / 2
            grid.write(title, row: row, column: max(panel.yAxis.title.count + 1, centre), bold: true)
        }
        if let label = panel.colourBar?.label {
            grid.write(label, row: row, column: max(0, grid.width - label.count))
        }
    }

    private func drawYAxis<C: CanvasGlyphs>(_ ticks: AxisTicks, projection: Projection, area: PlotArea,
                                      canvas: C.Type, into grid: inout CellGrid) {
        for row in area.top..<area.bottom {
            grid[row, area.left - 1] = StyledCharacter(character: glyphs.vertical)
        }
        for (value, label) in zip(ticks.values, ticks.labels) {
            let dot = projection.y.pixel(value)
            guard dot.isFinite else { continue }
            let row = area.top + Int(dot.rounded()) / C.dotsDown
            guard row >= area.top, row < area.bottom else { continue }
            grid[row, area.left - 1] = StyledCharacter(character: glyphs.yTick)
            grid.write(label, row: row, column: area.left - 1 - label.count)
        }
    }

    private func drawXAxis<C: CanvasGlyphs>(projection: Projection, area: PlotArea, canvas: C.Type, into grid: inout CellGrid) {
        let axisRow = area.bottom
        grid[axisRow, area.left - 1] = StyledCharacter(character: glyphs.corner)
        for column in area.left..<area.right {
            grid[axisRow, column] = StyledCharacter(character: glyphs.horizontal)
        }
        let ticks = AxisTicks(scale: panel.xAxis.scale, lo: range.x.lo, hi: range.x.hi,
                              count: max(2, area.columns / 12))
        var freeFrom = 0
        for (value, label) in zip(ticks.values, ticks.labels) {
            let dot = projection.x.pixel(value)
            guard dot.isFinite else { continue }
            let column = area.left + Int(dot.rounded()) / C.dotsAcross
            guard column >= area.left, column < area.right else { continue }
            grid[axisRow, column] = StyledCharacter(character: glyphs.xTick)
            // A label is shown whole or not at all: a cut "200" would read as "2".
            let start = min(grid.width - label.count, max(0, column - label.count / 2))
            if labelsX, start >= freeFrom, start >= 0 {
                grid.write(label, row: axisRow + 1, column: start)
                freeFrom = start + label.count + 1
            }
        }
        let title = panel.xAxis.title
        if labelsX, !title.isEmpty {
            grid.write(title, row: axisRow + 2, column: max(0, area.left + (area.columns - title.count) / 2))
        }
    }

    /// A vertical scale from the highest value (top) to the lowest, with both labelled.
    private func drawColourBar(area: PlotArea, into grid: inout CellGrid) {
        guard let bar = panel.colourBar else { return }
        let column = area.right + 1
        let labels = Ticks.labels([bar.range.lo, bar.range.hi])
        for row in 0..<area.rows {
            let level = area.rows > 1 ? 1 - Double(row) / Double(area.rows - 1) : 0.5
            let colour = colours.colour(Palette.heat(level))
            let character = colour == nil ? glyphs.rampCharacter(level) : glyphs.colourBarCell
            grid[area.top + row, column] = StyledCharacter(character: character, foreground: colour)
        }
        grid.write(labels[1], row: area.top, column: column + 2)
        if area.rows > 1 { grid.write(labels[0], row: area.bottom - 1, column: column + 2) }
    }
}
