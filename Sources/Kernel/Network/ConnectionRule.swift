/// Which pairs a `connect` statement joins.
public enum ConnectionRule: Sendable, Equatable {
    /// Each pair independently with probability p.
    case probability(Double)
    /// Exactly k distinct sources for each target.
    case fanin(Int)
    /// Exactly k distinct targets for each source.
    case fanout(Int)
    case all
    /// Source i onto target i.
    case oneToOne
}
