import CEdit
import Foundation

/// libedit, driven inside curses: libedit gets a private pseudo-terminal (drawing on
/// the real one would fight curses for the screen), keys arrive through EL_GETCFN
/// one at a time, and the UI draws the buffer itself from el_wline.
final class LineEditor {
    private var editLine: OpaquePointer!
    private let history: OpaquePointer
    private let master: Int32
    private let slave: Int32
    private let historyPath: String?
    fileprivate var pendingKeys: [wchar_t] = []
    /// Completion candidates for the word before the cursor, given the line's text before that word (set by the workbench).
    var completer: (_ before: String, _ word: String) -> [String] = { _, _ in [] }
    /// Candidates shown under the line after an ambiguous Tab.
    private(set) var shownCompletions: [String] = []

    init(historyPath: String?) {
        var masterFD: Int32 = 0, slaveFD: Int32 = 0
        openpty(&masterFD, &slaveFD, nil, nil, nil)
        master = masterFD
        slave = slaveFD
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        var size = winsize(ws_row: 24, ws_col: 500, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
        self.historyPath = historyPath
        history = history_init()
        soma_history_setsize(history, 2000)
        if let historyPath { soma_history_load(history, historyPath) }
        let input = fdopen(slave, "r"), output = fdopen(dup(slave), "w")
        editLine = el_init("soma", input, output, output)
        soma_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        soma_el_set_editor(editLine, "emacs")
        soma_el_set_signal(editLine, 0)
        soma_el_set_history(editLine, history)
        soma_el_set_getcfn(editLine, readQueuedKey)
        soma_el_set_unbuffered(editLine, 1)
        soma_el_addfn(editLine, "soma-complete", "complete a name", completeWord)
        soma_el_bind(editLine, "^I", "soma-complete")
    }

    deinit {
        el_end(editLine)
        history_end(history)
        close(master)
    }

    /// Feeds one key; returns the line when the key accepted it.
    func feed(_ characters: [wchar_t]) -> String? {
        var accepted: String?
        for character in characters {
            pendingKeys.append(character)
            // Unbuffered, el_gets returns the line after every key; only a final newline means Enter.
            var count: Int32 = 0
            if let line = el_gets(editLine, &count), count > 0, line[Int(count) - 1] == 10 {
                accepted = String(cString: line).trimmingCharacters(in: .newlines)
                el_reset(editLine)
            }
            drainTerminal()
        }
        if accepted != nil { shownCompletions = [] }
        return accepted
    }

    /// The text being edited and the cursor's position in characters.
    var line: (text: String, cursor: Int) {
        guard let info = el_wline(editLine)?.pointee else { return ("", 0) }
        let count = info.lastchar - info.buffer
        let cursor = info.cursor - info.buffer
        let scalars = (0..<count).compactMap { Unicode.Scalar(UInt32(bitPattern: info.buffer[$0])) }
        return (String(String.UnicodeScalarView(scalars)), cursor)
    }

    /// Replaces the buffer (editing an earlier cell, recalling a line).
    func setText(_ text: String) {
        let (current, cursor) = line
        let after = current.count - cursor
        for _ in 0..<after { _ = feed([6]) }
        el_deletestr(editLine, Int32(current.count))
        el_insertstr(editLine, text)
        shownCompletions = []
    }

    func remember(_ text: String) {
        soma_history_enter(history, text)
        if let historyPath { soma_history_save(history, historyPath) }
    }

    /// libedit writes its own rendering to the pty; nobody reads it, but it must be drained or libedit blocks.
    private func drainTerminal() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while read(master, &buffer, buffer.count) > 0 {}
    }

    fileprivate func complete() -> UInt8 {
        let (text, cursor) = line
        let before = String(text.prefix(cursor))
        let word = String(before.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == ":" }.reversed())
        let candidates = completer(String(before.dropLast(word.count)), word)
        shownCompletions = candidates.count > 1 ? candidates : []
        if let missing = Self.commonPrefix(candidates).dropFirst(word.count).nonEmpty {
            el_insertstr(editLine, missing)
        }
        return UInt8(CC_REFRESH)
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}

private extension Substring {
    var nonEmpty: String? { isEmpty ? nil : String(self) }
}

private func editor(_ editLine: OpaquePointer?) -> LineEditor? {
    guard let editLine, let data = soma_el_get_clientdata(editLine) else { return nil }
    return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
}

/// EL_GETCFN: hands libedit the next queued key (the workbench queues exactly one per el_gets).
private func readQueuedKey(_ editLine: OpaquePointer?, _ character: UnsafeMutablePointer<wchar_t>?) -> Int32 {
    guard let editor = editor(editLine), let character, !editor.pendingKeys.isEmpty else { return 0 }
    character.pointee = editor.pendingKeys.removeFirst()
    return 1
}

private func completeWord(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    editor(editLine)?.complete() ?? UInt8(CC_NORM)
}
