/// The terminal's drawing surface: dots on a canvas, with symbols (markers, arrows,
/// labels) and heatmap shades kept per cell. Symbols show above dots, dots above shades.
struct TerminalSurface<C: CanvasGlyphs>: Surface {
    struct Symbol {
        var character: Character
        var colour: RGB
    }

    struct Shade {
        var colour: RGB
        var level: Double
    }

    var canvas: Canvas<C>
    let glyphs: TerminalGlyphs
    private(set) var symbols: [Int: Symbol] = [:]
    private(set) var shades: [Int: Shade] = [:]

    init(columns: Int, rows: Int, glyphs: TerminalGlyphs) {
        canvas = Canvas<C>(columns: columns, rows: rows)
        self.glyphs = glyphs
    }

    /// The plot area in dots; dot centres sit on whole numbers.
    var bounds: PixelRect {
        PixelRect(x: 0, y: 0, width: Double(max(0, canvas.dotWidth - 1)), height: Double(max(0, canvas.dotHeight - 1)))
    }

    mutating func beginSeries() {}
    mutating func endSeries() {}

    mutating func polyline(_ points: [Pixel], colour: RGB, style: Style) {
        var phase = 0
        for index in 1..<max(1, points.count) {
            canvas.line(from: points[index - 1], to: points[index], colour: colour, dash: style.dash, phase: &phase)
            phase -= 1
        }
    }

    mutating func span(x: Double, y: Double, length: Int, rowHeight: Double, colour: RGB) {
        let row = Int(y.rounded()), start = Int(x.rounded())
        for column in start..<(start + length) {
            canvas.setDot(x: column, y: row, colour: colour)
        }
    }

    mutating func dot(_ point: Pixel, colour: RGB) {
        canvas.setDot(x: Int(point.x.rounded()), y: Int(point.y.rounded()), colour: colour)
    }

    mutating func bar(_ rect: PixelRect, colour: RGB) {
        let left = Int(rect.x.rounded()), right = max(left, Int(rect.maxX.rounded()) - 1)
        let top = Int(rect.y.rounded()), bottom = Int(rect.maxY.rounded())
        for y in top...max(top, bottom) {
            for x in left...right { canvas.setDot(x: x, y: y, colour: colour) }
        }
    }

    /// Shades every cell whose centre lies in the rectangle.
    mutating func shade(_ rect: PixelRect, colour: RGB, level: Double) {
        let across = Double(C.dotsAcross), down = Double(C.dotsDown)
        let firstColumn = max(0, Int(((rect.x + 0.5) / across - 0.5).rounded(.up)))
        let firstRow = max(0, Int(((rect.y + 0.5) / down - 0.5).rounded(.up)))
        var row = firstRow
        while row < canvas.rows, (Double(row) + 0.5) * down - 0.5 <= rect.maxY + 0.5 {
            var column = firstColumn
            while column < canvas.columns, (Double(column) + 0.5) * across - 0.5 <= rect.maxX + 0.5 {
                shades[row * canvas.columns + column] = Shade(colour: colour, level: level)
                column += 1
            }
            row += 1
        }
    }

    mutating func marker(_ point: Pixel, kind: MarkerKind, colour: RGB) {
        place(glyphs.marker(kind), at: point, colour: colour)
    }

    mutating func arrow(from: Pixel, to: Pixel, colour: RGB) {
        place(glyphs.arrow(dx: to.x - from.x, dy: to.y - from.y), at: from, colour: colour)
    }

    mutating func pointLabel(_ text: String, at point: Pixel, colour: RGB) {
        guard let (row, column) = cell(of: point) else { return }
        place(glyphs.cross, row: row, column: column, colour: colour)
        // Right of the cross, or left of it where the plot's edge would cut the label short.
        let start = column + text.count < canvas.columns ? column + 1 : max(0, column - text.count)
        for (offset, character) in text.enumerated() where start + offset < canvas.columns {
            place(character, row: row, column: start + offset, colour: colour)
        }
    }

    func symbol(row: Int, column: Int) -> Symbol? { symbols[row * canvas.columns + column] }
    func shade(row: Int, column: Int) -> Shade? { shades[row * canvas.columns + column] }

    private mutating func place(_ character: Character, at point: Pixel, colour: RGB) {
        guard let (row, column) = cell(of: point) else { return }
        place(character, row: row, column: column, colour: colour)
    }

    /// Whether anything shows in the cell: dots, a symbol or a shade.
    func isDrawn(row: Int, column: Int) -> Bool {
        canvas.character(row: row, column: column) != nil || symbol(row: row, column: column) != nil
            || shade(row: row, column: column) != nil
    }

    private mutating func place(_ character: Character, row: Int, column: Int, colour: RGB) {
        symbols[row * canvas.columns + column] = Symbol(character: character, colour: colour)
    }

    private func cell(of point: Pixel) -> (Int, Int)? {
        let row = Int(point.y.rounded()) / C.dotsDown, column = Int(point.x.rounded()) / C.dotsAcross
        guard point.isFinite, row >= 0, column >= 0, row < canvas.rows, column < canvas.columns else { return nil }
        return (row, column)
    }
}
