import class Foundation.ProcessInfo
import Language
import Library
import Model

/// `connect A -> B[, C] using SYN(...) rule w = ... delay = ...`: a projection per
/// target. The synapse's per-post variables and current are merged into the
/// target's model (so they are integrated with the neuron, by the same method);
/// connections, weights, delays and per-synapse variables stay with the projection.
extension NetworkBuilder {
    static let connectOptionsHint = "options are " + (Parser.connectWords.sorted() + Parser.connectOptionNames.map { "\($0) =" }).joined(separator: ", ")

    struct ConnectOptions {
        var rule: ConnectionRule
        var allowSelf: Bool
        var weight: SynapseValue
        var delay: SynapseValue
    }

    mutating func connect(_ statement: ConnectStatement) throws {
        var statement = statement
        statement.targets = statement.targets.map(network.resolvingPath)
        let synapses = network.synapses
        guard let synapse = synapses[statement.synapse] ?? SynapseLibrary.models[statement.synapse] else {
            let library = "the library has " + SynapseLibrary.names.joined(separator: ", ")
            throw Diagnostic(.unknown(kind: "synapse", name: statement.synapse), at: statement.synapseRange,
                             hint: synapses.isEmpty ? "\(library); or define it with synapse \(statement.synapse) { ... }"
                                 : "synapses are " + synapses.keys.sorted().joined(separator: ", ") + "; " + library)
        }
        let values = try NetworkBuilder.parameterValues(of: synapse.dynamics, overrides: statement.arguments)
        if let poisson = statement.poisson { return try connect(poisson, statement, synapse, values) }
        let source = try network.populationIndex(statement.source, at: statement.sourceRange)
        let sourceModel = network.populations[source].model
        guard sourceModel.spike != nil || (synapse.onPre.isEmpty && synapse.onPost.isEmpty) else {
            throw Diagnostic(.neverSpikes(population: statement.source, model: sourceModel.name), at: statement.sourceRange,
                             hint: "a projection carries spikes from a neuron population")
        }
        let options = try connectOptions(statement, synapse, values)
        let destinations = try statement.targets.map { target in
            let p = try network.populationIndex(target.population, at: target.range)
            try requireRule(options.rule, from: source, to: p, at: statement.range)
            return try destination(of: synapse, in: p, target, from: source)
        }
        let names = try projectionNames(statement, targets: destinations.map(\.population))
        for (destination, name) in zip(destinations, names) {
            let merged = merge(synapse, values, into: destination, from: source, named: statement.source.replacingOccurrences(of: ".", with: "_"))
            network.projections.append(NetworkProjection(
                name: name, source: source, target: destination.population, synapse: synapse, targetNames: merged.names, rule: options.rule,
                excludeSelf: source == destination.population && !options.allowSelf, weight: options.weight, delay: options.delay,
                coupling: merged.coupling, stream: network.streams.projection(), seed: network.streams.seed, declarationRange: statement.range))
        }
    }

    // MARK: - Options

