import CNcurses
import Foundation
import Plot

/// The terminal under ncurses: start and restore it, read keys, draw styled text.
/// Every exit path calls `restore()` (see TerminalGuard) so the shell gets its terminal back.
final class Screen {
    private(set) var width = 80
    private(set) var height = 24
    private var pairs: [PairKey: Int16] = [:]
    private let colours: ColourMode

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    init(colours: ColourMode) {
        self.colours = colours
        setlocale(LC_ALL, "")
        initscr()
        raw()   // Ctrl-C and Ctrl-Z arrive as keys: Ctrl-C interrupts the cell, not the workbench
        noecho()
        nonl()
        keypad(soma_stdscr(), true)
        set_escdelay(25)
        curs_set(1)
        if colours != .none, has_colors() {
            start_color()
            use_default_colors()
        }
        mousemask(soma_wheel_up() | soma_wheel_down(), nil)
        nodelay(soma_stdscr(), true)
        updateSize()
    }

    func restore() {
        endwin()
    }

    func updateSize() {
        width = Int(soma_cols())
        height = Int(soma_lines())
    }

    /// The next key, or nil when none is waiting.
    func readKey() -> Key? {
        var character: wint_t = 0
        let status = get_wch(&character)
        if status == ERR { return nil }
        if status == KEY_CODE_YES {
            if Int32(character) == KEY_MOUSE { return mouseKey() }
            return Key(code: Int32(character))
        }
        return Key(character: UInt32(character))
    }

    private func mouseKey() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        if event.bstate & soma_wheel_up() != 0 { return .wheelUp }
        if event.bstate & soma_wheel_down() != 0 { return .wheelDown }
        return nil
    }

    func clear() {
        erase()
    }

    /// Draws `text` at (row, column) in one style, clipped to the screen.
    func draw(_ text: String, row: Int, column: Int, style: TextStyle = .plain) {
        guard row >= 0, row < height, column < width else { return }
        let room = width - max(0, column)
        var scalars = Array(text.unicodeScalars.prefix(room)).map { wchar_t(bitPattern: $0.value) }
        scalars.append(0)
        attrset(attributes(for: style))
        scalars.withUnsafeBufferPointer { _ = mvaddwstr(Int32(row), Int32(max(0, column)), $0.baseAddress) }
        attrset(0)
    }

    /// Draws a rendered figure (or any cell grid) with its colours.
    func draw(_ grid: CellGrid, row: Int, column: Int, firstRow: Int = 0, rows: Int? = nil) {
        guard grid.width > 0 else { return }
        for gridRow in firstRow..<min(grid.height, firstRow + (rows ?? grid.height)) {
            let screenRow = row + gridRow - firstRow
            guard screenRow < height else { return }
            var runStart = 0
            while runStart < grid.width {
                let style = TextStyle(grid[gridRow, runStart])
                var runEnd = runStart + 1
                while runEnd < grid.width, TextStyle(grid[gridRow, runEnd]) == style { runEnd += 1 }
                let text = String((runStart..<runEnd).map { grid[gridRow, $0].character })
                draw(text, row: screenRow, column: column + runStart, style: style)
                runStart = runEnd
            }
        }
    }

    func moveCursor(row: Int, column: Int) {
        move(Int32(min(max(0, row), height - 1)), Int32(min(max(0, column), width - 1)))
    }

    func refresh() {
        CNcurses.refresh()
    }

    private func attributes(for style: TextStyle) -> Int32 {
        var attributes: attr_t = 0
        if style.bold { attributes |= soma_bold() }
        if style.reverse { attributes |= soma_reverse() }
        if style.dim { attributes |= soma_dim() }
        if colours != .none, let pair = pair(for: style) { attributes |= attr_t(pair) << 8 }
        return Int32(truncatingIfNeeded: attributes)
    }

    private func pair(for style: TextStyle) -> Int16? {
        let key = PairKey(foreground: colourNumber(style.foreground), background: colourNumber(style.background))
        if key.foreground < 0 && key.background < 0 { return nil }
        if let pair = pairs[key] { return pair }
        let next = Int16(pairs.count + 1)
        guard Int32(next) < soma_color_pairs(), next < 256 else { return nil }
        init_pair(next, key.foreground, key.background)
        pairs[key] = next
        return next
    }

    private func colourNumber(_ colour: Colour?) -> Int16 {
        switch colour {
        case .ansi(let n)?: return Int16(n)
        case .indexed(let n)?: return soma_colors() >= 256 ? Int16(n) : Int16(n % 8)
        case .rgb(let rgb)?:
            if case .indexed(let n)? = ANSI256Colours().colour(rgb) { return Int16(n) }
            return -1
        case nil: return -1
        }
    }
}
