import Foundation
import Kernel
import Plot

/// Drawing the screen: notebook above, input area, status line at the bottom.
extension Workbench {
    func draw() {
        screen.clear()
        if let figure = zoomedFigure {
            screen.draw(figureStyle.render(figure, width: screen.width, height: screen.height - 1), row: 0, column: 0)
            screen.draw("figure — any key returns", row: screen.height - 1, column: 0, style: .status)
            return screen.refresh()
        }
        if help != nil { return drawHelp() }
        let input = inputLines()
        let notebookHeight = max(0, screen.height - input.count - 1)
        drawNotebook(height: notebookHeight)
        for (offset, line) in input.enumerated() {
            screen.draw(line.0, row: notebookHeight + offset, column: 0, style: line.1)
        }
        drawStatus()
        screen.moveCursor(row: notebookHeight + notebook.openLines.count, column: prompt.count + editor.line.cursor)
        screen.refresh()
    }

    private func drawHelp() {
        guard var help else { return }
        let lines = help.screenLines(width: screen.width)
        let rows = max(1, screen.height - 1)
        help.top = min(max(0, help.top), max(0, lines.count - rows))
        self.help = help
        for (row, line) in lines.dropFirst(help.top).prefix(rows).enumerated() { screen.draw(line, row: row, column: 0) }
        let position = lines.count > rows ? "lines \(help.top + 1)–\(min(lines.count, help.top + rows)) of \(lines.count): PgUp/PgDn scroll, " : ""
        let status = "help — " + position + "any other key returns (:help WORD shows the entries that mention WORD)"
        screen.draw(status.padding(toLength: screen.width, withPad: " ", startingAt: 0), row: screen.height - 1, column: 0, style: .status)
        screen.refresh()
    }

    private var prompt: String {
        notebook.openLines.isEmpty ? "[\(editingCell.map { notebook.cells[$0].number } ?? notebook.nextNumber)]: " : "...: "
    }

    private func inputLines() -> [(String, TextStyle)] {
        var lines: [(String, TextStyle)] = notebook.openLines.enumerated().map { index, line in
            ((index == 0 ? "[\(notebook.nextNumber)]: " : "...: ") + line, .plain)
        }
        lines.append((prompt + editor.line.text, .plain))
        if !editor.shownCompletions.isEmpty {
            lines.append((CompletionLine.text(editor.shownCompletions, width: screen.width), .note))
        }
        if let (text, style) = message { lines.append((text, style)) }
        return lines
    }

    private func drawNotebook(height: Int) {
        if let selected = notebook.selected { clearedCellCount = min(clearedCellCount, selected) }
        let lines = notebookLines() + clearedPadding(height: height)
        scrollBack = min(scrollBack, max(0, lines.count - height))
        let end = lines.count - scrollBack
        let start = max(0, end - height)
        for (row, line) in lines[start..<end].enumerated() {
            switch line {
            case .text(let text, let style): screen.draw(text, row: row, column: 0, style: style)
            case .figure(let grid, let gridRow): screen.draw(grid, row: row, column: 2, firstRow: gridRow, rows: 1)
            }
        }
    }

    /// Every cell's screen lines, laid out again only for cells that changed (or a new window size):
    /// rendering figures on every key would make typing slower as the notebook grows.
    private func notebookLines() -> [NotebookLayout.Line] {
        let layout = NotebookLayout(width: screen.width, figureHeight: min(18, max(6, screen.height / 2)), renderer: figureStyle)
        var lines: [NotebookLayout.Line] = []
        for (index, cell) in notebook.cells.enumerated() {
            let key = CellLayoutKey(number: cell.number, revision: cell.revision, width: layout.width,
                                    figureHeight: layout.figureHeight, selected: notebook.selected == index)
            if let cached = layoutCache[cell.number], cached.key == key {
                lines += cached.lines
            } else {
                let fresh = layout.lines(for: cell, selected: key.selected)
                layoutCache[cell.number] = (key, fresh)
                lines += fresh
            }
        }
        return lines
    }

    /// After `:clear`, blank lines below the newer cells push the cleared ones just above the view, where PgUp finds them.
    private func clearedPadding(height: Int) -> [NotebookLayout.Line] {
        guard clearedCellCount > 0 else { return [] }
        let lineCounts = notebook.cells.map { layoutCache[$0.number]?.lines.count ?? 0 }
        let shown = lineCounts.dropFirst(clearedCellCount).reduce(0, +)
        return Array(repeating: .text("", .plain), count: max(0, height - shown))
    }

    private func drawStatus() {
        var parts = ["soma", kernelDescription, device, precision.rawValue]
        parts.append(sessionPath.map { ($0 as NSString).lastPathComponent + (notebook.unsaved ? " *" : "") } ?? (notebook.unsaved ? "unsaved *" : "new session"))
        if scrollBack > 0 { parts.append("↑\(scrollBack)") }
        let text = parts.joined(separator: " │ ")
        screen.draw(text.padding(toLength: screen.width, withPad: " ", startingAt: 0), row: screen.height - 1, column: 0, style: .status)
    }

    private var kernelDescription: String {
        switch kernelState {
        case .starting: return "kernel starting"
        case .idle: return "idle"
        case .dead(let why): return "kernel died: \(why)"
        case .running(let done, let total, let since, let preparingFigure, let note):
            let elapsed = Date().timeIntervalSince(since)
            if preparingFigure { return String(format: "preparing figure… %.1f s", elapsed) }
            guard total > 0 else { return String(format: "running %.1f s", elapsed) }
            let fraction = Double(done) / Double(total)
            let bar = String(repeating: "█", count: Int(fraction * 12)) + String(repeating: "░", count: 12 - Int(fraction * 12))
            let eta = fraction > 0 ? elapsed / fraction - elapsed : 0
            return String(format: "running %@ %3.0f%% %.1f s, ETA %.1f s", bar, fraction * 100, elapsed, eta) + (note.map { ", \($0)" } ?? "")
        }
    }
}
