import Foundation

/// `synapse` definitions and `connect`: a projection merges the synapse's
/// per-post variables and its current into the target's model (so they are
/// integrated with the neuron, by the same method) and keeps its connections,
/// weights, delays and per-synapse variables itself.
extension Interpreter {
    func define(_ declaration: SynapseDeclaration) throws {
        if let first = modelRanges[declaration.name] ?? synapseRanges[declaration.name] {
            throw Diagnostic("redefinition of \(declaration.name) (first defined at line \(first.start.line))", at: declaration.range,
                             hint: "choose another name")
        }
        synapses[declaration.name] = try SynapseResolver.resolve(declaration)
        synapseRanges[declaration.name] = declaration.range
    }

    static let connectOptionsHint = "options are " + (Parser.connectWords.sorted() + Parser.connectOptionNames.map { "\($0) =" }).joined(separator: ", ")

    struct ConnectOptions {
        var rule: ConnectionRule
        var allowSelf: Bool
        var weight: Projection.Value
        var delay: Projection.Value
    }

    func connect(_ statement: ConnectStatement) throws {
        let source = try population(statement.source, at: statement.sourceRange)
        guard source.model.spike != nil else {
            throw Diagnostic("\(source.name) never spikes: \(source.model.name) has no spike condition", at: statement.sourceRange,
                             hint: "a projection carries spikes from a neuron population")
        }
        guard let synapse = synapses[statement.synapse] else {
            let known = synapses.keys.sorted()
            throw Diagnostic("unknown synapse '\(statement.synapse)'", at: statement.synapseRange,
                             hint: known.isEmpty ? "define it first with synapse \(statement.synapse) { ... }" : "synapses are " + known.joined(separator: ", "))
        }
        let values = try parameterValues(of: synapse.dynamics, overrides: statement.arguments)
        let options = try connectOptions(statement, synapse, values)
        for target in statement.targets {
            let population = try self.population(target.population, at: target.range)
            try requireRule(options.rule, from: source, to: population, at: statement.range)
            try project(source, onto: population, target, synapse, values, options)
        }
    }

    // MARK: - Options

    private func connectOptions(_ statement: ConnectStatement, _ synapse: SynapseModel, _ values: [String: Double]) throws -> ConnectOptions {
        var rules: [(ConnectionRule, SourceRange)] = []
        for word in statement.words {
            switch word.text {
            case "all": rules.append((.all, word.range))
            case "one_to_one": rules.append((.oneToOne, word.range))
            default:
                throw Diagnostic("unknown connect option '\(word.text)'", at: word.range,
                                 hint: Interpreter.connectOptionsHint)
            }
        }
        var options = ConnectOptions(rule: .all, allowSelf: false, weight: .constant(0), delay: .constant(0))
        var seen: Set<String> = []
        let time = synapse.dynamics.timeDimension
        for option in statement.options {
            guard seen.insert(option.name).inserted else { throw Diagnostic("\(option.name) is given twice", at: option.range) }
            switch option.name {
            case "p":
                let p = try constant(option.value, dimension: .one, what: "p", scope: Scope())
                guard p >= 0, p <= 1 else { throw Diagnostic("p is a probability from 0 to 1, not \(p)", at: option.value.range) }
                rules.append((.probability(p), option.range))
            case "fanin", "fanout":
                let k = try constant(option.value, dimension: .one, what: option.name, scope: Scope())
                guard k >= 0, k == k.rounded(), k < 1e9 else {
                    throw Diagnostic("\(option.name) is a whole number of connections, not \(k)", at: option.value.range)
                }
                rules.append((option.name == "fanin" ? .fanin(Int(k)) : .fanout(Int(k)), option.range))
            case "allow_self":
                guard case .name(let word) = option.value.kind, word == "true" || word == "false" else {
                    throw Diagnostic("allow_self is true or false", at: option.value.range)
                }
                options.allowSelf = word == "true"
            case "w":
                options.weight = try perSynapse(option.value, synapse.weightDimension, "the weight w of \(synapse.name)", synapse, values)
            case "delay":
                options.delay = try perSynapse(option.value, time, "a delay", synapse, values)
                if case .constant(let d) = options.delay, d < 0 {
                    throw Diagnostic("a delay must not be negative", at: option.value.range)
                }
            default:
                throw Diagnostic("unknown connect option '\(option.name)'", at: option.range,
                                 hint: Interpreter.connectOptionsHint)
            }
        }
        rules.sort { $0.1.start < $1.1.start }
        guard rules.count == 1 else {
            throw Diagnostic(rules.isEmpty ? "connect needs a rule for which pairs to join" : "connect takes one rule, not \(rules.count)",
                             at: rules.dropFirst().first?.1 ?? statement.range,
                             hint: "one of p = 0.1, fanin = 10, fanout = 10, all, one_to_one")
        }
        options.rule = rules[0].0
        if !seen.contains("w"), synapse.onPre.contains(where: { $0.value.symbols.contains("w") }) {
            throw Diagnostic("\(synapse.name) reads the weight w: give it with w = ...", at: statement.range,
                             hint: "w has the unit \(DisplayUnit.preferred(for: synapse.weightDimension).name), e.g. w = 0.5 \(DisplayUnit.preferred(for: synapse.weightDimension).name)")
        }
        return options
    }

