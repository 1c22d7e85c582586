import Foundation

/// Compact number and text formatting for SVG output.
enum SVGText {
    /// A coordinate with at most one decimal, without trailing zeros ("12", "12.5", "-0.3").
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        let whole = tenths / 10, fraction = abs(tenths % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    static func point(_ pixel: Pixel) -> String {
        number(pixel.x) + " " + number(pixel.y)
    }

    /// Text made safe for XML character data and attribute values.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A number's text with each hyphen-minus made the true minus sign (U+2212), which
    /// is as wide as a digit's plus and sits at its height, as typeset numbers want.
    static func minusSigns(_ number: String) -> String {
        number.replacingOccurrences(of: "-", with: "\u{2212}")
    }

    static let fontFamily = "Helvetica, Arial, sans-serif"

    /// A `<text>` element; `anchor` is start, middle or end.
    static func text(_ content: String, x: Double, y: Double, size: Double, anchor: String = "start",
                     colour: String = "#222222", rotated: Bool = false, bold: Bool = false) -> String {
        let rotation = rotated ? " transform=\"rotate(-90 \(number(x)) \(number(y)))\"" : ""
        let weight = bold ? " font-weight=\"bold\"" : ""
        return "<text x=\"\(number(x))\" y=\"\(number(y))\" font-family=\"\(fontFamily)\" font-size=\"\(number(size))px\""
            + " text-anchor=\"\(anchor)\" fill=\"\(colour)\"\(weight)\(rotation)>\(escaped(content))</text>"
    }

    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, colour: String, width: Double) -> String {
        "<path d=\"M\(number(x1)) \(number(y1))L\(number(x2)) \(number(y2))\" stroke=\"\(colour)\""
            + " stroke-width=\"\(number(width))\" fill=\"none\"/>"
    }
}
