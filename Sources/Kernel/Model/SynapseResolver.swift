import Language
import Symbolic

/// Resolves a `synapse` declaration: its parameters, variables and equations
/// as a system, its event blocks with `w` in scope, and — once a target is
/// known — its current, with the target's names readable as `name_post`.
package enum SynapseResolver {
    static let outputName = "current"

    package static func resolve(_ declaration: SynapseDeclaration) throws -> SynapseModel {
        var items: [ModelItem] = []
        var perSynapse: Set<String> = [], perPre: Set<String> = []
        var current: Binding?
        var onPre: [Assignment] = [], onPost: [Assignment] = []
        for item in declaration.items {
            switch item {
            case .parameters(let list): items.append(.parameters(list))
            case .variables(let list, let scope):
                items.append(.variables(list))
                switch scope {
                case .post: break
                case .synapse: perSynapse.formUnion(list.map(\.name))
                case .pre: perPre.formUnion(list.map(\.name))
                }
            case .derivative(let binding): items.append(.derivative(binding))
            case .intermediate(let binding) where binding.name == outputName:
                if current != nil { throw Diagnostic(.second(what: "current"), at: binding.range) }
                current = binding
            case .intermediate(let binding): items.append(.intermediate(binding))
            case .onPre(let list, _): onPre += list
            case .onPost(let list, _): onPost += list
            }
        }
        let system = ModelDeclaration(kind: .system, name: declaration.name, items: items, range: declaration.range)
        let time = timeDimension(of: declaration)
        let weight = weightDimension(system, onPre, time)
        let resolver = ModelResolver(system, outerNames: ["w": weight], timeDimension: time)
        let dynamics = try resolver.run()
        if dynamics.parameter("w") != nil || dynamics.variable("w") != nil {
            throw Diagnostic(.weightDeclaredInSynapse, at: declaration.range,
                             hint: "set it in connect ... w = 0.5 nS")
        }
        try requireExactEventSolution(dynamics, perSynapse.union(perPre))
        let model = SynapseModel(name: declaration.name, dynamics: dynamics, perSynapse: perSynapse, perPre: perPre,
                                 onPre: try onPre.map { try event($0, "on pre", resolver, weight) },
                                 onPost: try onPost.map { try event($0, "on post", resolver, weight) },
                                 weightDimension: weight, current: current, declaration: system)
        try requirePerSourceLines(model, onPre, onPost)
        return model
    }

    /// A spike sets a per-source variable once, after all its synapses have read it: such lines come last in
    /// `on pre` and read only per-source variables, parameters and t; `on post` (one target neuron) leaves them alone.
    private static func requirePerSourceLines(_ model: SynapseModel, _ onPre: [Assignment], _ onPost: [Assignment]) throws {
        guard !model.perPre.isEmpty else { return }
        let perSource = model.perPre.union(model.dynamics.parameters.map(\.name)).union(["t"])
        var setsPerSource: String?
        for (line, reset) in zip(onPre, model.onPre) {
            if model.perPre.contains(reset.variable) {
                if let name = reset.value.symbols.subtracting(perSource).sorted().first {
                    throw Diagnostic(.perPreLineReads(variable: reset.variable, name: name), at: line.range,
                                     hint: "a per pre line reads per pre variables, the synapse's parameters and t")
                }
                setsPerSource = setsPerSource ?? reset.variable
            } else if let variable = setsPerSource {
                throw Diagnostic(.perPreLineNotLast(variable: variable), at: line.range,
                                 hint: "put the lines that set per pre variables last: they run once per spike, after its synapses")
            }
        }
        for (line, reset) in zip(onPost, model.onPost) {
            if let variable = model.perPre.intersection(reset.value.symbols.union([reset.variable])).sorted().first {
                throw Diagnostic(.perPreInOnPost(variable: variable), at: line.range,
                                 hint: "per pre variables are read and set in on pre; declare \(variable) per synapse to use it in on post")
            }
        }
    }

    /// A line of an event block; assigning `w` makes the weight plastic (kept per synapse).
    private static func event(_ line: Assignment, _ block: String, _ resolver: ModelResolver, _ weight: Dimension) throws -> NeuronModel.Reset {
        guard line.target == "w" else { return try resolver.resolveReset(line, in: block) }
        let value = try resolver.lower(line.value)
        let scales = line.op == .multiply || line.op == .divide
        guard scales ? value.dimension.isDimensionless : (value.dimension == weight || value.isBareZero) else {
            throw Diagnostic(.assignmentUnitMismatch(block: block, variable: "w", expected: weight, found: value.dimension), at: line.value.range)
        }
        let w = Expr.symbol("w")
        switch line.op {
        case .set: return .init(variable: "w", value: value.expr)
        case .add: return .init(variable: "w", value: w + value.expr)
        case .subtract: return .init(variable: "w", value: w - value.expr)
        case .multiply: return .init(variable: "w", value: w * value.expr)
        case .divide: return .init(variable: "w", value: w / value.expr)
        }
    }

    /// The current into a target of `target`'s model, over the synapse's names and the target's (written `V_post`, renamed to `V`);
    /// `v_post` and `v_pre` are the membrane potentials (`MembranePotential`), whatever the models call them.
    /// A current that reads the source's variables (`V_pre`) couples the two neurons continuously: summed over the
    /// synapses each step, in both directions (a gap junction); it may read per-synapse variables, not per-post ones.
    package static func current(of synapse: SynapseModel, into target: NeuronModel, from source: NeuronModel?) throws -> ExpressionResolver.Typed? {
        guard let binding = synapse.current else { return nil }
        var outer: [String: Dimension] = [:]
        for v in target.variables { outer[v.name + "_post"] = v.dimension }
        for p in target.parameters { outer[p.name + "_post"] = p.dimension }
        for input in target.inputs { outer[input.name + "_post"] = input.dimension }
        for v in source?.variables ?? [] { outer[v.name + "_pre"] = v.dimension }
        var membrane: [String: Expr] = [:]
        for (role, side) in MembranePotential.roles where reads(role, binding.value) {
            guard let model = side == "_post" ? target : source,
                  let variable = try MembranePotential.variable(of: model, for: role, side: side, at: binding.range) else { continue }
            outer[role] = variable.dimension
            membrane[role] = .symbol(variable.name + side)
        }
        let resolver = ModelResolver(synapse.declaration, outerNames: outer, timeDimension: synapse.dynamics.timeDimension)
        _ = try resolver.run()
        var typed = try resolver.lower(binding.value)
        typed.expr = typed.expr.substituting(membrane)
        if isCoupling(typed.expr) {
            if let perPost = typed.expr.symbols.intersection(synapse.perPostVariables.map(\.name)).sorted().first {
                throw Diagnostic(.currentReadsPerPost(variable: perPost), at: binding.range,
                                 hint: "declare \(perPost) per synapse")
            }
        } else if let perConnection = typed.expr.symbols.intersection(synapse.perSynapse).sorted().first {
            throw Diagnostic(.currentReadsPerSynapse(variable: perConnection), at: binding.range,
                             hint: "declare \(perConnection) per post")
        }
        if let perSource = typed.expr.symbols.intersection(synapse.perPre).sorted().first {
            throw Diagnostic(.currentReadsPerPre(variable: perSource), at: binding.range, hint: "declare \(perSource) per post")
        }
        return typed
    }

    package static func isCoupling(_ current: Expr) -> Bool {
        current.symbols.contains { $0.hasSuffix("_pre") }
    }

    /// Per-synapse and per-source variables change only at events, so their equations must have a closed-form solution:
    /// each linear in its own variable with a constant slope and intercept.
    private static func requireExactEventSolution(_ dynamics: NeuronModel, _ eventDriven: Set<String>) throws {
        let constants = Set(dynamics.parameters.map(\.name))
        for (variable, rhs) in dynamics.equations where eventDriven.contains(variable) {
            let slope = rhs.derivative(with: variable)
            let intercept = rhs.substituting([variable: .zero])
            guard slope.symbols.isSubset(of: constants), intercept.symbols.isSubset(of: constants),
                  rhs.isLinear(in: variable), !rhs.isRandom else {
                throw Diagnostic(.notExactlySolvable(variable: variable),
                                 at: dynamics.sourceRanges["d/dt \(variable)"] ?? dynamics.range,
                                 hint: "declare \(variable) per post to integrate it every step")
            }
        }
    }

    /// `w` takes the dimension that makes the first `on pre` line that reads it consistent: `g += w` gives w the unit of g.
    private static func weightDimension(_ system: ModelDeclaration, _ onPre: [Assignment], _ time: Dimension) -> Dimension {
        guard let line = onPre.first(where: { reads("w", $0.value) }), line.op != .multiply, line.op != .divide else { return .one }
        let probe = ModelResolver(system, outerNames: ["w": .one], timeDimension: time)
        guard let model = try? probe.run(), let target = model.variable(line.target),
              let value = try? probe.lower(line.value) else { return .one }
        return target.dimension / value.dimension
    }

    private static func reads(_ name: String, _ e: Expression) -> Bool {
        switch e.kind {
        case .name(let n): return n == name
        case .unary(_, let a), .member(let a, _): return reads(name, a)
        case .binary(_, let a, let b): return reads(name, a) || reads(name, b)
        case .call(_, let args): return args.contains { reads(name, $0) }
        default: return false
        }
    }

    private static func timeDimension(of declaration: SynapseDeclaration) -> Dimension {
        var items: [ModelItem] = []
        for item in declaration.items {
            switch item {
            case .parameters(let list), .variables(let list, _): items.append(.parameters(list))
            case .derivative(let b), .intermediate(let b): items.append(.intermediate(b))
            case .onPre(let list, let range), .onPost(let list, let range): items.append(.reset(list, range))
            }
        }
        return ModelResolver.usesUnits(ModelDeclaration(kind: .system, name: declaration.name, items: items, range: declaration.range)) ? .time : .one
    }
}
