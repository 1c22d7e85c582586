import Symbolic

/// A driven input's value in one stage; nil when the drive does not read t and keeps the first stage's value.
public struct StageDrive: Sendable, Hashable {
    public var input: String
    public var value: Expr?
}
