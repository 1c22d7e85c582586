import Kernel
import Plot

/// The notebook as screen lines for a given width: inputs, text outputs,
/// errors with their caret, and figures drawn by Plot at the window's size.
struct NotebookLayout {
    enum Line {
        case text(String, TextStyle)
        /// One row of a rendered figure.
        case figure(CellGrid, row: Int)
    }

    var width: Int
    var figureHeight: Int
    var renderer: TerminalRenderer

    /// One cell: its input, its outputs (or what was recorded for it), and a blank line.
    func lines(for cell: Notebook.Cell, selected: Bool) -> [Line] {
        var lines = input(cell, selected: selected)
        for output in cell.outputs { lines += self.output(output, cell: cell) }
        if cell.outputs.isEmpty {
            lines += cell.recorded.outputs.flatMap(wrap).map { .text($0, .note) }
            lines += cell.recorded.errors.flatMap(wrap).map { .text($0, .error) }
        }
        lines.append(.text("", .plain))
        return lines
    }

    private func input(_ cell: Notebook.Cell, selected: Bool) -> [Line] {
        let marker = "[\(cell.number)]"
        let badge: String
        switch cell.state {
        case .queued: badge = " …"
        case .running: badge = " ⟳"
        case .done, .failed: badge = ""
        case .notRun where cell.recorded.failed: badge = "  (recorded as failed; :rerun runs it)"
        case .notRun: badge = cell.recorded.all.isEmpty ? "  (not run yet)" : "  (recorded outputs; :rerun runs it)"
        }
        let style: TextStyle = selected ? .selected : .prompt
        return cell.source.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { number, text in
            let prefix = number == 0 ? marker + " " : String(repeating: " ", count: marker.count + 1)
            return .text(prefix + text + (number == 0 ? badge : ""), number == 0 ? style : .plain)
        }
    }

    private func output(_ output: Output, cell: Notebook.Cell) -> [Line] {
        switch output {
        case .figure(let figure):
            // No wider than the window: the screen would cut the right edge, tick labels included.
            let grid = renderer.render(figure, width: max(1, width - 2), height: figureHeight * max(1, figure.panels.count))
            return (0..<grid.height).map { .figure(grid, row: $0) }
        case .error:
            let text = OutputFormat.text(output, renderer: DiagnosticRenderer(fileName: "[\(cell.number)]", source: cell.source))
            return wrap(text).map { .text($0, .error) }
        case .info, .defined, .run:
            return wrap(OutputFormat.text(output, renderer: DiagnosticRenderer(fileName: "", source: ""))).map { .text($0, .note) }
        case .value, .spikes, .table:
            return wrap(OutputFormat.text(output, renderer: DiagnosticRenderer(fileName: "", source: ""))).map { .text($0, .plain) }
        }
    }

    func wrap(_ text: String) -> [String] {
        TextWrap.lines(text, width: width)
    }
}
