/// One character of a terminal figure, with its colours.
public struct StyledCharacter: Sendable, Equatable {
    public var character: Character
    public var foreground: Colour?
    public var background: Colour?
    public var bold: Bool

    public init(character: Character = " ", foreground: Colour? = nil, background: Colour? = nil, bold: Bool = false) {
        self.character = character
        self.foreground = foreground
        self.background = background
        self.bold = bold
    }

    public static let blank = StyledCharacter()

    fileprivate var hasStyle: Bool { foreground != nil || background != nil || bold }
}

/// A rendered terminal figure: rows of styled cells, top to bottom.
public struct CellGrid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public var cells: [StyledCharacter]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> StyledCharacter {
        get { contains(row: row, column: column) ? cells[row * width + column] : .blank }
        set { if contains(row: row, column: column) { cells[row * width + column] = newValue } }
    }

    public func contains(row: Int, column: Int) -> Bool {
        row >= 0 && row < height && column >= 0 && column < width
    }

    /// Writes text from (row, column) onwards, cut at the right edge.
    mutating func write(_ text: String, row: Int, column: Int, foreground: Colour? = nil, bold: Bool = false) {
        for (offset, character) in text.enumerated() {
            self[row, column + offset] = StyledCharacter(character: character, foreground: foreground, bold: bold)
        }
    }

    /// The rows as text without styles, trailing spaces removed.
    public func plainText() -> String {
        rows().map { row in
            var line = String(row.map(\.character))
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// The rows with ANSI SGR escapes; every styled line ends with a reset.
    public func ansiText() -> String {
        rows().map(ansiLine).joined(separator: "\n")
    }

    private func rows() -> [ArraySlice<StyledCharacter>] {
        (0..<height).map { cells[($0 * width)..<(($0 + 1) * width)] }
    }

    private func ansiLine(_ row: ArraySlice<StyledCharacter>) -> String {
        var line = ""
        var current = StyledCharacter.blank
        for cell in row {
            if !sameStyle(cell, current) {
                line += escape(for: cell)
                current = cell
            }
            line.append(cell.character)
        }
        if current.hasStyle { line += "\u{1B}[0m" }
        return line
    }

    private func sameStyle(_ a: StyledCharacter, _ b: StyledCharacter) -> Bool {
        a.foreground == b.foreground && a.background == b.background && a.bold == b.bold
    }

    private func escape(for cell: StyledCharacter) -> String {
        var parameters = ["0"]
        if cell.bold { parameters.append("1") }
        if let foreground = cell.foreground { parameters.append(foreground.sgr(background: false)) }
        if let background = cell.background { parameters.append(background.sgr(background: true)) }
        return "\u{1B}[" + parameters.joined(separator: ";") + "m"
    }
}
