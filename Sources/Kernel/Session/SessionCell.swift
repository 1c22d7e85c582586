/// One cell of a session: an optional title, code, the outputs recorded for it,
/// and the blank (and comment) lines that follow.
///
/// In a file it reads
///
///     # %% title
///     print 1 + 1
///     #> 1 + 1 = 2
///
/// and a cell whose statement failed keeps its error as `#!` lines after its outputs (`RecordedLines`).
public struct SessionCell: Sendable, Equatable {
    /// The text after `# %% ` on the marker line; nil for a bare `# %%`.
    public var title: String?
    /// The code as complete lines, each ending in "\n" (only the last line of a file may lack it).
    public var source: String
    /// Recorded output lines, without their `#> ` prefix.
    public var outputs: [String]
    /// Recorded error lines, without their `#! ` prefix: the mark of a cell that failed.
    public var errors: [String]
    /// The lines after the outputs, kept so that a file prints back byte for byte:
    /// blank lines, and comments too when the cell has outputs (see `SessionParser`).
    public var spacing: String

    public init(title: String? = nil, source: String, outputs: [String] = [], errors: [String] = [], spacing: String = "") {
        self.title = title
        self.source = source
        self.outputs = outputs
        self.errors = errors
        self.spacing = spacing
    }

    public init(title: String? = nil, source: String, recorded: RecordedLines, spacing: String = "") {
        self.init(title: title, source: source, outputs: recorded.outputs, errors: recorded.errors, spacing: spacing)
    }

    public var recorded: RecordedLines {
        get { RecordedLines(outputs: outputs, errors: errors) }
        set { (outputs, errors) = (newValue.outputs, newValue.errors) }
    }
}
