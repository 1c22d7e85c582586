/// Syntax of batched runs: `sweep W = Wang(coherence in [0, 25.6], seed in [1, 2])` and
/// `fi LIF I in [0 nA, 1 nA] n = 50 for 1 s`.

/// `coherence in [0, 25.6, 51.2]` among a sweep's arguments: one member per value (per combination of
/// values, when several are swept). `seed` is the one name that is not a parameter: each member's run seed.
public struct SweptParameter: Sendable, Hashable {
    public var name: String
    public var nameRange: SourceRange
    public var values: [Expression]
    public var range: SourceRange
}

/// `fi MODEL INPUT in [low, high] n = 50 for 1 s dt = 0.1 ms`: one population of n neurons of MODEL,
/// neuron k driven by the constant low + k·(high − low)/(n − 1), run once; the rate of each against its drive.
public struct FICurveRequest: Sendable, Hashable {
    public var model: String
    public var modelRange: SourceRange
    public var input: String
    public var inputRange: SourceRange
    public var low: Expression
    public var high: Expression
    /// `n = 50` (the number of drives), when written.
    public var count: Expression?
    /// `for 1 s dt = 0.1 ms ...`: as a `run` reads it.
    public var run: RunStatement
    public var range: SourceRange
}

extension SweptParameter {
    /// `coherence = 25.6`: the argument the member of the j-th value is built with.
    public func binding(_ j: Int) -> Binding {
        Binding(name: name, value: values[j], range: range)
    }
}

extension FICurveRequest {
    /// The population the curve runs, as statements: `P = MODEL(n)`, `P.I = low + (high - low) * i / (N - 1)`
    /// and `record P.spikes`, placed where the request was written.
    public func statements(population name: String, count n: Int) -> [Statement] {
        let at = range
        func node(_ kind: Expression.Kind) -> Expression { Expression(kind, at) }
        let step = node(.binary(.divide, node(.binary(.multiply, node(.binary(.subtract, high, low)), node(.name("i")))),
                                node(.binary(.subtract, node(.name("N")), node(.number(1))))))
        return [
            .population(PopulationDeclaration(name: name, model: model, modelRange: modelRange, size: node(.number(Double(n))),
                                              overrides: [], range: at)),
            .assign(FieldReference(population: name, field: input, slice: nil, range: inputRange), node(.binary(.add, low, step))),
            .record([FieldReference(population: name, field: "spikes", slice: nil, range: at)], every: nil, at),
        ]
    }
}
