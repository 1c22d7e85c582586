import Foundation

/// What the terminal can show, read from the environment.
public struct TerminalCapabilities: Sendable, Equatable {
    public var canvas: TerminalRenderer.CanvasKind
    public var colours: ColourMode

    public init(canvas: TerminalRenderer.CanvasKind, colours: ColourMode) {
        self.canvas = canvas
        self.colours = colours
    }

    /// Braille unless the locale is not UTF-8 or TERM is `dumb` (then ASCII);
    /// colours from COLORTERM and TERM, none under NO_COLOR (https://no-color.org) or without a TERM.
    public static func detect(environment: [String: String]) -> TerminalCapabilities {
        let term = environment["TERM"] ?? ""
        let dumb = term == "dumb"
        let canvas: TerminalRenderer.CanvasKind = dumb || !isUTF8(environment) ? .ascii : .braille
        return TerminalCapabilities(canvas: canvas, colours: dumb ? .none : colourMode(environment, term: term))
    }

    /// The effective locale is the first of LC_ALL, LC_CTYPE and LANG that is set.
    private static func isUTF8(_ environment: [String: String]) -> Bool {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let normalised = locale.lowercased().replacingOccurrences(of: "-", with: "")
        return normalised.contains("utf8")
    }

    private static func colourMode(_ environment: [String: String], term: String) -> ColourMode {
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return .none }
        if term.isEmpty { return .none }
        let colourTerm = (environment["COLORTERM"] ?? "").lowercased()
        if colourTerm == "truecolor" || colourTerm == "24bit" { return .truecolor }
        if term.contains("256color") { return .ansi256 }
        return .ansi16
    }
}
