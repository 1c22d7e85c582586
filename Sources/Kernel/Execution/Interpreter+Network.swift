import Foundation

/// `synapse` definitions and `connect`: a projection merges the synapse's
/// per-post variables and its current into the target's model (so they are
/// integrated with the neuron, by the same method) and keeps its connections,
/// weights, delays and per-synapse variables itself.
extension Interpreter {
    func define(_ declaration: SynapseDeclaration) throws {
        try requireUndefined(declaration.name, at: declaration.range)
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
        guard let synapse = synapses[statement.synapse] ?? SynapseLibrary.models[statement.synapse] else {
            let library = "the library has " + SynapseLibrary.names.joined(separator: ", ")
            throw Diagnostic("unknown synapse '\(statement.synapse)'", at: statement.synapseRange,
                             hint: synapses.isEmpty ? "\(library); or define it with synapse \(statement.synapse) { ... }"
                                 : "synapses are " + synapses.keys.sorted().joined(separator: ", ") + "; " + library)
        }
        let values = try parameterValues(of: synapse.dynamics, overrides: statement.arguments)
        if let poisson = statement.poisson { return try connect(poisson, statement, synapse, values) }
        let source = try population(statement.source, at: statement.sourceRange)
        guard source.model.spike != nil || (synapse.onPre.isEmpty && synapse.onPost.isEmpty) else {
            throw Diagnostic("\(source.name) never spikes: \(source.model.name) has no spike condition", at: statement.sourceRange,
                             hint: "a projection carries spikes from a neuron population")
        }
        let options = try connectOptions(statement, synapse, values)
        let destinations = try statement.targets.map { target in
            let population = try self.population(target.population, at: target.range)
            try requireRule(options.rule, from: source, to: population, at: statement.range)
            return try destination(of: synapse, in: population, target, from: source)
        }
        for destination in destinations {
            let population = destination.population
            let merged = merge(synapse, values, into: destination, from: source, named: source.name)
            assignmentCount += 1
            projections.append(Projection(name: "@\(projections.count)", source: source, target: population, synapse: synapse,
                                          targetNames: merged.names, rule: options.rule, excludeSelf: source === population && !options.allowSelf,
                                          weight: options.weight, delay: options.delay, coupling: merged.coupling,
                                          stream: 0x4000_0000 | assignmentCount))
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
            throw Diagnostic("\(source.name) -> \(target.name) would make about \(Int(expected)) synapses, more than this machine can hold (or 2^31)",
                             at: range, hint: "lower p, fanin or fanout")
        }
    }

    // MARK: - Merging into the target

    /// Adds the synapse's parameters, per-post variables, their equations and its current to the target's model;
    /// returns the names they take there.
    struct Merged {
        var names: [String: String]
        var coupling: Coupling?
    }

    /// Where a synapse's current goes, checked before a connect changes anything.
    struct Destination {
        var population: Population
        var input: NeuronModel.Input
        var current: Lowering.Typed?
        /// For a coupling current (it reads `V_pre`), the source's input it flows back into.
        var sourceInput: NeuronModel.Input?
    }

    func destination(of synapse: SynapseModel, in target: Population, _ written: ConnectTarget, from source: Population?) throws -> Destination {
        guard let inputName = written.input ?? target.model.inputs.first?.name, let input = target.model.input(inputName) else {
            throw Diagnostic(written.input.map { "\(target.model.name) has no input '\($0)'" } ?? "\(target.name) has no input for the synapse current",
                             at: written.range, hint: "declare one in \(target.model.name): input I = 0 nA, or name one: \(target.name).I")
        }
        let current = try SynapseLibrary.placing(synapse, at: written.range) {
            try SynapseResolver.current(of: synapse, into: target.model, from: source?.model)
        }
        if let current, current.dimension != input.dimension, !current.isBareZero {
            throw Diagnostic("unit mismatch: the current of \(synapse.name) is \(current.dimension), but \(target.name).\(input.name) is \(input.dimension)",
                             at: written.range, hint: "write current = ... in the unit of the input it adds into")
        }
        guard let current, SynapseResolver.isCoupling(current.expr), let source else {
            return Destination(population: target, input: input, current: current)
        }
        guard let sourceInput = (source === target ? input : source.model.inputs.first), sourceInput.dimension == input.dimension else {
            throw Diagnostic("a coupling current flows both ways, but \(source.name) has no input of dimension \(input.dimension)", at: written.range,
                             hint: "declare one in \(source.model.name): input I = 0 nA")
        }
        return Destination(population: target, input: input, current: current, sourceInput: sourceInput)
    }

