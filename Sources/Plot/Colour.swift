/// A terminal colour as the terminal is told it: one of the 16 ANSI colours,
/// an entry of the 256-colour table, or a 24-bit colour.
public enum Colour: Sendable, Codable, Equatable, Hashable {
    case ansi(UInt8)
    case indexed(UInt8)
    case rgb(RGB)

    /// The SGR parameters selecting this colour as foreground or background.
    func sgr(background: Bool) -> String {
        switch self {
        case .ansi(let code):
            let base = code < 8 ? (background ? 40 : 30) : (background ? 100 : 90)
            return String(base + Int(code % 8))
        case .indexed(let code):
            return "\(background ? 48 : 38);5;\(code)"
        case .rgb(let c):
            return "\(background ? 48 : 38);2;\(c.r);\(c.g);\(c.b)"
        }
    }
}

/// How many colours the terminal shows.
public enum ColourMode: String, Sendable, Codable, Equatable {
    case none
    case ansi16
    case ansi256
    case truecolor

    public var strategy: any ColourStrategy {
        switch self {
        case .none: NoColours()
        case .ansi16: ANSI16Colours()
        case .ansi256: ANSI256Colours()
        case .truecolor: TrueColours()
        }
    }
}
