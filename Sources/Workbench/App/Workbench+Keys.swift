import Foundation
import Kernel
import Plot

/// What each key does.
extension Workbench {
    func handle(_ key: Key) {
        if key == .resize { return screen.updateSize() }
        if pendingRecovery != nil { return answerRecovery(key) }
        if zoomedFigure != nil || helpLines != nil {
            zoomedFigure = nil
            helpLines = nil
            return
        }
        message = nil
        if notebook.selected != nil { return handleSelection(key) }
        switch key {
        case .control("c"): interruptOrQuit()
        case .control("d") where editor.line.text.isEmpty && notebook.openLines.isEmpty: requestQuit()
        case .pageUp: scrollBack += pageSize
        case .pageDown: scrollBack = max(0, scrollBack - pageSize)
        case .wheelUp: scrollBack += 3
        case .wheelDown: scrollBack = max(0, scrollBack - 3)
        case .home where editor.line.text.isEmpty: scrollBack = Int.max / 2
        case .end where editor.line.text.isEmpty: scrollBack = 0
        case .function(11): zoomedFigure = lastFigure(in: notebook.cells.indices.last)
        case .escape: handleEscape()
        case .altUp: notebook.selected = notebook.cells.indices.last
        case .backspace where editor.line.text.isEmpty && !notebook.openLines.isEmpty:
            editor.setText(notebook.openLines.removeLast())
        case .enter:
            if let line = editor.feed([13]) { accept(line, continuing: false) }
        default:
            if let characters = key.editorCharacters { _ = editor.feed(characters) }
        }
        confirmQuit = confirmQuit && key == .control("d")
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
        case nil: break
        }
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
        editor.remember(text.replacingOccurrences(of: "\n", with: " "))
        submit(text)
    }

    func submit(_ text: String) {
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
            zoomedFigure = lastFigure(in: selected)
            if zoomedFigure == nil { show("cell [\(notebook.cells[selected].number)] has no figure") }
        case .escape, .control("c"):
            notebook.selected = nil
        default:
            break
        }
    }

    func lastFigure(in index: Int?) -> Figure? {
        let cells = index.map { [notebook.cells[$0]] } ?? []
        for cell in cells.reversed() + notebook.cells.reversed() {
            for case .figure(let figure) in cell.outputs.reversed() { return figure }
        }
        return nil
    }

    private func interruptOrQuit() {
        if case .running = kernelState {
            kernel.interrupt()
            return show("interrupting: the cell stops at the end of the current chunk")
        }
        if let last = lastInterrupt, Date().timeIntervalSince(last) < 1.5 { return requestQuit() }
        lastInterrupt = Date()
        show("press Ctrl-C again to quit")
    }

    func requestQuit() {
        if notebook.unsaved, !confirmQuit {
            confirmQuit = true
            return show("unsaved changes: :save FILE keeps them; Ctrl-D or :quit again quits anyway", .error)
        }
        quitting = true
    }
}
