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

        public var description: String {
            switch self {
            case .noEquations(let model): return "\(model) has no differential equations to analyse"
            case .unknownName(let name, let known): return "'\(name)' is none of " + known.joined(separator: ", ")
            case .readsTime(let v): return "d\(v)/dt reads the time t: analysis needs an autonomous system"
            case .random(let v): return "d\(v)/dt draws random numbers: analysis needs a deterministic system"
            case .unknownSymbol(let name, let v): return "d\(v)/dt reads '\(name)', which has no value here"
            }
        }
    }

    /// The system of `model`: every variable with an equation is a state variable, except
    /// those in `held`, which become parameters at the given values; parameters and inputs
    /// are the varyable parameters, at their defaults or at `values` (SI).
    public init(model: NeuronModel, values: [String: Double] = [:], held: [String: Double] = [:]) throws {
        let known = model.parameters.map(\.name) + model.inputs.map(\.name) + model.variables.map(\.name)
        for name in values.keys.sorted() + held.keys.sorted() where !known.contains(name) {
            throw ModelFailure.unknownName(name, known: known)
        }
        let equations = model.equations.filter { held[$0.variable] == nil }
        guard !equations.isEmpty else { throw ModelFailure.noEquations(model: model.name) }
        let states = equations.map(\.variable)
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
        let parameterNames = parameters.map(\.name), parameterValues = parameters.map(\.value)
        let field = try VectorField(states: states, parameters: parameterNames, rhs: equations.map(\.rhs))
        self.init(variables: states, parameters: parameterNames, parameterValues: parameterValues,
                  rhs: field.rhs, jacobian: field.jacobian, parameterDerivative: field.parameterDerivative)
        let lookup = Dictionary(uniqueKeysWithValues: zip(parameterNames, parameterValues))
        var initial: [String: Double] = [:]
        for variable in model.variables {
            let earlier = initial
            initial[variable.name] = try variable.initial.evaluate { lookup[$0] ?? earlier[$0] }
        }
        initialState = states.map { initial[$0]! }
        variableUnits = states.map { model.variable($0)!.unit }
        variableDimensions = states.map { model.variable($0)!.dimension }
        parameterUnits = parameters.map(\.unit)
        parameterDimensions = parameters.map(\.dimension)
        timeUnit = model.timeUnit
    }
}

/// f, ∂f/∂x and ∂f/∂p as compiled expressions over one array [x..., p...];
/// derivatives that are identically zero are left out.
private struct VectorField: Sendable {
    struct Entry: Sendable {
        var index: Int
        var value: CompiledExpression
    }

    let n: Int
    let functions: [CompiledExpression]
    /// Row-major index i*n + j of each non-zero Jacobian entry.
    let jacobianEntries: [Entry]
    /// For each parameter, the rows where ∂f_i/∂p is not zero.
    let parameterEntries: [[Entry]]

    init(states: [String], parameters: [String], rhs: [Expr]) throws {
        let names = states + parameters
        let slots = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        n = states.count
        var functions: [CompiledExpression] = []
        var jacobian: [Entry] = []
        var byParameter = [[Entry]](repeating: [], count: parameters.count)
        for (i, f) in rhs.enumerated() {
            let symbols = f.symbols
            if symbols.contains("t") { throw DynamicalSystem.ModelFailure.readsTime(variable: states[i]) }
            if f.isRandom { throw DynamicalSystem.ModelFailure.random(variable: states[i]) }
            if let unknown = symbols.subtracting(names).sorted().first {
                throw DynamicalSystem.ModelFailure.unknownSymbol(unknown, variable: states[i])
            }
            functions.append(try CompiledExpression(f, slots: slots))
            for (j, name) in names.enumerated() where symbols.contains(name) {
                let derivative = f.derivative(with: name)
                if derivative == .zero { continue }
                let compiled = try CompiledExpression(derivative, slots: slots)
                if j < n { jacobian.append(Entry(index: i * n + j, value: compiled)) }
                else { byParameter[j - n].append(Entry(index: i, value: compiled)) }
            }
        }
        self.functions = functions
        jacobianEntries = jacobian
        parameterEntries = byParameter
    }

    private static func withValues<R>(_ x: [Double], _ p: [Double], _ body: (UnsafePointer<Double>) -> R) -> R {
        (x + p).withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    var rhs: @Sendable ([Double], [Double]) -> [Double] {
        { [functions] x, p in VectorField.withValues(x, p) { values in functions.map { $0(values) } } }
    }

    var jacobian: @Sendable ([Double], [Double]) -> [Double] {
        { [n, jacobianEntries] x, p in
            VectorField.withValues(x, p) { values in
                var m = [Double](repeating: 0, count: n * n)
                for entry in jacobianEntries { m[entry.index] = entry.value(values) }
                return m
            }
        }
    }

    var parameterDerivative: @Sendable ([Double], [Double], Int) -> [Double] {
        { [n, parameterEntries] x, p, k in
            VectorField.withValues(x, p) { values in
                var column = [Double](repeating: 0, count: n)
                for entry in parameterEntries[k] { column[entry.index] = entry.value(values) }
                return column
            }
        }
    }
}
