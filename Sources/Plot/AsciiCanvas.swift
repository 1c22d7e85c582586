/// Plain ASCII for terminals without Unicode: 1 × 2 dots per cell.
struct AsciiCanvas: Canvas {
    static let dotsAcross = 1
    static let dotsDown = 2
    /// Indexed by mask: bit 0 upper half, bit 1 lower half.
    private static let glyphs: [Character] = [" ", "'", ".", ":"]

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
        glyphs[Int(mask & 3)]
    }
}
