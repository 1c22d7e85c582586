import JIT
import Language
import Model
import Symbolic

/// The vector field of a resolved model: its equations compiled once, with the
/// exact Jacobian and parameter derivatives from symbolic differentiation.
extension DynamicalSystem {
    /// Why a model cannot be analysed as a smooth autonomous system.
    public enum ModelFailure: Error, Sendable, Equatable, CustomStringConvertible {
        case noEquations(model: String)
        case unknownName(String, known: [String])
        case readsTime(variable: String)
        case random(variable: String)
        case unknownSymbol(String, variable: String)
        /// Equilibria of a fractional equation are those of the ordinary one, but not their stability or trajectories.
        case fractional(variable: String)
        case delayed(model: String, read: String)

        /// The failure as the problem a diagnostic reports.
        public var problem: Problem {
            switch self {
            case .noEquations(let model): return .noEquationsToAnalyse(model: model)
            case .unknownName(let name, let known): return .noneOf(name: name, known: known)
            case .readsTime(let v): return .readsTime(variable: v)
            case .random(let v): return .drawsRandomNumbersInAnalysis(variable: v)
            case .unknownSymbol(let name, let v): return .readsUnknown(variable: v, name: name)
            case .fractional(let v): return .fractionalInAnalysis(variable: v)
            case .delayed(let model, let read): return .delayInAnalysis(model: model, read: read)
            }
        }

        public var description: String { problem.message }
    }

    /// The system of `model`: every variable with an equation is a state variable, except
    /// those in `held`, which become parameters at the given values; parameters and inputs
    /// are the varyable parameters, at their defaults or at `values` (SI).
    public init(model: NeuronModel, values: [String: Double] = [:], held: [String: Double] = [:], cache: CodeCache = CodeCache()) throws {
        let parts = try ModelParts(model: model, values: values, held: held)
        let field = try CompiledVectorField(states: parts.states, parameters: parts.parameterNames, rhs: parts.equations, cache: cache)
        self.init(variables: parts.states, parameters: parts.parameterNames, parameterValues: parts.parameterValues,
                  rhs: field.rhs, jacobian: field.jacobian, parameterDerivative: field.parameterDerivative)
        initialState = parts.initialState
        variableUnits = parts.states.map { model.variable($0)!.unit }
        variableDimensions = parts.states.map { model.variable($0)!.dimension }
        parameterUnits = parts.parameterUnits
        parameterDimensions = parts.parameterDimensions
        timeUnit = model.timeUnit
        if !parts.diffusions.isEmpty {
            let fields = try parts.diffusions.map {
                try CompiledVectorField(states: parts.states, parameters: parts.parameterNames, rhs: $0, cache: cache)
            }
            diffusion = { x, p in fields.map { $0.rhs(x, p) } }
        }
    }
}

/// What a model contributes to a system: the variables with equations (less the held
/// ones), and its parameters, inputs and other variables as parameters, with values.
struct ModelParts {
    var states: [String]
    var equations: [Expr]
    /// Per Wiener process, the factor of its noise in each equation (none without noise).
    var diffusions: [[Expr]]
    var parameterNames: [String]
    var parameterValues: [Double]
    var parameterUnits: [DisplayUnit]
    var parameterDimensions: [Dimension]
    var initialState: [Double]

    init(model: NeuronModel, values: [String: Double], held: [String: Double]) throws {
        let known = model.parameters.map(\.name) + model.inputs.map(\.name) + model.variables.map(\.name)
        for name in values.keys.sorted() + held.keys.sorted() where !known.contains(name) {
            throw DynamicalSystem.ModelFailure.unknownName(name, known: known)
        }
        if let read = model.delays.first { throw DynamicalSystem.ModelFailure.delayed(model: model.name, read: read.symbol) }
        let kept = model.equations.filter { held[$0.variable] == nil }
        guard !kept.isEmpty else { throw DynamicalSystem.ModelFailure.noEquations(model: model.name) }
        if let fractional = kept.first(where: { model.fractionalOrders[$0.variable] != nil }) {
            throw DynamicalSystem.ModelFailure.fractional(variable: fractional.variable)
        }
        states = kept.map(\.variable)
        equations = kept.map(\.rhs.drift)
        diffusions = model.noises.map { noise in kept.map { $0.rhs.diffusion(noise) } }
        var parameters: [(name: String, value: Double, unit: DisplayUnit, dimension: Dimension)]
            = model.parameters.map { ($0.name, $0.value, $0.unit, $0.dimension) }
        parameters += model.inputs.map { ($0.name, $0.defaultValue, $0.unit, $0.dimension) }
        for variable in model.variables where !states.contains(variable.name) {
            let value = try held[variable.name] ?? variable.initial.evaluate { name in
                parameters.first { $0.name == name }?.value
            }
            parameters.append((variable.name, value, variable.unit, variable.dimension))
        }
        for k in parameters.indices { parameters[k].value = values[parameters[k].name] ?? parameters[k].value }
        parameterNames = parameters.map(\.name)
        parameterValues = parameters.map(\.value)
        parameterUnits = parameters.map(\.unit)
        parameterDimensions = parameters.map(\.dimension)
        let lookup = Dictionary(uniqueKeysWithValues: zip(parameterNames, parameterValues))
        var initial: [String: Double] = [:]
        for variable in model.variables {
            let earlier = initial
            initial[variable.name] = try variable.initial.evaluate { lookup[$0] ?? earlier[$0] }
        }
        initialState = states.map { initial[$0]! }
    }
}