    /// A constant, or an expression of i (source), j (target), the synapse's parameters, rand() and randn().
    private func perSynapse(_ e: Expression, _ dimension: Dimension, _ what: String, _ synapse: SynapseModel,
                            _ values: [String: Double]) throws -> Projection.Value {
        var scope = Scope()
        scope["i"] = .symbol(.one)
        scope["j"] = .symbol(.one)
        for p in synapse.dynamics.parameters { scope[p.name] = .expression(.constant(values[p.name]!), p.dimension) }
        let typed = try Lowering(scope: scope).lower(e)
        guard typed.dimension == dimension || typed.isBareZero else {
            throw Diagnostic("unit mismatch: \(what) is \(dimension), the value is \(typed.dimension)", at: e.range)
        }
        return typed.expr.constantValue.map(Projection.Value.constant) ?? .perSynapse(typed.expr)
    }

    private func requireRule(_ rule: ConnectionRule, from source: Population, to target: Population, at range: SourceRange) throws {
        let pool = { (n: Int) in source === target ? n - 1 : n }
        switch rule {
        case .fanin(let k) where k > pool(source.size):
            throw Diagnostic("fanin = \(k) needs \(k) distinct sources, but \(source.name) offers \(pool(source.size))", at: range)
        case .fanout(let k) where k > pool(target.size):
            throw Diagnostic("fanout = \(k) needs \(k) distinct targets, but \(target.name) offers \(pool(target.size))", at: range)
        case .oneToOne where source.size != target.size:
            throw Diagnostic("one_to_one joins populations of the same size, not \(source.size) and \(target.size)", at: range)
        default: return
        }
    }

    // MARK: - Merging into the target

    private func project(_ source: Population, onto target: Population, _ written: ConnectTarget, _ synapse: SynapseModel,
                         _ values: [String: Double], _ options: ConnectOptions) throws {
        guard let inputName = written.input ?? target.model.inputs.first?.name, let input = target.model.input(inputName) else {
            throw Diagnostic(written.input.map { "\(target.model.name) has no input '\($0)'" } ?? "\(target.name) has no input for the synapse current",
                             at: written.range, hint: "declare one in \(target.model.name): input I = 0 nA, or name one: \(target.name).I")
        }
        let current = try SynapseResolver.current(of: synapse, into: target.model)
        if let current, current.dimension != input.dimension, !current.isBareZero {
            throw Diagnostic("unit mismatch: the current of \(synapse.name) is \(current.dimension), but \(target.name).\(input.name) is \(input.dimension)",
                             at: written.range, hint: "write current = ... in the unit of the input it adds into")
        }
        let names = targetNames(for: synapse, source: source, target: target)
        let rename = names.mapValues(Expr.symbol)
        for p in synapse.dynamics.parameters {
            var renamed = p
            renamed.name = names[p.name]!
            target.model.parameters.append(renamed)
            target.parameters[renamed.name] = values[p.name]
        }
        for v in synapse.perPostVariables {
            var renamed = v
            renamed.name = names[v.name]!
            renamed.initial = v.initial.substituting(rename)
            target.addVariable(renamed)
            queueInitialValue(target, renamed.name, renamed.initial)
        }
        for (variable, rhs) in synapse.dynamics.equations where !synapse.perSynapse.contains(variable) {
            target.model.equations.append((names[variable]!, rhs.substituting(rename)))
            target.model.sourceRanges["d/dt \(names[variable]!)"] = synapse.dynamics.sourceRanges["d/dt \(variable)"]
        }
        if let current {
            var post: [String: Expr] = rename
            for name in current.expr.symbols where name.hasSuffix("_post") { post[name] = .symbol(String(name.dropLast(5))) }
            addCurrent(current.expr.substituting(post), into: input.name, of: target)
        }
        assignmentCount += 1
        projections.append(Projection(name: "@\(projections.count)", source: source, target: target, synapse: synapse, targetNames: names,
                                      rule: options.rule, excludeSelf: source === target && !options.allowSelf,
                                      weight: options.weight, delay: options.delay, stream: 0x4000_0000 | assignmentCount))
    }

