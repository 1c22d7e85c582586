import Symbolic

/// `name = value` over symbolic expressions: one statement of a lowered program. What `name` denotes (a state variable, a
/// stage temporary, a per-synapse variable) is said by the part of the program that holds it.
public struct SymbolicAssignment: Sendable, Hashable {
    public var name: String
    public var value: Expr

    public init(_ name: String, _ value: Expr) {
        self.name = name
        self.value = value
    }
}
