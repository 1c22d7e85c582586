/// Quadrant blocks: 2 × 2 dots per cell.
enum BlockCanvas: CanvasGlyphs {
    static let dotsAcross = 2
    static let dotsDown = 2
    /// Indexed by mask: bit 0 top left, 1 top right, 2 bottom left, 3 bottom right.
    private static let glyphs: [Character] = [
        " ", "▘", "▝", "▀", "▖", "▌", "▞", "▛", "▗", "▚", "▐", "▜", "▄", "▙", "▟", "█",
    ]

    static func glyph(_ mask: UInt8) -> Character {
        glyphs[Int(mask & 15)]
    }
}
