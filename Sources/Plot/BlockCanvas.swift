/// Quadrant blocks: 2 × 2 dots per cell.
struct BlockCanvas: Canvas {
    static let dotsAcross = 2
    static let dotsDown = 2
    /// Indexed by mask: bit 0 top left, 1 top right, 2 bottom left, 3 bottom right.
    private static let glyphs: [Character] = [
        " ", "▘", "▝", "▀", "▖", "▌", "▞", "▛", "▗", "▚", "▐", "▜", "▄", "▙", "▟", "█",
    ]

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

    static func glyph(_ mask: UInt8) -> Character {
        glyphs[Int(mask & 15)]
    }
}
