import Language
import Model
import Symbolic

/// `connect poisson(N, rate = ...) -> B using SYN w = ...`
extension NetworkBuilder {
    mutating func connect(_ poisson: PoissonSource, _ statement: ConnectStatement, _ synapse: SynapseModel, _ values: [String: Double]) throws {
        let n = try ExpressionResolver.constant(poisson.count, dimension: .one, what: "the number of Poisson sources", scope: Scope())
        guard n >= 0, n == n.rounded(), n < 1e9 else {
            throw Diagnostic(.outOfRange(what: "the number of Poisson sources", value: n, valid: "is a whole number"), at: poisson.count.range)
        }
        let time = synapse.dynamics.timeDimension
        var scope = Scope()
        scope["t"] = .symbol(time)
        let rate = try ExpressionResolver(scope: scope).lower(poisson.rate)
        guard rate.dimension == .one / time || rate.isBareZero else {
            throw Diagnostic(.unitMismatch(subject: "a rate", expected: Dimension.one / time, found: rate.dimension), at: poisson.rate.range)
        }
        let named = statement.name.map { ("as \($0.text)", $0.range) }
        let extra = statement.words.map { ($0.text, $0.range) } + statement.options.filter { $0.name != "w" }.map { ($0.name, $0.range) }
        if let (name, range) = extra.first ?? named {
            throw Diagnostic(.notForPoissonInput(option: name), at: range,
                             hint: "every target gets its own \(Int(n)) sources; give only w = ...")
        }
        let deltas = try increments(of: synapse, at: statement.synapseRange)
        var options = statement
        options.words = [Word(text: "all", range: statement.range)]
        guard case .constant(let weight) = try connectOptions(options, synapse, values).weight else {
            throw Diagnostic(.poissonWeightPerSource, at: statement.range)
        }
        let destinations = try statement.targets.map { target in
            try destination(of: synapse, in: try network.populationIndex(target.population, at: target.range), target, from: nil)
        }
        for destination in destinations {
            let names = merge(synapse, values, into: destination, from: nil, named: "poisson").names
            let rename = names.mapValues(Expr.symbol)
            network.poissonInputs.append(PoissonInput(target: destination.population, synapse: synapse, count: Int(n), rate: rate.expr,
                                                      weight: weight, increments: deltas.map { (names[$0.0]!, $0.1.substituting(rename)) },
                                                      randomStream: network.streams.running(), seed: network.streams.seed,
                                                      declarationRange: statement.range))
        }
    }

    /// k spikes at once are k applications of `on pre`, which is only exact when each line adds an amount that no line changes.
    private func increments(of synapse: SynapseModel, at range: SourceRange) throws -> [(String, Expr)] {
        let state = Set(synapse.dynamics.variables.map(\.name))
        guard synapse.perSynapse.isEmpty, synapse.perPre.isEmpty, synapse.onPost.isEmpty, !synapse.isPlastic else {
            throw Diagnostic(.poissonSynapseNotSupported, at: range,
                             hint: "its sources are not materialised; connect a poisson population instead")
        }
        return try synapse.onPre.map { line in
            let delta = line.value.substituting([line.variable: .zero])
            guard line.value.derivative(with: line.variable) == .one, delta.symbols.isDisjoint(with: state), !delta.isRandom else {
                throw Diagnostic(.poissonOnPreForm(variable: line.variable), at: range,
                                 hint: "connect a poisson population instead")
            }
            return (line.variable, delta)
        }
    }
}
