import Language
import Symbolic

/// Resolves a `neuron` or `system` declaration: declares its names, checks
/// the dimension of every equation, and substitutes intermediate expressions.
package final class ModelResolver {
    private let declaration: ModelDeclaration
    var parameters: [NeuronModel.Parameter] = []
    var variables: [NeuronModel.StateVariable] = []
    private var inputs: [NeuronModel.Input] = []
    private var intermediateSyntax: [String: Binding] = [:]
    private var intermediates: [String: ExpressionResolver.Typed] = [:]
    private var resolving: [String] = []
    private var declared: [String: SourceRange] = [:]
    private var delays: [DelayedRead] = []
    let timeDimension: Dimension
    /// Names the model reads from outside it (a synapse's `w`, a target's `V_post`).
    private let outerNames: [String: Dimension]
    /// Neurons and systems may have noise in their equations; synapses may not.
    private let allowsNoise: Bool

    static let reservedNames: Set<String> = ["t", "i", "N", "dt"]

    init(_ declaration: ModelDeclaration, outerNames: [String: Dimension] = [:], timeDimension: Dimension? = nil, allowsNoise: Bool = false) {
        self.declaration = declaration
        self.outerNames = outerNames
        self.allowsNoise = allowsNoise
        self.timeDimension = timeDimension ?? (ModelResolver.usesUnits(declaration) ? .time : .one)
    }

    package static func resolve(_ declaration: ModelDeclaration) throws -> NeuronModel {
        try ModelResolver(declaration, allowsNoise: true).run()
    }

    func run() throws -> NeuronModel {
        try declareNames()
        for item in declaration.items {
            switch item {
            case .parameters(let bindings): try bindings.forEach(resolveParameter)
            case .inputs(let bindings): try bindings.forEach(resolveInput)
            case .variables(let bindings): try bindings.forEach(resolveVariable)
            default: break
            }
        }
        var model = NeuronModel(kind: declaration.kind, name: declaration.name, parameters: parameters, variables: variables,
                                inputs: inputs, equations: [], spike: nil, reset: [], refractory: nil,
                                timeDimension: timeDimension, range: declaration.range)
        // Behaviours are independent of each other: report every one that is wrong, not the first.
        var problems: [Diagnostic] = []
        for item in declaration.items {
            do { try resolveBehaviour(item, into: &model) } catch let diagnostic as Diagnostic { problems.append(diagnostic) }
        }
        let writesSpike = declaration.items.contains { if case .spike = $0 { return true } else { return false } }
        if !writesSpike, declaration.kind == .neuron, let range = model.sourceRanges["reset"] ?? model.sourceRanges["refractory"] {
            problems.append(Diagnostic(.withoutSpikeCondition(model: declaration.name, feature: model.sourceRanges["reset"] != nil ? "reset" : "refractory period"),
                                       at: range, hint: "add spike V > threshold, or remove it"))
        }
        try DiagnosticList(problems).throwIfAny()
        try refuseNoiseBesideFractional(model)
        for name in intermediateSyntax.keys.sorted() where intermediates[name] == nil {
            _ = try intermediate(name, at: intermediateSyntax[name]!.range)
        }
        model.delays = delays
        return model
    }

    // MARK: - Names

    private func declareNames() throws {
        for item in declaration.items {
            switch item {
            case .parameters(let list), .variables(let list), .inputs(let list):
                try list.forEach(declare)
            case .intermediate(let binding):
                try declare(binding)
                intermediateSyntax[binding.name] = binding
            default:
                continue
            }
        }
    }

    private func declare(_ binding: Binding) throws {
        let name = binding.name
        if let first = declared[name] {
            throw Diagnostic(.redeclaration(name: name, firstLine: first.start.line), at: binding.range)
        }
        if Expr.isNoise(name) {
            throw Diagnostic(.reservedName(name: name), at: binding.range,
                             hint: "xi and xi_<suffix> are white noise in equations; choose another name")
        }
        if ModelResolver.reservedNames.contains(name) {
            throw Diagnostic(.reservedName(name: name), at: binding.range,
                             hint: "t is time, i and N index neurons, dt is the step; choose another name")
        }
        if MathFunction.callable.contains(where: { $0.rawValue == name }) {
            throw Diagnostic(.functionName(name: name), at: binding.range)
        }
        declared[name] = binding.range
    }

    // MARK: - Declarations

    private func resolveParameter(_ binding: Binding) throws {
        let (value, typed) = try constantOverEarlierParameters(binding, as: "parameter values can only use earlier parameters and units",
            subject: "the value of parameter \(binding.name)",
            hint: { $0.expr.isRandom ? "for a random value per neuron, declare a var and set Pop.\(binding.name) = ..." : nil })
        parameters.append(.init(name: binding.name, value: value, dimension: typed.dimension,
                                unit: displayUnit(of: binding.value, typed.dimension)))
    }

    private func resolveInput(_ binding: Binding) throws {
        let (value, typed) = try constantOverEarlierParameters(binding, as: "an input's default can only use parameters and units",
            subject: "the default of input \(binding.name)",
            hint: { _ in "drive it with an expression of t from outside: Pop.\(binding.name) = ..." })
        inputs.append(.init(name: binding.name, defaultValue: value, dimension: typed.dimension,
                            unit: displayUnit(of: binding.value, typed.dimension)))
    }

    /// Parameter values and input defaults: constants that may read the parameters declared before them.
    private func constantOverEarlierParameters(_ binding: Binding, as why: String, subject: String,
                                               hint: (ExpressionResolver.Typed) -> String?) throws -> (Double, ExpressionResolver.Typed) {
        var scope = Scope()
        for p in parameters { scope[p.name] = .expression(.constant(p.value), p.dimension) }
        markLaterNames(in: &scope, as: why)
        let typed = try ExpressionResolver(scope: scope).lower(binding.value)
        guard let value = typed.expr.constantValue else {
            throw Diagnostic(.notConstant(what: subject), at: binding.value.range, hint: hint(typed))
        }
        return (value, typed)
    }

    private func resolveVariable(_ binding: Binding) throws {
        var scope = Scope()
        for p in parameters { scope[p.name] = .symbol(p.dimension) }
        for v in variables { scope[v.name] = .symbol(v.dimension) }
        scope["i"] = .symbol(.one)
        scope["N"] = .symbol(.one)
        markLaterNames(in: &scope, as: "an initial value can only use parameters, earlier variables and intermediates of them",
                       exceptIntermediates: true)
        scope.fallback = { [unowned self] name, range in
            guard intermediateSyntax[name] != nil else { return nil }
            let typed = try intermediate(name, at: range, readable: Set(parameters.map(\.name) + variables.map(\.name)))
            return .expression(typed.expr, typed.dimension)
        }
        let typed = try ExpressionResolver(scope: scope).lower(binding.value)
        variables.append(.init(name: binding.name, initial: typed.expr, dimension: typed.dimension,
                               unit: displayUnit(of: binding.value, typed.dimension)))
    }

    private func markLaterNames(in scope: inout Scope, as why: String, exceptIntermediates: Bool = false) {
        for name in declared.keys where scope[name] == nil && !(exceptIntermediates && intermediateSyntax[name] != nil) {
            scope[name] = .unavailable(.unreadableHere(name: name, reason: why))
        }
    }

    // MARK: - Behaviour

    private func resolveBehaviour(_ item: ModelItem, into model: inout NeuronModel) throws {
        switch item {
        case .derivative(let binding):
            try resolveEquation(binding, into: &model)
        case .fractional(let derivative):
            try resolveFractional(derivative, into: &model)
        case .spike(let condition):
            guard declaration.kind == .neuron else {
                throw Diagnostic(.neuronOnly(feature: "spike condition"), at: condition.range, hint: "declare it as a neuron to give it a spike condition")
            }
            guard model.spike == nil else { throw Diagnostic(.second(what: "spike condition"), at: condition.range) }
            model.spike = try lowerCondition(condition, what: "the spike condition")
            model.sourceRanges["spike"] = condition.range
        case .reset(let assignments, let range):
            guard declaration.kind == .neuron else { throw Diagnostic(.neuronOnly(feature: "reset"), at: range) }
            model.reset += try assignments.map { try resolveReset($0) }
            model.sourceRanges["reset"] = range
        case .history(let binding):
            try resolveHistory(binding, into: &model)
        case .refractory(let value):
            guard declaration.kind == .neuron else { throw Diagnostic(.neuronOnly(feature: "refractory period"), at: value.range) }
            model.refractory = try resolveRefractory(value)
            model.sourceRanges["refractory"] = value.range
        default:
            break
        }
    }

    var fullScope: Scope {
        var scope = Scope()
        for p in parameters { scope[p.name] = .symbol(p.dimension) }
        for v in variables { scope[v.name] = .symbol(v.dimension) }
        for input in inputs { scope[input.name] = .symbol(input.dimension) }
        for (name, dimension) in outerNames { scope[name] = .symbol(dimension) }
        scope["t"] = .symbol(timeDimension)
        scope["dt"] = .symbol(timeDimension)
        scope.delayedRead = { [unowned self] name, args, range in try delayedRead(name, args, at: range) }
        scope.fallback = { [unowned self] name, range in
            if Expr.isNoise(name) {
                return allowsNoise ? .symbol(noiseDimension) : .unavailable(.noiseNotAllowed(place: "a synapse"))
            }
            guard intermediateSyntax[name] != nil else { return nil }
            let typed = try intermediate(name, at: range)
            return .expression(typed.expr, typed.dimension)
        }
        return scope
    }

    /// `X(t - d)` with d over parameters; nil when X is no state variable (then it is a function call).
    private func delayedRead(_ name: String, _ args: [Expression], at range: SourceRange) throws -> Scope.Meaning? {
        guard let variable = variables.first(where: { $0.name == name }) else { return nil }
        guard allowsNoise else { return .unavailable(.delayNotAllowed(place: "a synapse")) }
        guard args.count == 1, case .binary(.subtract, let now, let ago) = args[0].kind, case .name("t") = now.kind else {
            throw Diagnostic(.delayForm(variable: name), at: range, hint: "write \(name)(t - 5 ms), the delay a constant or parameters")
        }
        var scope = Scope()
        for p in parameters { scope[p.name] = .symbol(p.dimension) }
        markLaterNames(in: &scope, as: "a delay is a duration over parameters")
        let delay = try ExpressionResolver(scope: scope).lower(ago)
        guard delay.dimension == timeDimension else {
            throw Diagnostic(.unitMismatch(subject: "the delay of \(name)", expected: timeDimension, found: delay.dimension), at: ago.range)
        }
        let read = DelayedRead(variable: name, delay: delay.expr)
        if !delays.contains(read) { delays.append(read) }
        return .expression(.symbol(read.symbol), variable.dimension)
    }

    /// `history x = f(t)`: over parameters and t, in x's dimension.
    private func resolveHistory(_ binding: Binding, into model: inout NeuronModel) throws {
        guard let variable = variables.first(where: { $0.name == binding.name }) else {
            throw Diagnostic(.assignsNonState(block: "history", name: binding.name), at: binding.range)
        }
        guard model.histories[binding.name] == nil else { throw Diagnostic(.second(what: "history of \(binding.name)"), at: binding.range) }
        var scope = Scope()
        for p in parameters { scope[p.name] = .symbol(p.dimension) }
        scope["t"] = .symbol(timeDimension)
        markLaterNames(in: &scope, as: "a history is an expression of t and parameters")
        let typed = try ExpressionResolver(scope: scope).lower(binding.value)
        guard typed.dimension == variable.dimension || typed.isBareZero else {
            throw Diagnostic(.assignmentUnitMismatch(block: "history", variable: variable.name, expected: variable.dimension, found: typed.dimension),
                             at: binding.value.range)
        }
        guard !typed.expr.isRandom else { throw Diagnostic(.drawsRandomNumbers(what: "a history", reason: nil), at: binding.value.range) }
        model.histories[binding.name] = typed.expr
        model.sourceRanges["history \(binding.name)"] = binding.range
    }

    /// White noise has the dimension time^-1/2: its integral over a step is √dt times a normal draw.
    private var noiseDimension: Dimension { (Dimension.one / timeDimension).root(2)! }

    private func resolveEquation(_ binding: Binding, into model: inout NeuronModel) throws {
        guard let variable = variables.first(where: { $0.name == binding.name }) else {
            throw Diagnostic(.equationForNonState(variable: binding.name), at: binding.range,
                             hint: "declare it with var \(binding.name) = <initial value>")
        }
        if model.equations.contains(where: { $0.variable == binding.name }) {
            throw Diagnostic(.second(what: "equation for d\(binding.name)/dt"), at: binding.range)
        }
        let rhs = try ExpressionResolver(scope: fullScope).lower(binding.value)
        let expected = variable.dimension / timeDimension
        guard rhs.dimension == expected || rhs.isBareZero else {
            throw Diagnostic(.equationUnitMismatch(variable: binding.name, left: expected, right: rhs.dimension),
                             at: binding.value.range,
                             hint: variable.dimension.isDimensionless && !rhs.dimension.isDimensionless
                                ? "\(binding.name) is dimensionless because its initial value has no unit; give it one"
                                : "check the units of each term")
        }
        try checkNoise(of: rhs.expr, in: binding)
        model.equations.append((binding.name, rhs.expr))
        model.sourceRanges["d/dt \(binding.name)"] = binding.range
    }

    /// Noise enters as drift + Σ g_k·xi_k, the form every stochastic method reads; random draws
    /// would be taken afresh at each stage of a method, so the step would change the noise.
    func checkNoise(of rhs: Expr, in binding: Binding) throws {
        if let f = rhs.randomFunction {
            throw Diagnostic(.randomInEquation(variable: binding.name, function: f.rawValue), at: binding.value.range,
                             hint: "white noise is written xi (the method scales it by the square root of dt): d\(binding.name)/dt = ... + sigma * xi")
        }
        for noise in rhs.noises where !rhs.diffusion(noise).noises.isEmpty {
            throw Diagnostic(.noiseNotLinear(variable: binding.name, noise: noise), at: binding.value.range,
                             hint: "write it as drift + g * \(noise), with g free of noise")
        }
    }

    /// Conditions and assignments happen at one instant, where white noise has no value; they read
    /// the present state, not a past one.
    private func instantaneous(_ e: Expr, place: String, at range: SourceRange) throws -> Expr {
        guard e.noises.isEmpty else { throw Diagnostic(.noiseNotAllowed(place: place), at: range, hint: "noise belongs in an equation dX/dt = ... + g * xi") }
        if let read = delays.first(where: { e.symbols.contains($0.symbol) }) {
            throw Diagnostic(.delayNotAllowed(place: place), at: range, hint: "\(read.symbol) belongs in an equation")
        }
        return e
    }

    private func lowerCondition(_ condition: Expression, what: String) throws -> Expr {
        let typed = try ExpressionResolver(scope: fullScope).lower(condition)
        _ = try instantaneous(typed.expr, place: what, at: condition.range)
        guard case .binary(let op, _, _) = condition.kind, op.isComparison || op.isLogical else {
            if case .unary(.not, _) = condition.kind { return typed.expr }
            throw Diagnostic(.notAComparison(what: what), at: condition.range)
        }
        return typed.expr
    }

    /// An expression over every name of the model (after `run`), intermediates substituted.
    func lower(_ e: Expression) throws -> ExpressionResolver.Typed {
        try ExpressionResolver(scope: fullScope).lower(e)
    }

    func resolveReset(_ assignment: Assignment, in block: String = "reset") throws -> NeuronModel.Reset {
        guard let variable = variables.first(where: { $0.name == assignment.target }) else {
            throw Diagnostic(.assignsNonState(block: block, name: assignment.target), at: assignment.range)
        }
        let value = try ExpressionResolver(scope: fullScope).lower(assignment.value)
        _ = try instantaneous(value.expr, place: "a \(block)", at: assignment.value.range)
        let target = Expr.symbol(variable.name)
        let needsSameDimension = assignment.op != .multiply && assignment.op != .divide
        if needsSameDimension, value.dimension != variable.dimension, !value.isBareZero {
            throw Diagnostic(.assignmentUnitMismatch(block: block, variable: variable.name, expected: variable.dimension, found: value.dimension),
                             at: assignment.value.range)
        }
        if !needsSameDimension, !value.dimension.isDimensionless {
            throw Diagnostic(.notDimensionless(subject: assignment.op.rawValue, role: "factor", found: value.dimension), at: assignment.value.range)
        }
        let result: Expr
        switch assignment.op {
        case .set: result = value.expr
        case .add: result = target + value.expr
        case .subtract: result = target - value.expr
        case .multiply: result = target * value.expr
        case .divide: result = target / value.expr
        }
        return .init(variable: variable.name, value: result)
    }

    private func resolveRefractory(_ value: Expression) throws -> NeuronModel.Refractoriness {
        if case .binary(let op, _, _) = value.kind, op.isComparison || op.isLogical {
            return .whileTrue(try lowerCondition(value, what: "a refractory condition"))
        }
        var scope = Scope()
        for p in parameters { scope[p.name] = .symbol(p.dimension) }
        markLaterNames(in: &scope, as: "a refractory period is a duration over parameters (or write a condition: refractory V > -20 mV)")
        let typed = try ExpressionResolver(scope: scope).lower(value)
        guard typed.dimension == timeDimension else {
            throw Diagnostic(.refractoryNotDuration(expected: timeDimension, found: typed.dimension),
                             at: value.range)
        }
        return .duration(typed.expr)
    }

    // MARK: - Intermediates

    private func intermediate(_ name: String, at range: SourceRange, readable: Set<String>? = nil) throws -> ExpressionResolver.Typed {
        if let done = intermediates[name] {
            if let readable, let unreadable = done.expr.symbols.subtracting(readable).sorted().first {
                throw Diagnostic(.readsTooEarly(name: name, reads: unreadable), at: range)
            }
            return done
        }
        if resolving.contains(name) {
            throw Diagnostic(.circularDefinition(name: name, chain: resolving + [name]), at: range)
        }
        resolving.append(name)
        defer { resolving.removeLast() }
        let typed = try ExpressionResolver(scope: fullScope).lower(intermediateSyntax[name]!.value)
        intermediates[name] = typed
        return try intermediate(name, at: range, readable: readable)
    }

    // MARK: - Units

    static func usesUnits(_ declaration: ModelDeclaration) -> Bool {
        var found = false
        func visit(_ e: Expression) {
            switch e.kind {
            case .quantity: found = true
            case .unary(_, let a): visit(a)
            case .binary(_, let a, let b): visit(a); visit(b)
            case .call(_, let args): args.forEach(visit)
            default: break
            }
        }
        for item in declaration.items {
            switch item {
            case .parameters(let list), .variables(let list), .inputs(let list): list.forEach { visit($0.value) }
            case .intermediate(let b), .derivative(let b): visit(b.value)
            case .fractional(let f): visit(f.binding.value)
            case .spike(let e), .refractory(let e): visit(e)
            case .history(let b): visit(b.value)
            case .reset(let assignments, _): assignments.forEach { visit($0.value) }
            case .use(let uses): uses.forEach { $0.overrides.forEach { visit($0.value) } }
            }
        }
        return found
    }

    /// The unit a declaration was written in: `-65 mV` shows in mV, `1 uF/cm^2` in uF/cm^2.
    private func displayUnit(of e: Expression, _ dimension: Dimension) -> DisplayUnit {
        if let written = WrittenUnit.of(e), written.dimension == dimension { return written.unit }
        if case .name(let name) = e.kind {
            if let p = parameters.first(where: { $0.name == name }) { return p.unit }
            if let v = variables.first(where: { $0.name == name }) { return v.unit }
        }
        return DisplayUnit.preferred(for: dimension)
    }
}
