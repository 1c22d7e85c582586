import Analysis
import Language
import Model
import Output
import Support

/// `linearize MODEL at (v = ..., w = ...)` or `at fixedpoints`: the Jacobian's
/// eigenvalues at each state, as a table per state and one figure of all of them.
extension Interpreter {
    func linearize(_ request: AnalysisRequest) throws -> [Output] {
        let system = try dynamicalSystem(request.model, at: request.modelRange, with: request.with, fix: request.fix)
        let states: [[Double]]
        switch request.at {
        case .state(let bindings):
            states = [try state(bindings, of: system)]
        case .fixedPoints, nil:
            states = try equilibria(system, request)
            guard !states.isEmpty else {
                throw Diagnostic(.noFixedPoint(model: request.model), at: request.range,
                                 hint: "widen the region with in v = [low, high]")
            }
        }
        let table = SpectrumTable(system: system, title: title("linearization of", request, system))
        let blas = try BLAS.require()
        let spectra = states.map { system.spectrum(at: $0, parameters: system.parameterValues, blas: blas) }
        let named = zip(states, spectra).map { (name: table.describe($0), eigenvalues: $1) }
        return zip(states, spectra).map { .table(table.table(at: $0, $1)) }
            + [.figure(SpectrumFigure(system: system).figure(named, title: "spectrum: " + table.title))]
    }

    /// The state the bindings give (in a population, `r = ...` sets every r[i]); the rest at their initial values.
    private func state(_ bindings: [Binding], of system: DynamicalSystem) throws -> [Double] {
        var x = system.initialState
        for binding in bindings {
            let indices = try variableIndices(binding.name, in: system, at: binding.range)
            let value = try ExpressionResolver.constant(binding.value, dimension: system.variableDimension(indices[0]), what: binding.name, scope: Scope())
            for i in indices { x[i] = value }
        }
        return x
    }
}
