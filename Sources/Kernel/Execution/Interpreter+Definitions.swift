import Foundation

/// Statements that build the network: definitions, populations, values, recordings.
extension Interpreter {
    func define(_ declaration: ModelDeclaration) throws {
        try requireUndefined(declaration.name, at: declaration.range)
        models[declaration.name] = try ModelResolver.resolve(declaration)
        modelRanges[declaration.name] = declaration.range
    }

    /// Models and synapses share one name space: `using NAME` and `= NAME(N)` must not be ambiguous.
    func requireUndefined(_ name: String, at range: SourceRange) throws {
        if let first = modelRanges[name] ?? synapseRanges[name] {
            throw Diagnostic("redefinition of \(name) (first defined at line \(first.start.line))", at: range,
                             hint: "choose another name")
        }
    }

    func createPopulation(_ declaration: PopulationDeclaration) throws {
        guard let declared = models[declaration.model] ?? SpikeSources.models[declaration.model] else {
            let known = models.keys.sorted()
            throw Diagnostic("unknown model '\(declaration.model)'", at: declaration.modelRange,
                             hint: known.isEmpty ? "define it first with neuron \(declaration.model) { ... }" : "models are " + known.joined(separator: ", "))
        }
        if population(named: declaration.name) != nil || models[declaration.name] != nil || synapses[declaration.name] != nil {
            throw Diagnostic("'\(declaration.name)' is already defined", at: declaration.range)
        }
        let isGenerator = declaration.model == SpikeSources.generator && models[declaration.model] == nil
        let model = isGenerator ? generatorModel(declaration) : declared
        let size = try populationSize(declaration.size)
        try requireMemory(for: model, size: size, at: declaration.size.range)
        let drives = isGenerator ? [] : declaration.overrides.filter { model.input($0.name) != nil }
        let parameters = try parameterValues(of: model, overrides: isGenerator ? [] : declaration.overrides.filter { model.input($0.name) == nil })
        let population = Population(name: declaration.name, model: model, size: size, parameters: parameters, createdAt: time)
        if isGenerator { population.schedule = try schedule(declaration, size: size, timeDimension: model.timeDimension) }
        for variable in model.variables {
            queueInitialValue(population, variable.name, variable.initial)
        }
        populations.append(population)
        do {
            for drive in drives {
                try assign(FieldReference(population: population.name, field: drive.name, slice: nil, range: drive.range), drive.value)
            }
        } catch {
            populations.removeLast()
            throw error
        }
    }

    /// The model's parameter values with `Model(name = value, ...)` overrides applied.
    func parameterValues(of model: NeuronModel, overrides: [Binding]) throws -> [String: Double] {
        var parameters = Dictionary(uniqueKeysWithValues: model.parameters.map { ($0.name, $0.value) })
        for override in overrides {
            guard let parameter = model.parameter(override.name) else {
                throw Diagnostic("\(model.name) has no parameter '\(override.name)'", at: override.range,
                                 hint: model.parameters.isEmpty ? "\(model.name) has no parameters" : "its parameters are " + model.parameters.map(\.name).joined(separator: ", "))
            }
            parameters[override.name] = try constant(override.value, dimension: parameter.dimension, what: "parameter \(override.name)", scope: Scope())
        }
        return parameters
    }

    private func populationSize(_ e: Expression) throws -> Int {
        let value = try constant(e, dimension: .one, what: "the number of neurons", scope: Scope())
        guard value >= 1, value <= 1e9, value == value.rounded() else {
            throw Diagnostic("the number of neurons must be a whole number from 1 to 10^9, not \(value)", at: e.range)
        }
        return Int(value)
    }

    /// State costs 8 bytes per variable and 9 per neuron for flags; refuse what the machine cannot hold.
    private func requireMemory(for model: NeuronModel, size: Int, at range: SourceRange) throws {
        let bytes = Double(size) * Double(model.variables.count * 8 + 9)
        let available = Double(ProcessInfo.processInfo.physicalMemory) / 2
        guard bytes <= available else {
            throw Diagnostic("\(size) neurons of \(model.name) need \(Int(bytes / 1e9)) GB of state, more than half of this machine's memory",
                             at: range)
        }
    }

    /// A constant of a given dimension (parameter values, sizes, durations).
    func constant(_ e: Expression, dimension: Dimension, what: String, scope: Scope) throws -> Double {
        let typed = try Lowering(scope: scope).lower(e)
        guard typed.dimension == dimension || typed.isBareZero else {
            throw Diagnostic("unit mismatch: \(what) is \(dimension), the value is \(typed.dimension)", at: e.range)
        }
        guard let value = typed.expr.constantValue else {
            throw Diagnostic("\(what) must be a constant", at: e.range)
        }
        return value
    }

    func queueInitialValue(_ population: Population, _ variable: String, _ value: Expr) {
        assignmentCount += 1
        pendingInitialValues.append(PendingInitialValue(population: population, variable: variable, value: value,
                                                        stream: 0x8000_0000 | assignmentCount))
    }

    // MARK: - Population.field = value

