import CNcurses
import Foundation

/// A key press, decoded from curses.
enum Key: Equatable {
    case character(Character)
    case control(Character)          // Ctrl-A … Ctrl-Z, as the letter
    case enter, altEnter, tab, backspace, escape
    case up, down, left, right, home, end, pageUp, pageDown, delete
    case altUp, altDown
    case wheelUp, wheelDown
    case resize
    case function(Int)
    case other(Int32)

    init(code: Int32) {
        switch code {
        case KEY_UP: self = .up
        case KEY_DOWN: self = .down
        case KEY_LEFT: self = .left
        case KEY_RIGHT: self = .right
        case KEY_HOME: self = .home
        case KEY_END: self = .end
        case KEY_PPAGE: self = .pageUp
        case KEY_NPAGE: self = .pageDown
        case KEY_DC: self = .delete
        case KEY_BACKSPACE: self = .backspace
        case KEY_ENTER: self = .enter
        case soma_key_resize(): self = .resize
        case KEY_F0...(KEY_F0 + 12): self = .function(Int(code - KEY_F0))
        default: self = Key(extended: code)
        }
    }

    /// Keys beyond KEY_MAX are defined per terminal; terminfo names Alt-arrows kUP3 and kDN3.
    private init(extended code: Int32) {
        switch keyname(code).map({ String(cString: $0) }) {
        case "kUP3": self = .altUp
        case "kDN3": self = .altDown
        default: self = .other(code)
        }
    }

    init(character value: UInt32) {
        switch value {
        case 13, 10: self = .enter
        case 9: self = .tab
        case 27: self = .escape
        case 127, 8: self = .backspace
        case 1...26: self = .control(Character(Unicode.Scalar(value + 96)!))
        default: self = .character(Character(Unicode.Scalar(value) ?? " "))
        }
    }

    /// What a terminal would send for this key, for the line editor (emacs bindings).
    var editorCharacters: [wchar_t]? {
        switch self {
        case .character(let c): return c.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        case .control(let c): return [wchar_t(c.asciiValue! - 96)]
        case .tab: return [9]
        case .backspace: return [127]
        case .left: return [2]            // Ctrl-B
        case .right: return [6]           // Ctrl-F
        case .up: return [16]             // Ctrl-P: previous history line
        case .down: return [14]           // Ctrl-N
        case .home: return [1]            // Ctrl-A
        case .end: return [5]             // Ctrl-E
        case .delete: return [4]          // Ctrl-D
        default: return nil
        }
    }
}
