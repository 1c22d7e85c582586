/// Braille patterns: 2 × 4 dots per cell, the finest canvas.
enum BrailleCanvas: CanvasGlyphs {
    static let dotsAcross = 2
    static let dotsDown = 4
    /// Braille dot bits (U+2800 + bits) for dots in reading order, left then right, top to bottom.
    private static let bits: [UInt32] = [0x01, 0x08, 0x02, 0x10, 0x04, 0x20, 0x40, 0x80]

    static func glyph(_ mask: UInt8) -> Character {
        var code: UInt32 = 0x2800
        for dot in 0..<8 where mask & (1 << dot) != 0 {
            code |= bits[dot]
        }
        return Character(Unicode.Scalar(code) ?? " ")
    }
}
