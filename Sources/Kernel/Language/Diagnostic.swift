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

    public var message: String { problem.message }

    public var line: Int { range.start.line }
    public var column: Int { range.start.column }
}

/// Several diagnostics from one pass (the parser, and a model's behaviours, report every error they can).
public struct DiagnosticList: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// What any error thrown while executing a statement says: a list's diagnostics, a diagnostic,
    /// or another error worded at `fallback` (the statement's range).
    public init(_ error: Error, fallback: SourceRange) {
        switch error {
        case let list as DiagnosticList: self = list
        case let diagnostic as Diagnostic: self.init([diagnostic])
        default: self.init([Diagnostic(.external("\(error)"), at: fallback)])
        }
    }

    /// Throws nothing for no diagnostics, the diagnostic itself for one, the list for more.
    public func throwIfAny() throws {
        if diagnostics.count == 1 { throw diagnostics[0] }
        if diagnostics.count > 1 { throw self }
    }
}
