/// Syntax of the network statements: `synapse` definitions and `connect`.

public enum SynapseItem: Sendable, Hashable {
    case parameters([Binding])
    /// `var g = 0 nS per post` (one per target neuron), `per synapse` or `per pre` (one per source neuron).
    case variables([Binding], per: SynapseVariableScope)
    case intermediate(Binding)
    case derivative(Binding)
    case onPre([Assignment], SourceRange)
    case onPost([Assignment], SourceRange)
}

/// Where a synapse variable is kept: once per target neuron, per connection, or per source neuron
/// (shared by the source's outgoing synapses, changed once per spike it sends).
public enum SynapseVariableScope: String, Sendable, Hashable, CaseIterable {
    case post, synapse, pre
}

public struct SynapseDeclaration: Sendable, Hashable {
    public var name: String
    public var items: [SynapseItem]
    public var range: SourceRange
}

/// `B` or `B.Isyn`: a target population and, optionally, the input the synapse current adds into.
public struct ConnectTarget: Sendable, Hashable {
    public var population: String
    public var input: String?
    public var range: SourceRange
}

/// `poisson(1000, rate = 2 Hz)` as the source of a connect: inputs drawn per target and step, with no source neurons.
public struct PoissonSource: Sendable, Hashable {
    public var count: Expression
    public var rate: Expression
}

/// `connect A -> B, C using SYN(tau = 5 ms) p = 0.02 w = 0.6 nS delay = 1 ms as AB`
public struct ConnectStatement: Sendable, Hashable {
    public var source: String
    public var sourceRange: SourceRange
    public var poisson: PoissonSource?
    public var targets: [ConnectTarget]
    public var synapse: String
    public var synapseRange: SourceRange
    public var arguments: [Binding]
    /// Bare words after the synapse: `all`, `one_to_one`.
    public var words: [Word]
    /// `p =`, `fanin =`, `fanout =`, `w =`, `delay =`, `allow_self =`.
    public var options: [Binding]
    /// `as AB`: the projection's name, by which `AB.w` reads its per-synapse values.
    public var name: Word?
    public var range: SourceRange
}

/// A bare word with its position, as in `connect A -> B using S all`.
public struct Word: Sendable, Hashable {
    public var text: String
    public var range: SourceRange

    package init(text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}
