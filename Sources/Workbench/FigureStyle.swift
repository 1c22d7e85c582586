import Kernel
import Plot

/// How `soma run` prints figures: canvas and colours from the terminal, a size per panel.
public struct FigureStyle: Sendable {
    public var renderer: TerminalRenderer
    public var colour: Bool
    public var width: Int
    public var panelHeight: Int

    public init(renderer: TerminalRenderer, colour: Bool, width: Int, panelHeight: Int) {
        self.renderer = renderer
        self.colour = colour
        self.width = width
        self.panelHeight = panelHeight
    }

    public static let plain = FigureStyle(renderer: TerminalRenderer(canvas: .braille, colours: .none), colour: false, width: 80, panelHeight: 20)

    /// An output as `soma run` prints it: figures drawn, the rest as OutputFormat words it.
    func text(_ output: Output, renderer diagnostics: DiagnosticRenderer) -> String {
        guard case .figure(let figure) = output else { return OutputFormat.text(output, renderer: diagnostics) }
        return text(figure)
    }

    func text(_ figure: Figure) -> String {
        let grid = renderer.render(figure, width: width, height: panelHeight * max(1, figure.panels.count))
        let text = colour ? grid.ansiText() : grid.plainText()
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
