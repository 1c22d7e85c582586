import Analysis
import JIT
import Language
import Library
import Model
import Support
import Symbolic

/// The dynamical system an analysis statement names, built the same way for
/// every analysis (fixed points, phase planes, continuation).
extension Interpreter {
    /// `name` is a model (its default values) or a population (its model with the
    /// population's parameters and constant drives); `with` sets parameters and inputs,
    /// `fix` holds variables at values or (`= steady`) at their steady state for the rest. Every value is checked against its unit.
    func dynamicalSystem(_ name: String, at range: SourceRange, with: [Binding] = [], fix: [Binding] = []) throws -> DynamicalSystem {
        let (model, base) = try analysedModel(name, at: range)
        let coupled = try recurrentCouplings(of: name, at: range)
        var values = base
        for binding in with {
            let dimension = try settableDimension(binding, in: model, variables: false)
            values[binding.name] = try ExpressionResolver.constant(binding.value, dimension: dimension, what: binding.name, scope: Scope())
        }
        var held: [String: Double] = [:]
        let steady = fix.filter { $0.value.kind == .name(Interpreter.steadyWord) }
        for binding in fix where !steady.contains(binding) {
            let dimension = try settableDimension(binding, in: model, variables: true)
            held[binding.name] = try ExpressionResolver.constant(binding.value, dimension: dimension, what: binding.name, scope: Scope())
        }
        do {
            if let population = network.population(named: name), !coupled.isEmpty {
                if let first = fix.first {
                    throw Diagnostic(.fixInCoupledPopulation, at: first.range)
                }
                return try DynamicalSystem(population: model, size: population.size, values: values, couplings: coupled, cache: cache)
            }
            let system = try DynamicalSystem(model: model, values: values, held: held, cache: cache)
            return steady.isEmpty ? system : try reduce(system, of: model, steady: steady)
        } catch let failure as DynamicalSystem.ModelFailure {
            throw Diagnostic(failure.problem, at: range)
        } catch let failure as CompileFailure {
            throw failure.diagnostic(fallback: range)
        }
    }

    /// The `couple`s within population `name`, with their weights as drawn; one from another population is refused,
    /// since the analysis would need that population too.
    private func recurrentCouplings(of name: String, at range: SourceRange) throws -> [RecurrentCoupling] {
        guard let p = network.populationIndex(named: name) else { return [] }
        let coupled = network.couplings.filter { $0.population == name }
        if let driven = coupled.first(where: { !$0.isRecurrent }) {
            throw Diagnostic(.analysisOfDrivenPopulation(population: name, source: driven.source), at: range,
                             hint: "analyse the model by name (\(network.populations[p].model.name)) to leave the couplings out")
        }
        if !coupled.isEmpty { try state.realizeInitialValues(of: network) }
        return coupled.enumerated().map { k, coupling in
            let size = network.populations[p].size
            return RecurrentCoupling(variable: coupling.variable, input: coupling.input,
                                     weights: Matrix(rows: size, columns: size, values: state.populations[p].denseWeights[k].values))
        }
    }

    /// `fix m = steady`: m follows its steady state for the other variables.
    static let steadyWord = "steady"

    private func reduce(_ system: DynamicalSystem, of model: NeuronModel, steady: [Binding]) throws -> DynamicalSystem {
        let indices = try steady.map { binding in
            _ = try settableDimension(binding, in: model, variables: true)
            guard let i = system.variableIndex(binding.name) else {
                throw Diagnostic(.noSteadyStateEquation(variable: binding.name), at: binding.range,
                                 hint: "fix \(binding.name) = value holds it at a value instead")
            }
            return i
        }
        guard indices.count < system.dimension else {
            throw Diagnostic(.nothingLeftToAnalyse, at: steady[0].range,
                             hint: "leave at least one variable free")
        }
        return system.reduced(steady: indices, blas: try BLAS.require())
    }

    private func analysedModel(_ name: String, at range: SourceRange) throws -> (NeuronModel, [String: Double]) {
        if let model = network.models[name] ?? NeuronLibrary.models[name] { return (model, [:]) }
        if let population = network.population(named: name) {
            var values = population.parameters
            for (input, drive) in population.drives {
                if case .constant(let value) = drive { values[input] = value }
            }
            return (population.model, values)
        }
        let known = network.models.keys.sorted() + network.populations.map(\.name)
        throw Diagnostic(.unknown(kind: "model or population", name: name), at: range,
                         hint: known.isEmpty ? "define it first with system \(name) { ... }" : "known: " + known.joined(separator: ", "))
    }

    private func settableDimension(_ binding: Binding, in model: NeuronModel, variables: Bool) throws -> Dimension {
        if variables {
            if let variable = model.variable(binding.name) { return variable.dimension }
            throw Diagnostic(.cannotFix(model: model.name, name: binding.name), at: binding.range,
                             hint: "its variables are " + model.variables.map(\.name).joined(separator: ", "))
        }
        if let parameter = model.parameter(binding.name) { return parameter.dimension }
        if let input = model.input(binding.name) { return input.dimension }
        let names = model.parameters.map(\.name) + model.inputs.map(\.name)
        throw Diagnostic(.noSuchMember(owner: model.name, kind: "parameter or input", name: binding.name), at: binding.range,
                         hint: names.isEmpty ? nil : "its parameters and inputs are " + names.joined(separator: ", "))
    }
}
