import class Foundation.ProcessInfo
import Language
import Library
import Model
import Symbolic

/// `population P = Model(N, ...)` and `P.field = value`.
extension NetworkBuilder {
    mutating func createPopulation(_ declaration: PopulationDeclaration) throws {
        let models = network.models
        guard let declared = models[declaration.model] ?? SpikeSources.models[declaration.model] ?? NeuronLibrary.models[declaration.model] else {
            let known = models.keys.sorted()
            throw Diagnostic(.unknown(kind: "model", name: declaration.model), at: declaration.modelRange,
                             hint: (known.isEmpty ? "define it first with neuron \(declaration.model) { ... }" : "models are " + known.joined(separator: ", "))
                                 + "; the library has " + NeuronLibrary.names.joined(separator: ", "))
        }
        if network.populationIndex(named: declaration.name) != nil || models[declaration.name] != nil || network.synapses[declaration.name] != nil {
            throw Diagnostic(.alreadyDefined(name: declaration.name), at: declaration.range)
        }
        let isGenerator = declaration.model == SpikeSources.generator && models[declaration.model] == nil
        let model = isGenerator ? generatorModel(declaration) : declared
        if let other = network.populations.first, other.model.timeDimension != model.timeDimension {
            throw Diagnostic(.clockMismatch(model: declaration.model, withUnits: model.timeDimension == .time, other: other.name, otherModel: other.model.name,
                                             otherWithUnits: other.model.timeDimension == .time),
                             at: declaration.modelRange, hint: "write every model with units, or none")
        }
        let size = try populationSize(declaration.size)
        try requireMemory(for: model, size: size, at: declaration.size.range)
        let drives = isGenerator ? [] : declaration.overrides.filter { model.input($0.name) != nil }
        let parameters = try NetworkBuilder.parameterValues(of: model, overrides: isGenerator ? [] : declaration.overrides.filter { model.input($0.name) == nil })
        let spikeTimes = isGenerator ? try generatorSpikes(declaration, size: size, timeDimension: model.timeDimension) : nil
        network.populations.append(NetworkPopulation(
            name: declaration.name, model: model, size: size, parameters: parameters,
            drives: Dictionary(uniqueKeysWithValues: model.inputs.map { ($0.name, Drive.constant($0.defaultValue)) }),
            spikeTimes: spikeTimes, createdAt: time, randomStream: network.streams.running(), seed: network.streams.seed,
            declarationRange: declaration.range))
        let p = network.populations.count - 1
        for variable in model.variables {
            queueInitialValue(p, variable.name, variable.initial)
        }
        for drive in drives {
            try assign(FieldReference(population: declaration.name, field: drive.name, slice: nil, range: drive.range), drive.value)
        }
    }

    /// The model's parameter values with `Model(name = value, ...)` overrides applied.
    static func parameterValues(of model: NeuronModel, overrides: [Binding]) throws -> [String: Double] {
        var parameters = Dictionary(uniqueKeysWithValues: model.parameters.map { ($0.name, $0.value) })
        for override in overrides {
            guard let parameter = model.parameter(override.name) else {
                throw Diagnostic(.noSuchMember(owner: model.name, kind: "parameter", name: override.name), at: override.range,
                                 hint: model.parameters.isEmpty ? "\(model.name) has no parameters" : "its parameters are " + model.parameters.map(\.name).joined(separator: ", "))
            }
            parameters[override.name] = try ExpressionResolver.constant(override.value, dimension: parameter.dimension, what: "parameter \(override.name)", scope: Scope())
        }
        return parameters
    }

    private func populationSize(_ e: Expression) throws -> Int {
        let value = try ExpressionResolver.constant(e, dimension: .one, what: "the number of neurons", scope: Scope())
        guard value >= 1, value <= 1e9, value == value.rounded() else {
            throw Diagnostic(.outOfRange(what: "the number of neurons", value: value, valid: "must be a whole number from 1 to 10^9"), at: e.range)
        }
        return Int(value)
    }

