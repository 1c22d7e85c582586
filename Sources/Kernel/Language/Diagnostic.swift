/// One problem found in model text or while running it, with where it is.
///
/// The message states what is wrong; `hint` says what would be valid.
public struct Diagnostic: Error, Sendable, Hashable, Codable {
    public var range: SourceRange
    public var message: String
    public var hint: String?
    /// Extra lines shown after the source excerpt (e.g. generated C for a compile failure).
    public var notes: [String]

    public init(_ message: String, at range: SourceRange, hint: String? = nil, notes: [String] = []) {
        self.range = range
        self.message = message
        self.hint = hint
        self.notes = notes
    }

    public var line: Int { range.start.line }
    public var column: Int { range.start.column }
}

/// Several diagnostics from one pass (the parser reports every error it can).
public struct DiagnosticList: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
