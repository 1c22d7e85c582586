import Language
import Model
import Symbolic

/// `couple P.x -> P.I weight = expression of i, j, N and P's parameters`.
extension NetworkBuilder {
    /// Weight matrices beyond this many neurons would not fit comfortably in memory (8192² doubles = 512 MB).
    static let largestDenseCoupling = 8192

    mutating func couple(_ declaration: CouplingDeclaration) throws {
        let p = try network.populationIndex(declaration.source.population, at: declaration.source.range)
        let population = network.populations[p]
        guard declaration.target.population == population.name else {
            throw Diagnostic(.coupleAcrossPopulations, at: declaration.target.range,
                             hint: "couple \(population.name).\(declaration.source.field) -> \(population.name).INPUT weight = ...")
        }
        for field in [declaration.source, declaration.target] where field.slice != nil {
            throw Diagnostic(.coupleIndexed, at: field.range)
        }
        let model = population.model
        guard let variable = model.variable(declaration.source.field) else {
            throw Diagnostic(.noSuchMember(owner: model.name, kind: "state variable", name: declaration.source.field), at: declaration.source.range,
                             hint: "its variables are " + model.variables.map(\.name).joined(separator: ", "))
        }
        guard let input = model.input(declaration.target.field) else {
            throw Diagnostic(.noSuchMember(owner: model.name, kind: "input", name: declaration.target.field), at: declaration.target.range,
                             hint: model.inputs.isEmpty ? "declare one in \(model.name): input I = 0" : "its inputs are " + model.inputs.map(\.name).joined(separator: ", "))
        }
        guard population.size <= NetworkBuilder.largestDenseCoupling else {
            throw Diagnostic(.denseCouplingTooLarge(size: population.size, limit: NetworkBuilder.largestDenseCoupling),
                             at: declaration.range)
        }
        let weights = try weightMatrix(declaration.weight, p, expected: input.dimension / variable.dimension)
        let delay = try declaration.delay.map { try delayedRead(variable.name, after: $0, p) }
        if let delay, !model.delays.contains(delay) { network.populations[p].model.delays.append(delay) }
        let accumulator = model.uniqueName("coupled_\(input.name)")
        network.populations[p].model.variables.append(.init(name: accumulator, initial: .zero, dimension: input.dimension, unit: input.unit))
        network.populations[p].model.addCurrent(.symbol(accumulator), into: input.name)
        network.couplings.append(DenseCoupling(population: population.name, variable: variable.name, input: input.name,
                                               accumulator: accumulator, weights: weights, delay: delay, range: declaration.range))
    }

    /// `delay = d`: a duration over the population's parameters, read from the variable's history.
    private func delayedRead(_ variable: String, after delay: Expression, _ p: Int) throws -> DelayedRead {
        let population = network.populations[p]
        var scope = Scope()
        for parameter in population.model.parameters { scope[parameter.name] = .symbol(parameter.dimension) }
        let typed = try ExpressionResolver(scope: scope).lower(delay)
        guard typed.dimension == population.model.timeDimension else {
            throw Diagnostic(.unitMismatch(subject: "the delay of a coupling", expected: population.model.timeDimension, found: typed.dimension),
                             at: delay.range)
        }
        return DelayedRead(variable: variable, delay: typed.expr)
    }

    private func weightMatrix(_ weight: Expression, _ p: Int, expected: Dimension) throws -> Matrix {
        let population = network.populations[p]
        var scope = network.parameterScope(p)
        for index in ["i", "j"] { scope[index] = .symbol(.one) }
        scope["N"] = .expression(.constant(Double(population.size)), .one)
        for variable in population.model.variables {
            scope[variable.name] = .unavailable(.fixedWeightReadsState(variable: variable.name))
        }
        let typed = try ExpressionResolver(scope: scope).lower(weight)
        guard typed.dimension == expected || typed.isBareZero else {
            throw Diagnostic(.couplingWeightUnit(expected: expected, found: typed.dimension), at: weight.range)
        }
        guard !typed.expr.isRandom else {
            throw Diagnostic(.drawsRandomNumbers(what: "a weight", reason: nil), at: weight.range, hint: "use a deterministic expression of i and j")
        }
        let w = try CompiledExpression(typed.expr, slots: ["i": 0, "j": 1])
        let n = population.size
        var values = [Double](repeating: 0, count: n * n)
        var ij = [0.0, 0.0]
        for i in 0..<n {
            ij[0] = Double(i)
            for j in 0..<n {
                ij[1] = Double(j)
                values[i * n + j] = w(ij)
            }
        }
        guard values.allSatisfy(\.isFinite) else {
            throw Diagnostic(.weightNotFinite, at: weight.range)
        }
        return Matrix(rows: n, columns: n, values: values)
    }
}