    /// State costs 8 bytes per variable and 9 per neuron for flags; refuse what the machine cannot hold.
    private func requireMemory(for model: NeuronModel, size: Int, at range: SourceRange) throws {
        let bytes = Double(size) * Double(model.variables.count * 8 + 9)
        let available = Double(ProcessInfo.processInfo.physicalMemory) / 2
        guard bytes <= available else {
            throw Diagnostic(.populationTooLarge(size: size, model: model.name, gigabytes: Int(bytes / 1e9)),
                             at: range)
        }
    }

    mutating func queueInitialValue(_ p: Int, _ variable: String, _ value: Expr) {
        network.initialValues.append(InitialValue(population: p, variable: variable, value: value, stream: network.streams.initialValue(),
                                                          seed: network.streams.seed))
    }

    // MARK: - Population.field = value

    mutating func assign(_ field: FieldReference, _ value: Expression) throws {
        let p = try network.populationIndex(field.population, at: field.range)
        let model = network.populations[p].model
        if field.slice != nil {
            throw Diagnostic(.partialAssignment(population: field.population, field: field.field), at: field.range,
                             hint: "e.g. \(field.population).\(field.field) = ... * i / N")
        }
        if let variable = model.variable(field.field) {
            let typed = try lowerPerNeuron(value, p, allowRandom: true, allowTime: false)
            try requireDimension(typed, variable.dimension, of: "\(field.population).\(field.field)", value)
            queueInitialValue(p, variable.name, typed.expr)
        } else if let input = model.input(field.field) {
            let typed = try lowerPerNeuron(value, p, allowRandom: false, allowTime: true)
            try requireDimension(typed, input.dimension, of: "\(field.population).\(field.field)", value)
            network.populations[p].drives[input.name] = typed.expr.constantValue.map(Drive.constant) ?? .expression(typed.expr)
        } else if let parameter = model.parameter(field.field) {
            network.populations[p].parameters[parameter.name] = try ExpressionResolver.constant(
                value, dimension: parameter.dimension, what: "parameter \(parameter.name)", scope: network.parameterScope(p))
        } else {
            let names = (model.variables.map(\.name) + model.inputs.map(\.name) + model.parameters.map(\.name)).joined(separator: ", ")
            throw Diagnostic(.noSuchMember(owner: model.name, kind: "variable, input or parameter", name: field.field), at: field.range,
                             hint: names.isEmpty ? nil : "\(field.population) has " + names)
        }
    }

    /// Initial values read i, N, parameters and current state; drives read t, i, N and parameters.
    private func lowerPerNeuron(_ value: Expression, _ p: Int, allowRandom: Bool, allowTime: Bool) throws -> ExpressionResolver.Typed {
        let population = network.populations[p]
        var scope = network.parameterScope(p)
        scope["i"] = .symbol(.one)
        scope["N"] = .expression(.constant(Double(population.size)), .one)
        for variable in population.model.variables {
            scope[variable.name] = allowTime
                ? .unavailable(.driveReadsState(variable: variable.name))
                : .symbol(variable.dimension)
        }
        scope["t"] = allowTime ? .symbol(population.model.timeDimension) : .expression(.constant(time), population.model.timeDimension)
        let typed = try ExpressionResolver(scope: scope).lower(value)
        if typed.expr.isRandom, !allowRandom {
            throw Diagnostic(.drawsRandomNumbers(what: "a drive", reason: "it is evaluated every step"), at: value.range,
                             hint: "for a random but fixed drive per neuron, add a var to the model and set it with rand()")
        }
        return typed
    }

    func requireDimension(_ typed: ExpressionResolver.Typed, _ dimension: Dimension, of what: String, _ e: Expression) throws {
        guard typed.dimension == dimension || typed.isBareZero else {
            throw Diagnostic(.unitMismatch(subject: what, expected: dimension, found: typed.dimension), at: e.range)
        }
    }
}