    func connectOptions(_ statement: ConnectStatement, _ synapse: SynapseModel, _ values: [String: Double]) throws -> ConnectOptions {
        var rules: [(ConnectionRule, SourceRange)] = []
        for word in statement.words {
            switch word.text {
            case "all": rules.append((.all, word.range))
            case "one_to_one": rules.append((.oneToOne, word.range))
            default:
                throw Diagnostic(.unknown(kind: "connect option", name: word.text), at: word.range, hint: NetworkBuilder.connectOptionsHint)
            }
        }
        var options = ConnectOptions(rule: .all, allowSelf: false, weight: .constant(0), delay: .constant(0))
        var seen: Set<String> = []
        let time = synapse.dynamics.timeDimension
        for option in statement.options {
            guard seen.insert(option.name).inserted else { throw Diagnostic(.givenTwice(name: option.name), at: option.range) }
            switch option.name {
            case "p":
                let p = try ExpressionResolver.constant(option.value, dimension: .one, what: "p", scope: Scope())
                guard p >= 0, p <= 1 else { throw Diagnostic(.outOfRange(what: "p", value: p, valid: "is a probability from 0 to 1"), at: option.value.range) }
                rules.append((.probability(p), option.range))
            case "fanin", "fanout":
                let k = try ExpressionResolver.constant(option.value, dimension: .one, what: option.name, scope: Scope())
                guard k >= 0, k == k.rounded(), k < 1e9 else {
                    throw Diagnostic(.outOfRange(what: option.name, value: k, valid: "is a whole number of connections"), at: option.value.range)
                }
                rules.append((option.name == "fanin" ? .fanin(Int(k)) : .fanout(Int(k)), option.range))
            case "allow_self":
                guard case .name(let word) = option.value.kind, word == "true" || word == "false" else {
                    throw Diagnostic(.outOfRange(what: "allow_self", value: nil, valid: "is true or false"), at: option.value.range)
                }
                options.allowSelf = word == "true"
            case "w":
                options.weight = try perSynapse(option.value, synapse.weightDimension, "the weight w of \(synapse.name)", synapse, values)
            case "delay":
                options.delay = try perSynapse(option.value, time, "a delay", synapse, values)
                if case .constant(let d) = options.delay, d < 0 {
                    throw Diagnostic(.outOfRange(what: "a delay", value: nil, valid: "must not be negative"), at: option.value.range)
                }
                if options.delay.isPerSynapse, !synapse.perPre.isEmpty {
                    throw Diagnostic(.perPreWithSynapseDelays(synapse: synapse.name), at: option.value.range,
                                     hint: "give one delay, e.g. delay = 2 ms")
                }
            default:
                throw Diagnostic(.unknown(kind: "connect option", name: option.name), at: option.range, hint: NetworkBuilder.connectOptionsHint)
            }
        }
        rules.sort { $0.1.start < $1.1.start }
        guard rules.count == 1 else {
            throw Diagnostic(rules.isEmpty ? .missingPart(subject: "connect", part: "a rule for which pairs to join")
                                             : .wrongCount(rule: "connect takes one rule", found: rules.count),
                             at: rules.dropFirst().first?.1 ?? statement.range,
                             hint: "one of p = 0.1, fanin = 10, fanout = 10, all, one_to_one")
        }
        options.rule = rules[0].0
        if !seen.contains("w"), synapse.onPre.contains(where: { $0.value.symbols.contains("w") }) {
            throw Diagnostic(.weightMissing(synapse: synapse.name), at: statement.range,
                             hint: "w has the unit \(DisplayUnit.preferred(for: synapse.weightDimension).name), e.g. w = 0.5 \(DisplayUnit.preferred(for: synapse.weightDimension).name)")
        }
        return options
    }

    /// A constant, or an expression of i (source), j (target), the synapse's parameters, rand() and randn().
    private func perSynapse(_ e: Expression, _ dimension: Dimension, _ what: String, _ synapse: SynapseModel,
                            _ values: [String: Double]) throws -> SynapseValue {
        var scope = Scope()
        scope["i"] = .symbol(.one)
        scope["j"] = .symbol(.one)
        for p in synapse.dynamics.parameters { scope[p.name] = .expression(.constant(values[p.name]!), p.dimension) }
        let typed = try ExpressionResolver(scope: scope).lower(e)
        guard typed.dimension == dimension || typed.isBareZero else {
            throw Diagnostic(.unitMismatch(subject: what, expected: dimension, found: typed.dimension), at: e.range)
        }
        return typed.expr.constantValue.map(SynapseValue.constant) ?? .perSynapse(typed.expr)
    }

    private func requireRule(_ rule: ConnectionRule, from s: Int, to t: Int, at range: SourceRange) throws {
        let source = network.populations[s], target = network.populations[t]
        let pool = { (n: Int) in s == t ? n - 1 : n }
        switch rule {
        case .fanin(let k) where k > pool(source.size):
            throw Diagnostic(.notEnoughCandidates(rule: "fanin", count: k, side: "sources", population: source.name, offered: pool(source.size)), at: range)
        case .fanout(let k) where k > pool(target.size):
            throw Diagnostic(.notEnoughCandidates(rule: "fanout", count: k, side: "targets", population: target.name, offered: pool(target.size)), at: range)
        case .oneToOne where source.size != target.size:
            throw Diagnostic(.sizesDiffer(source: source.size, target: target.size), at: range)
        default: break
        }
        let pairs = Double(source.size) * Double(target.size), expected: Double
        switch rule {
        case .probability(let p): expected = pairs * p + 6 * (pairs * p).squareRoot()
        case .fanin(let k): expected = Double(target.size * k)
        case .fanout(let k): expected = Double(source.size * k)
        case .all: expected = pairs
        case .oneToOne: expected = Double(source.size)
        }
        // Synapse positions are 32-bit in generated code; 16 bytes each bounds what the list and its values take.
        let available = Double(ProcessInfo.processInfo.physicalMemory) / 2
        guard expected < Double(Int32.max), expected * 16 <= available else {
            throw Diagnostic(.tooManySynapses(source: source.name, target: target.name, count: Int(expected)),
                             at: range, hint: "lower p, fanin or fanout")
        }
    }
}
