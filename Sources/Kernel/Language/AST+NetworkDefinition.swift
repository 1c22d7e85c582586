/// Syntax of reusable networks: `network EI(NE = 3200) { ... }` and `network V1 = EI(NE = 4000)`.

/// A network written once and instantiated by name. Its parameters' defaults are expressions (a later
/// one may read an earlier one); an instance's arguments replace them where the body reads them.
public struct NetworkDefinition: Sendable, Hashable {
    public var name: String
    public var parameters: [Binding]
    /// Populations, connects, couples, `P.field =` values, records and instances of other definitions.
    public var body: [Statement]
    public var range: SourceRange
}

/// `network V1 = EI(NE = 4000)`: the definition's statements with these arguments, every population,
/// projection and nested instance named under `V1.`.
public struct NetworkInstance: Sendable, Hashable {
    public var name: String
    public var nameRange: SourceRange
    public var definition: String
    public var definitionRange: SourceRange
    public var arguments: [Binding]
    public var range: SourceRange
    /// `sweep W = EI(p in [0.01, 0.02], seed in [1, 2])`: the parameters given lists of values (AST+Sweep);
    /// empty for one instance.
    public var sweep: [SweptParameter] = []
}

extension Expression {
    /// `V1.E` written in an expression (a member chain of names), as the dotted name of a population or projection.
    public var dottedName: String? {
        switch kind {
        case .name(let name): return name
        case .member(let base, let field): return base.dottedName.map { "\($0).\(field)" }
        default: return nil
        }
    }
}
