/// The assignments one event runs at a synapse, and the target's names it (or the advance before it) reads.
public struct EventBlock: Sendable, Hashable {
    public var assignments: [SymbolicAssignment]
    public var targetVariables: [String]
    public var targetParameters: [String]
}
