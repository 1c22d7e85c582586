/// Turns the colours a figure asks for into what a terminal can show.
public protocol ColourStrategy: Sendable {
    /// The terminal colour for `rgb`; nil leaves the terminal's default.
    func colour(_ rgb: RGB) -> Colour?
}

public struct NoColours: ColourStrategy {
    public init() {}
    public func colour(_ rgb: RGB) -> Colour? { nil }
}

public struct TrueColours: ColourStrategy {
    public init() {}
    public func colour(_ rgb: RGB) -> Colour? { .rgb(rgb) }
}

/// The nearest entry of xterm's 6×6×6 cube or grey ramp.
public struct ANSI256Colours: ColourStrategy {
    private static let levels = [0, 95, 135, 175, 215, 255]

    public init() {}

    public func colour(_ rgb: RGB) -> Colour? {
        let components = [Int(rgb.r), Int(rgb.g), Int(rgb.b)]
        let steps = components.map(Self.nearestLevel)
        let cube = steps.map { Self.levels[$0] }
        let average = components.reduce(0, +) / 3
        let greyStep = min(23, max(0, (average - 3) / 10))
        let grey = 8 + 10 * greyStep
        let cubeError = zip(components, cube).map { ($0 - $1) * ($0 - $1) }.reduce(0, +)
        let greyError = components.map { ($0 - grey) * ($0 - grey) }.reduce(0, +)
        if greyError < cubeError {
            return .indexed(UInt8(232 + greyStep))
        }
        return .indexed(UInt8(16 + 36 * steps[0] + 6 * steps[1] + steps[2]))
    }

    private static func nearestLevel(_ value: Int) -> Int {
        levels.indices.min { abs(levels[$0] - value) < abs(levels[$1] - value) } ?? 0
    }
}

/// The ANSI colour of the nearest hue. Black, white and greys are never chosen,
/// because one of them is always invisible on either a dark or a light background.
public struct ANSI16Colours: ColourStrategy {
    private static let hues: [(code: UInt8, r: Double, g: Double, b: Double)] = [
        (1, 1, 0, 0), (2, 0, 1, 0), (3, 1, 1, 0), (4, 0, 0, 1), (5, 1, 0, 1), (6, 0, 1, 1),
    ]

    public init() {}

    public func colour(_ rgb: RGB) -> Colour? {
        let components = [Double(rgb.r), Double(rgb.g), Double(rgb.b)]
        let low = components.min() ?? 0, high = components.max() ?? 0
        guard high - low > 24 else { return nil }
        let hue = components.map { ($0 - low) / (high - low) }
        let nearest = Self.hues.min { distance($0, hue) < distance($1, hue) } ?? Self.hues[0]
        let bright = high > 200
        return .ansi(nearest.code + (bright ? 8 : 0))
    }

    private func distance(_ entry: (code: UInt8, r: Double, g: Double, b: Double), _ hue: [Double]) -> Double {
        let dr = entry.r - hue[0], dg = entry.g - hue[1], db = entry.b - hue[2]
        return dr * dr + dg * dg + db * db
    }
}
