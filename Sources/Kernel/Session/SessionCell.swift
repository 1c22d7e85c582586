/// One cell of a session: an optional title, code, the outputs recorded for it,
/// and the blank (and comment) lines that follow.
///
/// In a file it reads
///
///     # %% title
///     print 1 + 1
///     #> 1 + 1 = 2
///
public struct SessionCell: Sendable, Equatable {
    /// The text after `# %% ` on the marker line; nil for a bare `# %%`.
    public var title: String?
    /// The code as complete lines, each ending in "\n" (only the last line of a file may lack it).
    public var source: String
    /// Recorded output lines, without their `#> ` prefix.
    public var outputs: [String]
    /// The lines after the outputs, kept so that a file prints back byte for byte:
    /// blank lines, and comments too when the cell has outputs (see `SessionParser`).
    public var spacing: String

    public init(title: String? = nil, source: String, outputs: [String] = [], spacing: String = "") {
        self.title = title
        self.source = source
        self.outputs = outputs
        self.spacing = spacing
    }
}
