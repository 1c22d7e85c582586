/// A grid of character cells, each split into `dotsAcross × dotsDown` dots that a
/// glyph can show. Kinds differ only in cell size and glyph table; plotting dots
/// and lines is shared here. Each cell takes the colour of the last dot drawn in it.
protocol CanvasGlyphs {
    static var dotsAcross: Int { get }
    static var dotsDown: Int { get }
    /// The glyph showing the dots set in `mask`, bit `row × dotsAcross + column`.
    static func glyph(_ mask: UInt8) -> Character
}

/// Dots set per cell (a bit mask each) and the colour of the last dot set there.
struct Canvas<Glyphs: CanvasGlyphs> {
    let columns: Int
    let rows: Int
    var masks: [UInt8]
    var colours: [RGB?]

    init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        masks = Array(repeating: 0, count: self.columns * self.rows)
        colours = Array(repeating: nil, count: self.columns * self.rows)
    }

    static var dotsAcross: Int { Glyphs.dotsAcross }
    static var dotsDown: Int { Glyphs.dotsDown }
    static func glyph(_ mask: UInt8) -> Character { Glyphs.glyph(mask) }

    var dotWidth: Int { columns * Self.dotsAcross }
    var dotHeight: Int { rows * Self.dotsDown }

    mutating func setDot(x: Int, y: Int, colour: RGB) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let across = Self.dotsAcross, down = Self.dotsDown
        let cell = (y / down) * columns + x / across
        masks[cell] |= 1 << ((y % down) * across + x % across)
        colours[cell] = colour
    }

    /// A line from a to b (Bresenham). `phase` carries a dash pattern across the
    /// segments of a polyline so dashes do not restart at every vertex.
    mutating func line(from a: Pixel, to b: Pixel, colour: RGB, dash: Dash, phase: inout Int) {
        var x = Int(a.x.rounded()), y = Int(a.y.rounded())
        let x1 = Int(b.x.rounded()), y1 = Int(b.y.rounded())
        let dx = abs(x1 - x), dy = -abs(y1 - y)
        let sx = x < x1 ? 1 : -1, sy = y < y1 ? 1 : -1
        var error = dx + dy
        while true {
            if Self.isOn(dash, phase) { setDot(x: x, y: y, colour: colour) }
            phase += 1
            if x == x1 && y == y1 { return }
            let doubled = 2 * error
            if doubled >= dy { error += dy; x += sx }
            if doubled <= dx { error += dx; y += sy }
        }
    }

    private static func isOn(_ dash: Dash, _ phase: Int) -> Bool {
        switch dash {
        case .solid: true
        case .dashed: phase % 6 < 4
        case .dotted: phase % 3 == 0
        }
    }

    /// The glyph of a cell, or nil when no dot is set in it.
    func character(row: Int, column: Int) -> (Character, RGB?)? {
        let cell = row * columns + column
        guard masks[cell] != 0 else { return nil }
        return (Self.glyph(masks[cell]), colours[cell])
    }
}