    func assign(_ field: FieldReference, _ value: Expression) throws {
        let population = try self.population(field.population, at: field.range)
        let model = population.model
        if field.slice != nil {
            throw Diagnostic("assign the whole of \(field.population).\(field.field); use i to vary it by neuron", at: field.range,
                             hint: "e.g. \(field.population).\(field.field) = ... * i / N")
        }
        if let variable = model.variable(field.field) {
            let typed = try lowerPerNeuron(value, population, allowRandom: true, allowTime: false)
            try requireDimension(typed, variable.dimension, of: "\(field.population).\(field.field)", value)
            queueInitialValue(population, variable.name, typed.expr)
        } else if let input = model.input(field.field) {
            let typed = try lowerPerNeuron(value, population, allowRandom: false, allowTime: true)
            try requireDimension(typed, input.dimension, of: "\(field.population).\(field.field)", value)
            population.drives[input.name] = typed.expr.constantValue.map(Population.Drive.constant) ?? .expression(typed.expr)
        } else if let parameter = model.parameter(field.field) {
            population.parameters[parameter.name] = try constant(value, dimension: parameter.dimension,
                                                                 what: "parameter \(parameter.name)", scope: parameterScope(population))
        } else {
            let names = (model.variables.map(\.name) + model.inputs.map(\.name) + model.parameters.map(\.name)).joined(separator: ", ")
            throw Diagnostic("\(model.name) has no variable, input or parameter '\(field.field)'", at: field.range,
                             hint: names.isEmpty ? nil : "\(field.population) has " + names)
        }
    }

    func parameterScope(_ population: Population) -> Scope {
        var scope = Scope()
        for p in population.model.parameters {
            scope[p.name] = .expression(.constant(population.parameters[p.name]!), p.dimension)
        }
        return scope
    }

    /// Initial values read i, N, parameters and current state; drives read t, i, N and parameters.
    private func lowerPerNeuron(_ value: Expression, _ population: Population, allowRandom: Bool, allowTime: Bool) throws -> Lowering.Typed {
        var scope = parameterScope(population)
        scope["i"] = .symbol(.one)
        scope["N"] = .expression(.constant(Double(population.size)), .one)
        for variable in population.model.variables {
            scope[variable.name] = allowTime
                ? .unavailable("a drive cannot read the state variable \(variable.name): put the dependence in the model's equations")
                : .symbol(variable.dimension)
        }
        scope["t"] = allowTime ? .symbol(population.model.timeDimension) : .expression(.constant(time), population.model.timeDimension)
        let typed = try Lowering(scope: scope).lower(value)
        if typed.expr.isRandom, !allowRandom {
            throw Diagnostic("a drive cannot draw random numbers (it is evaluated every step)", at: value.range,
                             hint: "for a random but fixed drive per neuron, add a var to the model and set it with rand()")
        }
        return typed
    }

    private func requireDimension(_ typed: Lowering.Typed, _ dimension: Dimension, of what: String, _ e: Expression) throws {
        guard typed.dimension == dimension || typed.isBareZero else {
            throw Diagnostic("unit mismatch: \(what) is \(dimension), the value is \(typed.dimension)", at: e.range)
        }
    }

    // MARK: - record

    func record(_ fields: [FieldReference], every: Expression?) throws {
        var interval: Double?
        if let every {
            let dimension = populations.first?.model.timeDimension ?? .time
            interval = try constant(every, dimension: dimension, what: "the recording interval", scope: Scope())
            guard interval! > 0 else { throw Diagnostic("the recording interval must be positive", at: every.range) }
        }
        for field in fields {
            let population = try self.population(field.population, at: field.range)
            if field.field == "spikes" {
                guard population.model.spike != nil else {
                    throw Diagnostic("\(population.name) never spikes: \(population.model.name) has no spike condition", at: field.range)
                }
                spikeRecords[population.name] = SpikeRecord(population: population.name, start: time)
                continue
            }
            guard population.model.variable(field.field) != nil else {
                throw Diagnostic("\(population.model.name) has no state variable '\(field.field)'", at: field.range,
                                 hint: "record spikes or one of: " + population.model.variables.map(\.name).joined(separator: ", "))
            }
            let range = try indexRange(field.slice, in: population, at: field.range)
            stateRecords.append(StateRecord(population: population.name, variable: field.field, range: range, everySteps: 1, startStep: -1))
            recordEvery.append(interval)
        }
    }

    /// `[a:b]`, `[a]` or nothing (all neurons), checked against the population size.
    func indexRange(_ slice: Slice?, in population: Population, at range: SourceRange) throws -> Range<Int> {
        func index(_ e: Expression?, default value: Int) throws -> Int {
            guard let e else { return value }
            let v = try constant(e, dimension: .one, what: "an index", scope: Scope())
            guard v == v.rounded() else { throw Diagnostic("an index must be a whole number", at: e.range) }
            guard abs(v) <= 1e15 else {
                throw Diagnostic("index out of range: \(population.name) has neurons 0 to \(population.size - 1)", at: e.range)
            }
            return Int(v)
        }
        let bounds: Range<Int>
        switch slice {
        case nil: bounds = 0..<population.size
        case .single(let e):
            let i = try index(e, default: 0)
            bounds = i..<(i + 1)
        case .range(let lo, let hi):
            let a = try index(lo, default: 0), b = try index(hi, default: population.size)
            guard a < b else { throw Diagnostic("empty index range [\(a):\(b)]", at: range) }
            bounds = a..<b
        }
        guard bounds.lowerBound >= 0, bounds.upperBound <= population.size else {
            throw Diagnostic("index out of range: \(population.name) has neurons 0 to \(population.size - 1)", at: range)
        }
        return bounds
    }

    // MARK: - Initial values

    func realizeInitialValues() throws {
        let pending = pendingInitialValues
        pendingInitialValues = []
        for item in pending {
            let population = item.population
            var random = CounterRandom(seed: seed, stream: item.stream)
            let buffer = population.state[item.variable]!
            let parameters = population.parameters
            let size = Double(population.size)
            for i in 0..<population.size {
                random.startNeuron(i)
                buffer[i] = try item.value.evaluate({ name in
                    if name == "i" { return Double(i) }
                    if name == "N" { return size }
                    if let value = parameters[name] { return value }
                    return population.state[name].map { $0[i] }
                }, random: &random)
            }
        }
    }
}
