import Language
import Model

/// `network EI(NE = 3200) { ... }` and `network V1 = EI(NE = 4000)`: composition as a stage on the network.
/// An instance applies its definition's statements, renamed (`InstanceRenaming`), as if written one by one:
/// it becomes ordinary populations and projections with dotted names (`V1.E`, `V1.E_I`), so everything after
/// this stage sees a flat network. Its connections, initial values, noise and Poisson draws come from streams
/// numbered from its name (`RandomStreams(instance:)`), so an instance draws alike whatever else the network holds.
extension NetworkBuilder {
    /// Names a parameter cannot take: an expression in the body reads them as the neuron's index, the size, the time.
    static let reservedNetworkParameters: Set<String> = ["i", "j", "N", "t"]

    mutating func define(_ definition: NetworkDefinition) throws {
        try requireUndefined(definition.name, at: definition.range)
        var seen: Set<String> = []
        for parameter in definition.parameters {
            guard seen.insert(parameter.name).inserted else { throw Diagnostic(.givenTwice(name: parameter.name), at: parameter.range) }
            if NetworkBuilder.reservedNetworkParameters.contains(parameter.name) {
                throw Diagnostic(.nameTaken(name: parameter.name, kind: "value every expression reads (i, j, N, t)"), at: parameter.range,
                                 hint: "choose another name for the parameter")
            }
        }
        network.networkDefinitions[definition.name] = definition
        network.definitions[definition.name] = definition.range
    }

    /// Builds `instance` under `prefix` (`V1.` for one nested in V1); `within` lists the definitions being expanded.
    /// A sweep's member draws from the streams of the instance it stands for (`streams`, the sweep's name) with
    /// its own `seed` when it has one, so that it draws what that instance would draw alone.
    mutating func instantiate(_ instance: NetworkInstance, prefix: String = "", within: [String] = [],
                              streams: String? = nil, seed: UInt64? = nil) throws {
        guard let definition = network.networkDefinitions[instance.definition] else {
            let known = network.networkDefinitions.keys.sorted()
            throw Diagnostic(.unknown(kind: "network definition", name: instance.definition), at: instance.definitionRange,
                             hint: known.isEmpty ? "define it first: network \(instance.definition)(N = 100) { ... }" : "networks are " + known.joined(separator: ", "))
        }
        guard !within.contains(definition.name) else {
            throw Diagnostic(.recursiveNetwork(name: definition.name), at: instance.definitionRange,
                             hint: "a network may hold instances of other networks only")
        }
        let name = prefix + instance.name
        let taken = network.populations.map(\.name) + network.projections.map(\.name) + network.instances.map(\.name)
        if let kind = taken.contains(name) ? "population, projection or network" : nil {
            throw Diagnostic(.nameTaken(name: name, kind: kind), at: instance.nameRange, hint: "choose another name")
        }
        let values = try parameterValues(definition, instance)
        var local: Set<String> = []
        for statement in definition.body {
            if case .population(let declaration) = statement { local.insert(declaration.name) }
            if case .networkInstance(let nested) = statement { local.insert(nested.name) }
        }
        network.instances.append(NetworkInstanceRecord(
            name: name, definition: definition.name,
            arguments: definition.parameters.map { "\($0.name) = \(Self.text(values[$0.name]!))" }))
        let renaming = InstanceRenaming(prefix: name + ".", local: local, values: values)
        let outerStreams = network.streams
        let streamName = streams ?? name
        network.streams = RandomStreams(instance: streamName, seed: seed)
        defer { network.streams = outerStreams }
        for statement in definition.body {
            do {
                if case .networkInstance(let nested) = renaming.statement(statement) {
                    try instantiate(nested, prefix: name + ".", within: within + [definition.name],
                                    streams: streamName + "." + nested.name, seed: seed)
                } else {
                    try apply(renaming.statement(statement))
                }
            } catch let diagnostic as Diagnostic where prefix.isEmpty {
                throw Diagnostic(.inNetworkInstance(instance: name, problem: diagnostic.problem), at: instance.range, hint: diagnostic.hint)
            }
        }
    }

    /// Each parameter's expression: the instance's argument, or the default with the parameters before it replaced.
    private func parameterValues(_ definition: NetworkDefinition, _ instance: NetworkInstance) throws -> [String: Expression] {
        var given: [String: Expression] = [:]
        for argument in instance.arguments {
            guard definition.parameters.contains(where: { $0.name == argument.name }) else {
                throw Diagnostic(.noSuchMember(owner: "network \(definition.name)", kind: "parameter", name: argument.name), at: argument.range,
                                 hint: definition.parameters.isEmpty ? "it takes none" : "its parameters are " + definition.parameters.map(\.name).joined(separator: ", "))
            }
            guard given.updateValue(argument.value, forKey: argument.name) == nil else { throw Diagnostic(.givenTwice(name: argument.name), at: argument.range) }
        }
        var values: [String: Expression] = [:]
        for parameter in definition.parameters {
            values[parameter.name] = given[parameter.name] ?? InstanceRenaming(prefix: "", local: [], values: values).expression(parameter.value)
        }
        return values
    }

    /// An argument as `soma check` shows it: its value in its unit, or its expression in SI units.
    private static func text(_ e: Expression) -> String {
        var scope = Scope()
        for name in ["i", "j", "N"] { scope[name] = .symbol(.one) }
        guard let typed = try? ExpressionResolver(scope: scope).lower(e) else { return "(an expression)" }
        return Network.valueText(typed.expr, .preferred(for: typed.dimension))
    }
}
