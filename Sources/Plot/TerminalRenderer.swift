/// Draws a figure as a grid of styled character cells, at any size.
public struct TerminalRenderer: Sendable {
    public enum CanvasKind: String, Sendable, Codable, Equatable {
        case braille
        case block
        case halfBlock
        case ascii
    }

    public var canvas: CanvasKind
    public var colours: any ColourStrategy

    public init(canvas: CanvasKind = .braille, colours: ColourMode = .ansi256) {
        self.canvas = canvas
        self.colours = colours.strategy
    }

    public init(canvas: CanvasKind, colourStrategy: any ColourStrategy) {
        self.canvas = canvas
        self.colours = colourStrategy
    }

    /// The canvas and colours a terminal described by `capabilities` can show.
    public init(capabilities: TerminalCapabilities) {
        self.init(canvas: capabilities.canvas, colours: capabilities.colours)
    }

    public func render(_ figure: Figure, width: Int, height: Int) -> CellGrid {
        var grid = CellGrid(width: width, height: height)
        guard grid.width > 0, grid.height > 0 else { return grid }
        var top = 0
        if let title = figure.title, !title.isEmpty {
            grid.write(title, row: 0, column: max(0, (grid.width - title.count) / 2), bold: true)
            top = 1
        }
        let ranges = PanelRange.all(for: figure)
        let frames = Self.split(rows: grid.height - top, count: figure.panels.count)
        for (index, panel) in figure.panels.enumerated() where frames[index].rows > 0 {
            let view = TerminalPanelView(
                panel: panel, range: ranges[index], glyphs: TerminalGlyphs(unicode: canvas != .ascii),
                colours: colours, labelsX: !figure.sharedX || index == figure.panels.count - 1)
            draw(view, into: &grid, top: top + frames[index].top, rows: frames[index].rows)
        }
        return grid
    }

    private func draw(_ view: TerminalPanelView, into grid: inout CellGrid, top: Int, rows: Int) {
        switch canvas {
        case .braille: view.draw(into: &grid, top: top, rows: rows, canvas: BrailleCanvas.self)
        case .block: view.draw(into: &grid, top: top, rows: rows, canvas: BlockCanvas.self)
        case .halfBlock: view.draw(into: &grid, top: top, rows: rows, canvas: HalfBlockCanvas.self)
        case .ascii: view.draw(into: &grid, top: top, rows: rows, canvas: AsciiCanvas.self)
        }
    }

    /// Equal shares of the rows, the remainder going to the last panels.
    static func split(rows: Int, count: Int) -> [(top: Int, rows: Int)] {
        guard count > 0 else { return [] }
        let share = max(0, rows) / count, extra = max(0, rows) % count
        var top = 0
        return (0..<count).map { index in
            let size = share + (index >= count - extra ? 1 : 0)
            defer { top += size }
            return (top, size)
        }
    }
}
