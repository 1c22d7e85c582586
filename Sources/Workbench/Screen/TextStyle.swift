import Plot

/// How a run of text looks on screen.
struct TextStyle: Equatable {
    var foreground: Colour?
    var background: Colour?
    var bold = false
    var reverse = false
    var dim = false

    static let plain = TextStyle()
    static let prompt = TextStyle(foreground: .ansi(6), bold: true)
    static let error = TextStyle(foreground: .ansi(1), bold: true)
    static let note = TextStyle(dim: true)
    static let status = TextStyle(reverse: true)
    static let selected = TextStyle(foreground: .ansi(3), bold: true)

    init(foreground: Colour? = nil, background: Colour? = nil, bold: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.dim = dim
    }

    init(_ cell: StyledCharacter) {
        self.init(foreground: cell.foreground, background: cell.background, bold: cell.bold)
    }
}
