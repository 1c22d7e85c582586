import Language
import Lowering
import Model
import Network
import Output
import Runtime
import Symbolic

/// Evaluates the expressions of `print`: numbers with units, state arrays
/// (`Exc.V[0:3]`), a projection's per-synapse values (`AB.w[0:3]`), parameters, `rate(P)`, `count(P)`, `spikes(P)`, `t`,
/// a trained readout's errors `mse(Z, a, b)` and `mae(Z, a, b)`, and
/// arithmetic on them, element by element.
struct PrintEvaluator {
    let interpreter: Interpreter
    let source: String

    struct Value {
        var values: [Double]
        var isArray: Bool
        var dimension: Dimension
        /// The unit to show it in, when it comes from something the user declared.
        var unit: DisplayUnit?
        /// A unitless 0 as written, which matches any dimension in sums and comparisons (as in models).
        var isBareZero = false

        static func scalar(_ v: Double, _ dimension: Dimension = .one, unit: DisplayUnit? = nil) -> Value {
            Value(values: [v], isArray: false, dimension: dimension, unit: unit)
        }
    }

    func output(for e: Expression) throws -> Output {
        let text = String(decoding: Array(source.utf8)[e.range.start.offset..<e.range.end.offset], as: UTF8.self)
        if case .call("spikes", let args) = e.kind {
            return try spikes(args, at: e.range)
        }
        let value = try evaluate(e)
        let unit = value.unit ?? DisplayUnit.preferred(for: value.dimension)
        return .value(expression: text, values: value.values.map { $0 / unit.scale }, isArray: value.isArray, unit: unit.name)
    }

    private func evaluate(_ e: Expression) throws -> Value {
        switch e.kind {
        case .number(let v):
            var value = Value.scalar(v)
            value.isBareZero = v == 0
            return value
        case .quantity, .string:
            let typed = try ExpressionResolver(scope: Scope()).lower(e)
            return .scalar(typed.expr.constantValue ?? 0, typed.dimension, unit: WrittenUnit.of(e)?.unit)
        case .name(let name):
            return try name == "t" ? time(at: e.range) : unitConstant(name, at: e.range)
        case .member(let base, let field):
            return try member(base, field, slice: nil, at: e.range)
        case .index(let base, let slice):
            guard case .member(let inner, let field) = base.kind else {
                throw Diagnostic(.notIndexable(indexable: "Population.variable"), at: e.range)
            }
            return try member(inner, field, slice: slice, at: e.range)
        case .call(let name, let args):
            return try call(name, args, at: e.range)
        case .unary(.negate, let a):
            var v = try evaluate(a)
            v.values = v.values.map { -$0 }
            return v
        case .unary(.not, let a):
            let v = try evaluate(a)
            return Value(values: v.values.map { $0 == 0 ? 1 : 0 }, isArray: v.isArray, dimension: .one)
        case .binary(let op, let a, let b):
            return try binary(op, try evaluate(a), try evaluate(b), at: e.range)
        }
    }

    private var network: Network { interpreter.network }
    private var state: NetworkState { interpreter.state }

    /// Model time: 0 until a run, in the unit of the network's models (plain model time before any population exists).
    private func time(at range: SourceRange) throws -> Value {
        let dimension = network.populations.isEmpty ? .one : try network.commonTimeDimension(at: range)
        return .scalar(state.time, dimension, unit: DisplayUnit.preferred(for: dimension))
    }

    private func unitConstant(_ name: String, at range: SourceRange) throws -> Value {
        guard let unit = Units.lookup(name) else {
            throw Diagnostic(.unknown(kind: "name", name: name), at: range, hint: "print Population.variable, rate(P), count(P), spikes(P) or t")
        }
        return .scalar(unit.scale, unit.dimension, unit: DisplayUnit(name: name, scale: unit.scale))
    }

    private func member(_ base: Expression, _ field: String, slice: Slice?, at range: SourceRange) throws -> Value {
        guard let name = base.dottedName else { throw Diagnostic(.syntax(expected: "Population.\(field)", found: nil), at: range) }
        let isArray: Bool
        if case .single? = slice { isArray = false } else { isArray = true }
        let p: Int
        switch try interpreter.fieldOwner(name, at: base.range) {
        case .projection(let k):
            let synapses = try interpreter.synapseValues(k, field, slice: slice, at: range)
            return Value(values: synapses.values, isArray: isArray, dimension: synapses.dimension, unit: synapses.unit)
        case .population(let index): p = index
        }
        let population = network.populations[p]
        let model = population.model
        if let variable = model.variable(field) {
            let indices = try network.indexRange(slice, in: p, at: range)
            let buffer = state.populations[p].state[field]!
            return Value(values: indices.map { buffer[$0] }, isArray: isArray, dimension: variable.dimension, unit: variable.unit)
        }
        guard slice == nil else { throw Diagnostic(.notIndexable(indexable: "state variables"), at: range) }
        if let parameter = model.parameter(field) {
            return .scalar(population.parameters[field]!, parameter.dimension, unit: parameter.unit)
        }
        if let input = model.input(field) {
            guard case .constant(let v) = population.drives[field]! else {
                throw Diagnostic(.drivenByTime(population: name, input: field), at: range)
            }
            return .scalar(v, input.dimension, unit: input.unit)
        }
        throw Diagnostic(.noSuchMember(owner: model.name, kind: "variable, parameter or input", name: field), at: range)
    }