    /// Adds the synapse's parameters, per-post variables, their equations and its current to the target's model;
    /// returns the names they take there.
    func merge(_ synapse: SynapseModel, _ values: [String: Double], into destination: Destination,
               from source: Population?, named sourceName: String) -> Merged {
        let target = destination.population
        let names = targetNames(for: synapse, source: sourceName, target: target)
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
        guard let current = destination.current else { return Merged(names: names) }
        if let sourceInput = destination.sourceInput, let source {
            let coupling = couple(current.expr.substituting(rename), source, target, destination.input, sourceInput)
            return Merged(names: names, coupling: coupling)
        }
        var post: [String: Expr] = rename
        for name in current.expr.symbols where name.hasSuffix("_post") { post[name] = .symbol(String(name.dropLast(5))) }
        addCurrent(current.expr.substituting(post), into: destination.input.name, of: target)
        return Merged(names: names)
    }

    /// A continuous coupling sums into an accumulator per neuron on each side (`current_A` in the target, `current_B` in the
    /// source; one when they are the same population), which the neurons' inputs read.
    private func couple(_ forward: Expr, _ source: Population, _ target: Population, _ input: NeuronModel.Input,
                        _ sourceInput: NeuronModel.Input) -> Coupling {
        func accumulator(in population: Population, for other: Population) -> String {
            let name = uniqueName("current_\(other.name)", in: population)
            population.addVariable(.init(name: name, initial: .zero, dimension: input.dimension, unit: input.unit))
            addCurrent(.symbol(name), into: population === target ? input.name : sourceInput.name, of: population)
            return name
        }
        let targetAccumulator = accumulator(in: target, for: source)
        let sourceAccumulator = source === target ? targetAccumulator : accumulator(in: source, for: target)
        var swap: [String: Expr] = [:]
        for name in forward.symbols where name.hasSuffix("_pre") { swap[name] = .symbol(String(name.dropLast(4)) + "_post") }
        for name in forward.symbols where name.hasSuffix("_post") { swap[name] = .symbol(String(name.dropLast(5)) + "_pre") }
        return Coupling(forward: forward, reverse: forward.substituting(swap),
                        targetAccumulator: targetAccumulator, sourceAccumulator: sourceAccumulator)
    }

    /// `input` → `input + current` wherever the target's model reads the input.
    func addCurrent(_ current: Expr, into input: String, of target: Population) {
        let sum = [input: Expr.symbol(input) + current]
        var model = target.model
        model.equations = model.equations.map { ($0.variable, $0.rhs.substituting(sum)) }
        model.spike = model.spike?.substituting(sum)
        model.reset = model.reset.map { .init(variable: $0.variable, value: $0.value.substituting(sum)) }
        if case .whileTrue(let condition)? = model.refractory { model.refractory = .whileTrue(condition.substituting(sum)) }
        target.model = model
    }

    /// Per-post variables and parameters take the source's name as a suffix (`g_Exc`), made unique in the target.
    private func targetNames(for synapse: SynapseModel, source: String, target: Population) -> [String: String] {
        var names: [String: String] = [:]
        for name in synapse.perPostVariables.map(\.name) + synapse.dynamics.parameters.map(\.name) {
            names[name] = uniqueName("\(name)_\(source)", in: target, besides: Set(names.values))
        }
        return names
    }

    func uniqueName(_ base: String, in population: Population, besides reserved: Set<String> = []) -> String {
        let model = population.model
        let taken = reserved.union(model.variables.map(\.name) + model.parameters.map(\.name) + model.inputs.map(\.name))
        var candidate = base, n = 2
        while taken.contains(candidate) {
            candidate = "\(base)_\(n)"
            n += 1
        }
        return candidate
    }

    // MARK: - At run time

    /// Draws the connections not yet drawn (the seed is known now) and sizes the delay rings for this dt.
    func prepareProjections(dt: Double, at range: SourceRange) throws {
        for projection in projections {
            let values = projection.synapse.dynamics.parameters.reduce(into: [String: Double]()) {
                $0[$1.name] = projection.target.parameters[projection.targetNames[$1.name]!]
            }
            do {
                try projection.build(seed: seed, dt: dt, time: time, parameters: values, cache: cache)
                try projection.prepareDelays(dt: dt)
            } catch ProjectionError.delayTooLong(let steps) {
                throw Diagnostic("the delays of \(projection.source.name) -> \(projection.target.name) span \(steps) steps, more than the spikes in flight can be kept for",
                                 at: range, hint: "use a larger dt or shorter delays")
            } catch ProjectionError.invalidDelay(let value) {
                throw Diagnostic("a per-synapse delay of \(projection.source.name) -> \(projection.target.name) is \(value) s; delays must be 0 or more",
                                 at: range, hint: "e.g. delay = 1 ms + 2 ms * rand()")
            } catch ProjectionError.delaysRoundedToAnotherStep(let built) {
                throw Diagnostic("the per-synapse delays of \(projection.source.name) -> \(projection.target.name) were rounded to dt = \(format(built, projection.synapse.dynamics.timeDimension)); run with that dt",
                                 at: range)
            } catch let failure as CompileFailure {
                throw failure.diagnostic(fallback: range)
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
                                  coupling: projection.coupling,
                                  range: synapse.dynamics.range)
        }
    }

