import Foundation
import Kernel
import Plot

/// What each key does.
extension Workbench {
    func handle(_ key: Key) {
        if key == .resize { return screen.updateSize() }
        if pendingRecovery != nil { return answerRecovery(key) }
        if help != nil { return handleHelp(key) }
        if zoomedFigure != nil {
            zoomedFigure = nil
            return
        }
        message = nil
        if notebook.selected != nil { return handleSelection(key) }
        switch key {
        case .control("c"): interruptDiscardOrQuit()
        case .control("d") where editor.line.text.isEmpty && notebook.openLines.isEmpty: requestQuit()
        case .pageUp: scrollBack += pageSize
        case .pageDown: scrollBack = max(0, scrollBack - pageSize)
        case .wheelUp: scrollBack += 3
        case .wheelDown: scrollBack = max(0, scrollBack - 3)
        case .home where editor.line.text.isEmpty: scrollBack = Int.max / 2
        case .end where editor.line.text.isEmpty: scrollBack = 0
        case .function(11): zoomedFigure = lastFigure(in: notebook.cells)
        case .escape: handleEscape()
        case .altUp: notebook.selected = notebook.cells.indices.last
        case .up, .down: return recallHistory(key)
        case .backspace where editor.line.text.isEmpty && !notebook.openLines.isEmpty:
            editor.setText(notebook.openLines.removeLast())
        case .enter:
            if let line = editor.feed([13]) { accept(line, continuing: false) }
        default:
            if let characters = key.editorCharacters { _ = editor.feed(characters) }
        }
        recalledLineCount = 0
    }

    var pageSize: Int { max(1, screen.height - 6) }

    /// Alt-key combinations arrive as Escape followed by the key.
    private func handleEscape() {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        _ = poll(&descriptor, 1, 30)
        switch screen.readKey() {
        case .enter?: if let line = editor.feed([13]) { accept(line, continuing: true) }
        case .up?: notebook.selected = notebook.cells.indices.last
        case let other?: handle(other)
        case nil: if hasOpenCell { discardOpenCell() }
        }
    }

    /// Lines typed towards a cell that has not been run yet.
    private var hasOpenCell: Bool { !editor.line.text.isEmpty || !notebook.openLines.isEmpty }

    /// Drops the unfinished cell (or the edit of an earlier one, which stays as it was).
    private func discardOpenCell() {
        notebook.openLines = []
        editor.setText("")
        editingCell = nil
        show("discarded the unfinished cell")
    }

    func accept(_ line: String, continuing: Bool) {
        if notebook.openLines.isEmpty, line.hasPrefix(":") {
            editor.remember(line)
            return command(line)
        }
        notebook.openLines.append(line)
        let text = notebook.openLines.joined(separator: "\n")
        guard !continuing, Notebook.isComplete(text) else { return }
        notebook.openLines = []
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
        editor.remember(text.trimmingCharacters(in: .newlines))
        submit(text)
    }

    /// Up/Down recall whole cells. A history entry keeps its cell's newlines (libedit's history file
    /// escapes them), but libedit edits one line: the recalled cell's earlier lines become open lines.
    private func recallHistory(_ key: Key) {
        notebook.openLines.removeLast(recalledLineCount)
        if let characters = key.editorCharacters { _ = editor.feed(characters) }
        var lines = editor.line.text.components(separatedBy: "\n")
        recalledLineCount = lines.count - 1
        guard recalledLineCount > 0 else { return }
        editor.setText(lines.removeLast())
        notebook.openLines += lines
    }

    func submit(_ text: String) {
        pendingDiscard = nil
        let index: Int
        if let editing = editingCell {
            notebook.replace(editing, source: text)
            index = editing
            editingCell = nil
            journalize(.edit(cell: editing + 1, source: text))
        } else {
            index = notebook.append(text)
            journalize(.submit(title: nil, source: text))
        }
        execute(index)
        scrollBack = 0
    }

    /// Help scrolls with the notebook's keys; any other key returns to the notebook.
    private func handleHelp(_ key: Key) {
        switch key {
        case .pageUp: help?.top -= pageSize
        case .pageDown: help?.top += pageSize
        case .up: help?.top -= 1
        case .down: help?.top += 1
        case .wheelUp: help?.top -= 3
        case .wheelDown: help?.top += 3
        case .home: help?.top = 0
        case .end: help?.top = Int.max / 2
        default: help = nil
        }
    }

    private func handleSelection(_ key: Key) {
        guard let selected = notebook.selected else { return }
        switch key {
        case .up: notebook.selected = max(0, selected - 1)
        case .down: notebook.selected = selected + 1 < notebook.cells.count ? selected + 1 : selected
        case .enter:
            var lines = notebook.cells[selected].source.components(separatedBy: "\n")
            editor.setText(lines.removeLast())
            notebook.openLines = lines
            editingCell = selected
            notebook.selected = nil
            show("editing cell [\(notebook.cells[selected].number)]: Enter runs it again in place")
        case .character("r"):
            notebook.replace(selected, source: notebook.cells[selected].source)
            execute(selected)
        case .character("z"):
            zoomedFigure = lastFigure(in: [notebook.cells[selected]])
            if zoomedFigure == nil { show("cell [\(notebook.cells[selected].number)] has no figure") }
        case .escape, .control("c"):
            notebook.selected = nil
        default:
            break
        }
    }

    func lastFigure(in cells: [Notebook.Cell]) -> Figure? {
        for cell in cells.reversed() {
            for case .figure(let figure) in cell.outputs.reversed() { return figure }
        }
        return nil
    }

    /// A running cell is the most urgent thing to stop; then the cell being typed. Quitting takes
    /// two presses at an empty prompt, so a Ctrl-C meant for a cell never quits by accident.
    private func interruptDiscardOrQuit() {
        if case .running = kernelState {
            kernel.interrupt()
            return show(Self.interruptingNotice)
        }
        if hasOpenCell {
            lastInterrupt = nil
            return discardOpenCell()
        }
        if let last = lastInterrupt, Date().timeIntervalSince(last) < 1.5 { return requestQuit() }
        lastInterrupt = Date()
        show("press Ctrl-C again to quit")
    }

    /// Shown until the interrupted cell reports back.
    static let interruptingNotice = "interrupting: the cell stops at the end of the current chunk or training batch"

    func requestQuit() {
        if confirmDiscarding(.quit) { quitting = true }
    }

    /// True when `action` may go ahead: nothing is unsaved, or it was just warned about.
    func confirmDiscarding(_ action: DiscardingAction) -> Bool {
        if !notebook.unsaved || pendingDiscard == action { return true }
        pendingDiscard = action
        show("unsaved changes: :save FILE keeps them; \(action.repeatHint)", .error)
        return false
    }
}
