/// Series colours of medium lightness, so each stays readable on dark and on light backgrounds.
public enum Palette {
    public static let colours: [RGB] = [
        RGB(0x1f, 0x8f, 0xe0), RGB(0xe8, 0x77, 0x1a), RGB(0x2c, 0xa0, 0x5a), RGB(0xd9, 0x4a, 0x4a),
        RGB(0x9a, 0x6f, 0xd0), RGB(0xc9, 0xa1, 0x00), RGB(0x1a, 0xa6, 0xa6), RGB(0xd4, 0x5f, 0xa0),
    ]

    /// Mid grey, readable on dark and light backgrounds, for a legend sample that stands for
    /// a way of drawing (dashed: unstable) rather than for one series.
    public static let neutral = RGB(0x88, 0x88, 0x88)

    public static func colour(_ index: Int) -> RGB {
        colours[((index % colours.count) + colours.count) % colours.count]
    }

    /// Anchors of the viridis colour map, dark purple to yellow, evenly spaced.
    private static let viridis: [RGB] = [
        RGB(0x44, 0x01, 0x54), RGB(0x48, 0x28, 0x78), RGB(0x3e, 0x49, 0x89), RGB(0x31, 0x68, 0x8e),
        RGB(0x26, 0x82, 0x8e), RGB(0x1f, 0x9e, 0x89), RGB(0x35, 0xb7, 0x79), RGB(0x6d, 0xcd, 0x59),
        RGB(0xb4, 0xde, 0x2c), RGB(0xfd, 0xe7, 0x25),
    ]

    /// The heatmap colour for `level` in 0...1 (clamped; NaN reads as 0).
    public static func heat(_ level: Double) -> RGB {
        let clamped = level.isNaN ? 0 : min(1, max(0, level))
        let position = clamped * Double(viridis.count - 1)
        let index = min(viridis.count - 2, Int(position))
        let t = position - Double(index)
        let a = viridis[index], b = viridis[index + 1]
        func mix(_ p: UInt8, _ q: UInt8) -> UInt8 {
            UInt8((Double(p) + (Double(q) - Double(p)) * t).rounded())
        }
        return RGB(mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b))
    }
}
