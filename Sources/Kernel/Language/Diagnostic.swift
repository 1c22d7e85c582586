/// One problem found in model text or while running it, with where it is.
///
/// The message states what is wrong; `hint` says what would be valid.
public struct Diagnostic: Error, Sendable, Hashable, Codable {
    public var range: SourceRange
    public var problem: Problem
    public var hint: String?
    /// Extra lines shown after the source excerpt (e.g. generated C for a compile failure).
    public var notes: [String]

    public init(_ problem: Problem, at range: SourceRange, hint: String? = nil, notes: [String] = []) {
        self.range = range
        self.problem = problem
        self.hint = hint
        self.notes = notes
    }

    /// A problem whose facts are all in its wording.
    public init(_ message: String, at range: SourceRange, hint: String? = nil, notes: [String] = []) {
        self.init(.stated(message), at: range, hint: hint, notes: notes)
    }

    public var message: String { problem.message }

    public var line: Int { range.start.line }
    public var column: Int { range.start.column }
}

/// Several diagnostics from one pass (the parser reports every error it can).
public struct DiagnosticList: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