    /// `input` → `input + current` wherever the target's model reads the input.
    private func addCurrent(_ current: Expr, into input: String, of target: Population) {
        let sum = [input: Expr.symbol(input) + current]
        var model = target.model
        model.equations = model.equations.map { ($0.variable, $0.rhs.substituting(sum)) }
        model.spike = model.spike?.substituting(sum)
        model.reset = model.reset.map { .init(variable: $0.variable, value: $0.value.substituting(sum)) }
        if case .whileTrue(let condition)? = model.refractory { model.refractory = .whileTrue(condition.substituting(sum)) }
        target.model = model
    }

    /// Per-post variables and parameters take the source's name as a suffix (`g_Exc`), made unique in the target.
    private func targetNames(for synapse: SynapseModel, source: Population, target: Population) -> [String: String] {
        var taken = Set(target.model.variables.map(\.name) + target.model.parameters.map(\.name) + target.model.inputs.map(\.name))
        var names: [String: String] = [:]
        for name in synapse.perPostVariables.map(\.name) + synapse.dynamics.parameters.map(\.name) {
            var candidate = "\(name)_\(source.name)", n = 2
            while taken.contains(candidate) {
                candidate = "\(name)_\(source.name)_\(n)"
                n += 1
            }
            taken.insert(candidate)
            names[name] = candidate
        }
        return names
    }

    // MARK: - At run time

    /// Draws the connections not yet drawn (the seed is known now) and sizes the delay rings for this dt.
    func prepareProjections(dt: Double, at range: SourceRange) throws {
        for projection in projections {
            let values = projection.synapse.dynamics.parameters.reduce(into: [String: Double]()) {
                $0[$1.name] = projection.target.parameters[projection.targetNames[$1.name]!]
            }
            do {
                try projection.build(seed: seed, dt: dt, time: time, parameters: values)
                _ = try projection.prepareDelays(dt: dt)
            } catch ProjectionError.delaysRoundedToAnotherStep(let built) {
                throw Diagnostic("the per-synapse delays of \(projection.source.name) -> \(projection.target.name) were rounded to dt = \(format(built, projection.synapse.dynamics.timeDimension)); run with that dt",
                                 at: range)
            } catch let unbound as UnboundSymbol {
                throw Diagnostic("a per-synapse value reads '\(unbound.name)', which has no value per synapse", at: range,
                                 hint: "w and delay may read i, j, rand(), randn() and constants")
            }
        }
    }

    func projectionPlans(_ populationIndex: (Population) -> Int) -> [ProjectionPlan] {
        projections.map { projection in
            let synapse = projection.synapse
            let rename = projection.targetNames.mapValues(Expr.symbol)
            func renamed(_ block: [NeuronModel.Reset]) -> [NeuronModel.Reset] {
                block.map { .init(variable: projection.targetNames[$0.variable] ?? $0.variable, value: $0.value.substituting(rename)) }
            }
            let equations = synapse.dynamics.equations.filter { synapse.perSynapse.contains($0.variable) }
                .map { ($0.variable, $0.rhs.substituting(rename)) }
            return ProjectionPlan(name: projection.name, source: populationIndex(projection.source),
                                  target: populationIndex(projection.target), onPre: renamed(synapse.onPre), onPost: renamed(synapse.onPost),
                                  perSynapseEquations: equations,
                                  perSynapseVariables: synapse.dynamics.variables.map(\.name).filter(synapse.perSynapse.contains),
                                  weightPerSynapse: projection.weightPerSynapse, delayPerSynapse: projection.delay.isPerSynapse,
                                  range: synapse.dynamics.range)
        }
    }

    func projectionParameters(_ set: (String, Double) -> Void, dt: Double) {
        for projection in projections {
            if !projection.weightPerSynapse, case .constant(let w) = projection.weight { set("\(projection.name).w", w) }
            set("\(projection.name).R", Double(projection.spikesInFlight.slots))
        }
    }
}
