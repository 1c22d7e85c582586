/// A cell's outputs as a session file records them: the `#>` lines of what it
/// printed, then the `#!` lines of the error that stopped it.
///
/// The `#!` lines are the mark of a failed cell: the cell is kept, and replay
/// expects it to fail again with the same error.
///
///     # %% A typo
///     print rate(Ex)
///     #! error at cell line 1, column 12: unknown population 'Ex'
///     #!   hint: populations are E
public struct RecordedLines: Sendable, Equatable {
    public var outputs: [String]
    public var errors: [String]

    public init(outputs: [String] = [], errors: [String] = []) {
        self.outputs = outputs
        self.errors = errors
    }

    public var failed: Bool { !errors.isEmpty }

    /// Every line in file order, for showing and for finding the first that differs.
    public var all: [String] { outputs + errors }
}
