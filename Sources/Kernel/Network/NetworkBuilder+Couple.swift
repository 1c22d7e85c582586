import Language
import Model
import Symbolic

/// `couple S.x -> P.I weight = expression of i, j, N and P's parameters [p = ...] [delay = ...]`.
extension NetworkBuilder {
    /// Weight matrices beyond this many entries would not fit comfortably in memory (8192² doubles = 512 MB).
    static let largestDenseCoupling = 8192

    mutating func couple(_ declaration: CouplingDeclaration) throws {
        let s = try network.populationIndex(declaration.source.population, at: declaration.source.range)
        let p = try network.populationIndex(declaration.target.population, at: declaration.target.range)
        for field in [declaration.source, declaration.target] where field.slice != nil {
            throw Diagnostic(.coupleIndexed, at: field.range)
        }
        let (source, target) = (network.populations[s], network.populations[p])
        guard let variable = source.model.variable(declaration.source.field) else {
            throw Diagnostic(.noSuchMember(owner: source.model.name, kind: "state variable", name: declaration.source.field), at: declaration.source.range,
                             hint: "its variables are " + source.model.variables.map(\.name).joined(separator: ", "))
        }
        guard let input = target.model.input(declaration.target.field) else {
            throw Diagnostic(.noSuchMember(owner: target.model.name, kind: "input", name: declaration.target.field), at: declaration.target.range,
                             hint: target.model.inputs.isEmpty ? "declare one in \(target.model.name): input I = 0"
                                 : "its inputs are " + target.model.inputs.map(\.name).joined(separator: ", "))
        }
        guard source.model.timeDimension == target.model.timeDimension else {
            throw Diagnostic(.coupleAcrossTimeUnits(source: source.name, target: target.name), at: declaration.range)
        }
        let largest = NetworkBuilder.largestDenseCoupling
        guard target.size * source.size <= largest * largest else {
            throw Diagnostic(.denseCouplingTooLarge(size: max(source.size, target.size), limit: largest), at: declaration.range)
        }
        let weights = try weightMatrix(declaration, s, p, expected: input.dimension / variable.dimension)
        let delay = try declaration.delay.map { try delayedRead(variable.name, after: $0, s) }
        if let delay, !source.model.delays.contains(delay) { network.populations[s].model.delays.append(delay) }
        let accumulator = target.model.uniqueName("coupled_\(input.name)")
        network.populations[p].model.variables.append(.init(name: accumulator, initial: .zero, dimension: input.dimension, unit: input.unit))
        network.populations[p].model.addCurrent(.symbol(accumulator), into: input.name)
        network.couplings.append(DenseCoupling(source: source.name, population: target.name, variable: variable.name, input: input.name,
                                               accumulator: accumulator, weights: weights, delay: delay, range: declaration.range))
    }

    /// `delay = d`: a duration over the source's parameters, read from the variable's history.
    private func delayedRead(_ variable: String, after delay: Expression, _ s: Int) throws -> DelayedRead {
        let population = network.populations[s]
        var scope = Scope()
        for parameter in population.model.parameters { scope[parameter.name] = .symbol(parameter.dimension) }
        let typed = try ExpressionResolver(scope: scope).lower(delay)
        guard typed.dimension == population.model.timeDimension else {
            throw Diagnostic(.unitMismatch(subject: "the delay of a coupling", expected: population.model.timeDimension, found: typed.dimension),
                             at: delay.range)
        }
        return DelayedRead(variable: variable, delay: typed.expr)
    }

    /// Target rows i, source columns j; N is the source's size (the terms of each row's sum). A weight
    /// that draws random numbers, or one with `p =`, is drawn when the run's seed is known.
    private mutating func weightMatrix(_ declaration: CouplingDeclaration, _ s: Int, _ p: Int, expected: Dimension) throws -> CouplingWeights {
        let (source, target) = (network.populations[s], network.populations[p])
        var scope = network.parameterScope(p)
        for index in ["i", "j"] { scope[index] = .symbol(.one) }
        scope["N"] = .expression(.constant(Double(source.size)), .one)
        for variable in target.model.variables + (s == p ? [] : source.model.variables) {
            scope[variable.name] = .unavailable(.fixedWeightReadsState(variable: variable.name))
        }
        let weight = declaration.weight
        let typed = try ExpressionResolver(scope: scope).lower(weight)
        guard typed.dimension == expected || typed.isBareZero else {
            throw Diagnostic(.couplingWeightUnit(expected: expected, found: typed.dimension), at: weight.range)
        }
        let probability = try declaration.probability.map { value in
            let p = try ExpressionResolver.constant(value, dimension: .one, what: "p", scope: Scope())
            guard p >= 0, p <= 1 else { throw Diagnostic(.outOfRange(what: "p", value: p, valid: "is a probability from 0 to 1"), at: value.range) }
            return p
        }
        if typed.expr.isRandom || probability != nil {
            return .random(RandomWeights(weight: typed.expr, probability: probability, rows: target.size, columns: source.size,
                                         stream: network.streams.coupling(), seed: network.streams.seed))
        }
        let w = try CompiledExpression(typed.expr, slots: ["i": 0, "j": 1])
        var values = [Double](repeating: 0, count: target.size * source.size)
        var ij = [0.0, 0.0]
        for i in 0..<target.size {
            ij[0] = Double(i)
            for j in 0..<source.size {
                ij[1] = Double(j)
                values[i * source.size + j] = w(ij)
            }
        }
        guard values.allSatisfy(\.isFinite) else {
            throw Diagnostic(.weightNotFinite, at: weight.range)
        }
        return .fixed(Matrix(rows: target.size, columns: source.size, values: values))
    }
}
