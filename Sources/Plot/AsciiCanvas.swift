/// Plain ASCII for terminals without Unicode: 1 × 2 dots per cell.
enum AsciiCanvas: CanvasGlyphs {
    static let dotsAcross = 1
    static let dotsDown = 2
    /// Indexed by mask: bit 0 upper half, bit 1 lower half.
    private static let glyphs: [Character] = [" ", "'", ".", ":"]

    static func glyph(_ mask: UInt8) -> Character {
        glyphs[Int(mask & 3)]
    }
}
