/// A colour as red, green and blue components.
public struct RGB: Sendable, Codable, Equatable, Hashable {
    public var r: UInt8
    public var g: UInt8
    public var b: UInt8

    public init(_ r: UInt8, _ g: UInt8, _ b: UInt8) {
        self.r = r
        self.g = g
        self.b = b
    }

    /// `#rrggbb`, as SVG and CSS write it.
    public var hex: String {
        let digits = Array("0123456789abcdef")
        var text = "#"
        for component in [r, g, b] {
            text.append(digits[Int(component >> 4)])
            text.append(digits[Int(component & 15)])
        }
        return text
    }
}

/// The stroke pattern of a line.
public enum Dash: String, Sendable, Codable, Equatable {
    case solid
    case dashed
    case dotted
}

/// How a series is drawn; a nil colour takes the next palette colour.
public struct Style: Sendable, Codable, Equatable {
    public var colour: RGB?
    public var dash: Dash
    public var lineWidth: Double

    public init(colour: RGB? = nil, dash: Dash = .solid, lineWidth: Double = 1.5) {
        self.colour = colour
        self.dash = dash
        self.lineWidth = lineWidth
    }

    public static let plain = Style()
}
