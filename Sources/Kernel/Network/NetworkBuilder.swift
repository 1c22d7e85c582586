import Language
import Library
import Model

/// Applies the statements that build a network — definitions, populations,
/// connections, couplings, values and recordings — one at a time, each to a copy
/// of the network: a statement that throws a positioned `Diagnostic` leaves the
/// network as it was.
///
///     var builder = NetworkBuilder(network, time: 0)
///     try builder.apply(statement)
///     network = builder.network
public struct NetworkBuilder {
    public internal(set) var network: Network
    /// Model time now: when a population is created or a recording starts, and `t` in an initial value.
    let time: Double

    public init(_ network: Network, time: Double) {
        self.network = network
        self.time = time
    }

    /// Whether `apply` takes the statement (the others run, print or analyse).
    public static func builds(_ statement: Statement) -> Bool {
        switch statement {
        case .model, .synapse, .channel, .population, .connect, .assign, .record, .recordRate, .couple, .networkDefinition, .networkInstance: return true
        case .run, .print, .plot, .export, .fixedpoints, .phaseplane, .bifurcation, .linearize, .reset, .delete, .store, .restore,
             .readout, .train, .forecast, .task, .fiCurve: return false
        }
    }

    public mutating func apply(_ statement: Statement) throws {
        switch statement {
        case .model(let declaration):
            try requireUndefined(declaration.name, at: declaration.range)
            network.models[declaration.name] = try ModelResolver.resolve(ChannelLibrary.composer(with: network.channels).compose(declaration))
            network.definitions[declaration.name] = declaration.range
        case .channel(let declaration):
            try requireUndefined(declaration.name, at: declaration.range)
            network.channels[declaration.name] = declaration
            network.definitions[declaration.name] = declaration.range
        case .synapse(let declaration):
            try requireUndefined(declaration.name, at: declaration.range)
            network.synapses[declaration.name] = try SynapseResolver.resolve(declaration)
            network.definitions[declaration.name] = declaration.range
        case .population(let declaration):
            try createPopulation(declaration)
        case .connect(let statement):
            try connect(statement)
        case .assign(let field, let value):
            try assign(field, value)
        case .record(let fields, let every, _):
            try record(fields, every: every)
        case .recordRate(let population, let populationRange, let window, _):
            try recordRate(population, at: populationRange, window: window)
        case .couple(let declaration):
            try couple(declaration)
        case .networkDefinition(let definition):
            try define(definition)
        case .networkInstance(let instance):
            try instance.sweep.isEmpty ? instantiate(instance) : sweep(instance)
        case .run, .print, .plot, .export, .fixedpoints, .phaseplane, .bifurcation, .linearize, .reset, .delete, .store, .restore,
             .readout, .train, .forecast, .task, .fiCurve:
            preconditionFailure("NetworkBuilder.apply takes only the statements NetworkBuilder.builds accepts")
        }
    }

    /// Models, synapses, channels and network definitions share one name space: `using NAME` and `= NAME(N)` must not be ambiguous.
    func requireUndefined(_ name: String, at range: SourceRange) throws {
        if let first = network.definitions[name] {
            throw Diagnostic(.redefinition(name: name, firstLine: first.start.line), at: range,
                             hint: "choose another name")
        }
    }
}

extension Network {
    /// The index of a population named in a statement, or a diagnostic naming those that exist.
    public func populationIndex(_ name: String, at range: SourceRange) throws -> Int {
        if let index = populationIndex(named: name) { return index }
        let known = populations.map(\.name)
        let hint = known.isEmpty ? "create one first: population \(name) = Model(N)"
            : "populations are " + known.joined(separator: ", ")
        throw Diagnostic(.unknown(kind: "population", name: name), at: range, hint: hint)
    }

    /// A population's parameters as constants, for expressions evaluated once (initial values, weights).
    func parameterScope(_ p: Int) -> Scope {
        var scope = Scope()
        let population = populations[p]
        for parameter in population.model.parameters {
            scope[parameter.name] = .expression(.constant(population.parameters[parameter.name]!), parameter.dimension)
        }
        return scope
    }

    /// `[a:b]`, `[a]` or nothing (all neurons), checked against the population size.
    public func indexRange(_ slice: Slice?, in p: Int, at range: SourceRange) throws -> Range<Int> {
        try Network.indexRange(slice, count: populations[p].size, owner: populations[p].name, items: "neurons", at: range)
    }

    /// `[a:b]`, `[a]` or nothing (all), checked against the `count` `items` (neurons, synapses) of `owner`.
    public static func indexRange(_ slice: Slice?, count: Int, owner: String, items: String, at range: SourceRange) throws -> Range<Int> {
        func index(_ e: Expression?, default value: Int) throws -> Int {
            guard let e else { return value }
            let v = try ExpressionResolver.constant(e, dimension: .one, what: "an index", scope: Scope())
            guard v == v.rounded() else { throw Diagnostic(.outOfRange(what: "an index", value: nil, valid: "must be a whole number"), at: e.range) }
            guard abs(v) <= 1e15 else {
                throw Diagnostic(.indexOutOfRange(owner: owner, items: items, count: count), at: e.range)
            }
            return Int(v)
        }
        let bounds: Range<Int>
        switch slice {
        case nil: bounds = 0..<count
        case .single(let e):
            let i = try index(e, default: 0)
            bounds = i..<(i + 1)
        case .range(let lo, let hi):
            let a = try index(lo, default: 0), b = try index(hi, default: count)
            guard a < b else { throw Diagnostic(.emptyIndexRange(lower: a, upper: b), at: range) }
            bounds = a..<b
        }
        guard bounds.lowerBound >= 0, bounds.upperBound <= count else {
            throw Diagnostic(.indexOutOfRange(owner: owner, items: items, count: count), at: range)
        }
        return bounds
    }

    /// The one time dimension of the network's models (model time when dimensionless).
    public func commonTimeDimension(at range: SourceRange) throws -> Dimension {
        let dimensions = timeDimensions
        guard dimensions.count == 1 else {
            throw Diagnostic(.mixedClocks, at: range,
                             hint: "write every model with units, or none")
        }
        return dimensions.first!
    }
}
