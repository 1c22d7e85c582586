import Foundation
import Kernel
import Plot

extension FigureStyle {
    /// Figures for standard output: the terminal's width and capabilities, or plain 80-column text when piped.
    static func forStandardOutput() -> FigureStyle {
        guard isatty(STDOUT_FILENO) == 1 else { return .plain }
        let capabilities = TerminalCapabilities.detect(environment: ProcessInfo.processInfo.environment)
        var size = winsize()
        let width = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 20 ? Int(size.ws_col) : 80
        return FigureStyle(renderer: TerminalRenderer(capabilities: capabilities), colour: capabilities.colours != .none,
                           width: min(width, 160), panelHeight: 18)
    }
}
