import Foundation

/// The characters for frames and symbols, in Unicode or in plain ASCII.
struct TerminalGlyphs: Sendable {
    let unicode: Bool

    var vertical: Character { unicode ? "│" : "|" }
    var horizontal: Character { unicode ? "─" : "-" }
    var corner: Character { unicode ? "└" : "+" }
    var yTick: Character { unicode ? "┤" : "+" }
    var xTick: Character { unicode ? "┬" : "+" }
    var cross: Character { unicode ? "×" : "x" }
    var lineSample: String { unicode ? "──" : "--" }
    var dashedLineSample: String { unicode ? "╌╌" : "- " }
    var dotSample: Character { unicode ? "•" : "*" }
    var colourBarCell: Character { unicode ? "█" : "#" }
    /// Shades from low to high for heatmaps drawn without colour.
    var ramp: [Character] { unicode ? [" ", "░", "▒", "▓", "█"] : [" ", ".", ":", "=", "#"] }

    func marker(_ kind: MarkerKind) -> Character {
        switch kind {
        case .stable: unicode ? "●" : "@"
        case .unstable: unicode ? "○" : "o"
        case .saddle: unicode ? "◐" : "%"
        }
    }

    /// The arrow nearest in direction to (dx, dy), y downwards.
    func arrow(dx: Double, dy: Double) -> Character {
        let arrows: [Character] = unicode ? ["→", "↗", "↑", "↖", "←", "↙", "↓", "↘"]
                                          : [">", "/", "^", "\\", "<", "/", "v", "\\"]
        let angle = atan2(-dy, dx)
        let octant = Int((angle / (Double.pi / 4)).rounded()) & 7
        return arrows[octant]
    }

    func rampCharacter(_ level: Double) -> Character {
        let clamped = level.isFinite ? min(1, max(0, level)) : 0
        return ramp[min(ramp.count - 1, 1 + Int(clamped * Double(ramp.count - 2) + 0.5))]
    }
}