    func poissonInputPlans(_ populationIndex: (Population) -> Int) -> [PoissonInputPlan] {
        poissonInputs.map { PoissonInputPlan(name: $0.name, target: populationIndex($0.target), rate: $0.rate, increments: $0.increments) }
    }

    func projectionParameters(_ set: (String, Double) -> Void) {
        for input in poissonInputs {
            set("\(input.name).N", Double(input.count))
            set("\(input.name).w", input.weight)
        }
        for projection in projections {
            if !projection.weightPerSynapse, case .constant(let w) = projection.weight { set("\(projection.name).w", w) }
            set("\(projection.name).R", Double(projection.spikesInFlight.slots))
        }
    }
}

/// `population G = generator(N, times = "1 ms, 2 ms", indices = "0, 1")`
extension Interpreter {
    /// The generator in the network's time: with units when the populations before
    /// it have them, dimensionless when they have none; the first population of a
    /// network is dimensionless when its times are plain numbers.
    func generatorModel(_ declaration: PopulationDeclaration) -> NeuronModel {
        let dimensionless: Bool
        if let first = populations.first {
            dimensionless = first.model.timeDimension == .one
        } else if let times = declaration.overrides.first(where: { $0.name == "times" }), case .string(let text) = times.value.kind {
            dimensionless = (try? numbers(in: text, dimension: .one, what: "times", at: times.value.range))?.isEmpty == false
        } else {
            dimensionless = false
        }
        return dimensionless ? SpikeSources.dimensionlessGenerator : SpikeSources.models[SpikeSources.generator]!
    }

    func schedule(_ declaration: PopulationDeclaration, size: Int, timeDimension: Dimension) throws -> SpikeSchedule {
        var lists: [String: (values: [Double], range: SourceRange)] = [:]
        for override in declaration.overrides {
            guard override.name == "times" || override.name == "indices", case .string(let text) = override.value.kind else {
                throw Diagnostic("a generator takes times = \"...\" and indices = \"...\"", at: override.range,
                                 hint: "generator(2, times = \"1 ms, 2.5 ms\", indices = \"0, 1\")")
            }
            let dimension = override.name == "times" ? timeDimension : .one
            lists[override.name] = (try numbers(in: text, dimension: dimension, what: override.name, at: override.value.range), override.value.range)
        }
        let times = lists["times"]?.values ?? []
        let indices = lists["indices"]?.values ?? (size == 1 ? [Double](repeating: 0, count: times.count) : [])
        guard indices.count == times.count else {
            throw Diagnostic("a generator needs one index per time: \(times.count) times, \(indices.count) indices",
                             at: lists["indices"]?.range ?? declaration.range, hint: "indices = \"0, 1, ...\" (may be left out when N = 1)")
        }
        if let bad = indices.first(where: { $0 != $0.rounded() || $0 < 0 || $0 >= Double(size) }) {
            throw Diagnostic("index \(bad) is not a neuron of \(declaration.name) (0 to \(size - 1))", at: lists["indices"]!.range)
        }
        return SpikeSchedule(times: times, indices: indices.map { Int32($0) })
    }

    /// Comma-separated constants written inside a string: `"1 ms, 2.5 ms"`.
    private func numbers(in text: String, dimension: Dimension, what: String, at range: SourceRange) throws -> [Double] {
        let (tokens, lexErrors) = Lexer.tokenize(text)
        if let error = lexErrors.first { throw Diagnostic("in \(what): \(error.message)", at: range) }
        var parser = Parser(tokens: tokens)
        var values: [Double] = []
        do {
            while !parser.isAtEnd {
                _ = parser.match(.newline)
                let e = try parser.expression()
                values.append(try constant(e, dimension: dimension, what: "each of \(what)", scope: Scope()))
                if !parser.match(",") && !parser.isAtEnd {
                    throw Diagnostic("expected ',' between \(what), found \(parser.peek.description)", at: parser.peek.range)
                }
            }
        } catch let inner as Diagnostic {
            throw Diagnostic("in \(what): \(inner.message)", at: range, hint: inner.hint)
        }
        return values
    }
}