    private func call(_ name: String, _ args: [Expression], at range: SourceRange) throws -> Value {
        switch name {
        case "rate", "count":
            let p = try spikingPopulation(args, name, at: range)
            let population = network.populations[p]
            let (count, duration) = spikeTotals(p)
            if name == "count" { return .scalar(Double(count)) }
            guard duration > 0 else { throw Diagnostic(.nothingSimulated, at: range) }
            let dimension = Dimension.one / population.model.timeDimension
            return .scalar(Double(count) / (Double(population.size) * duration), dimension,
                           unit: dimension == .frequency ? DisplayUnit(name: "Hz", scale: 1) : nil)
        case "mean", "sum":
            guard args.count == 1 else { throw Diagnostic(.printArguments(function: name, takes: "1 argument", found: args.count), at: range) }
            var v = try evaluate(args[0])
            let total = v.values.reduce(0, +)
            v.values = [name == "sum" ? total : total / Double(max(1, v.values.count))]
            v.isArray = false
            return v
        case "mse", "mae":
            let (error, fitted) = try interpreter.readoutError(name, args, at: range)
            guard name == "mse" else { return .scalar(error.meanAbsolute * fitted.unit.scale, fitted.dimension, unit: fitted.unit) }
            let unit = DisplayUnit(name: fitted.unit.name.isEmpty ? "" : "\(fitted.unit.name)^2", scale: fitted.unit.scale * fitted.unit.scale)
            return .scalar(error.meanSquared * unit.scale, fitted.dimension * fitted.dimension, unit: unit)
        case "accuracy":
            return .scalar(try interpreter.taskAccuracy(args, at: range))
        case "spikes":
            throw Diagnostic(.onlyOnItsOwn(what: "spikes(P)"), at: range)
        default:
            return try mathFunction(name, args, at: range)
        }
    }

    private func mathFunction(_ name: String, _ args: [Expression], at range: SourceRange) throws -> Value {
        guard let f = MathFunction.callable.first(where: { $0.rawValue == name }), !f.isRandom else {
            throw Diagnostic(.unknownInPrint(function: name), at: range,
                             hint: "print knows rate, count, spikes, mean, sum and the math functions")
        }
        guard args.count == f.arity else { throw Diagnostic(.printArguments(function: name, takes: "\(f.arity) argument(s)", found: args.count), at: range) }
        let values = try args.map(evaluate)
        let dimension = try f.resultDimension(values.map(\.dimension), bareZero: values.map { _ in false }, at: range)
        let n = values.map(\.values.count).max() ?? 1
        guard values.allSatisfy({ $0.values.count == n || $0.values.count == 1 }) else {
            throw Diagnostic(.arrayLengthsDiffer(function: name, lengths: values.map(\.values.count)), at: range)
        }
        let result = (0..<n).map { k in f.apply(values.map { $0.values.count == 1 ? $0.values[0] : $0.values[k] }) }
        return Value(values: result, isArray: values.contains(where: \.isArray), dimension: dimension,
                     unit: f.keepsDimension ? values[0].unit : nil)
    }

    private func binary(_ op: BinaryOperator, _ a: Value, _ b: Value, at range: SourceRange) throws -> Value {
        guard a.values.count == b.values.count || a.values.count == 1 || b.values.count == 1 else {
            throw Diagnostic(.arraysCannotCombine(left: a.values.count, right: b.values.count), at: range)
        }
        if op == .power, b.values.count != 1 { throw Diagnostic(.outOfRange(what: "an exponent", value: nil, valid: "must be a single number"), at: range) }
        let dimension = try op.resultDimension(a.dimension, b.dimension, bareZero: (a.isBareZero, b.isBareZero),
                                               exponent: b.values.count == 1 ? b.values[0] : nil, at: range)
        let unit = op == .add || op == .subtract ? (a.isBareZero ? b.unit : a.unit ?? b.unit) : nil
        let n = max(a.values.count, b.values.count)
        let op = Expr.BinaryOp(rawValue: op.rawValue) ?? (op == .and ? .and : .or)
        let values = (0..<n).map { k in
            Expr.BinaryOp.apply(op, a.values.count == 1 ? a.values[0] : a.values[k], b.values.count == 1 ? b.values[0] : b.values[k])
        }
        return Value(values: values, isArray: a.isArray || b.isArray, dimension: dimension, unit: unit)
    }

    // MARK: - Spikes

    private func spikingPopulation(_ args: [Expression], _ name: String, at range: SourceRange) throws -> Int {
        guard args.count == 1, let populationName = args[0].dottedName else {
            throw Diagnostic(.printArguments(function: name, takes: "one population: \(name)(P)", found: args.count), at: range)
        }
        let p = try interpreter.populationIndex(populationName, at: args[0].range)
        let population = network.populations[p]
        guard population.model.spike != nil else {
            throw Diagnostic(.neverSpikes(population: population.name, model: population.model.name), at: args[0].range)
        }
        return p
    }

    /// Spikes over the recorded time when spikes are recorded, else since the population was created.
    private func spikeTotals(_ p: Int) -> (Int64, Double) {
        let population = network.populations[p]
        if let record = state.spikeRecords[population.name] {
            return (Int64(record.times.count), state.time - record.start)
        }
        return (state.populations[p].spikeCount, state.time - population.createdAt)
    }

    private func spikes(_ args: [Expression], at range: SourceRange) throws -> Output {
        let population = network.populations[try spikingPopulation(args, "spikes", at: range)]
        guard let record = state.spikeRecords[population.name] else {
            throw Diagnostic(.spikesNotRecorded(population: population.name), at: range, hint: "add `record \(population.name).spikes` before the run")
        }
        let unit = population.model.timeUnit
        let grid = StepGrid(steps: state.timeSteps, scale: unit.scale)
        return .spikes(population: population.name, times: record.times.map { grid.snap($0 / unit.scale) },
                       indices: record.indices.map(Int.init), unit: unit.name)
    }
}
