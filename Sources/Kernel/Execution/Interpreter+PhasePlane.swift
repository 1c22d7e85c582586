import Analysis
import Language
import Model
import Plot
import Support

/// `phaseplane MODEL x = v in [a, b] [y = w in [c, d]] [fix ...] [from (v0, w0), ...] [with ...]`.
extension Interpreter {
    func phasePlane(_ request: AnalysisRequest) throws -> Figure {
        let full = try dynamicalSystem(request.model, at: request.modelRange, with: request.with, fix: request.fix)
        let axes = request.region.map(\.variable)
        let others = full.variables.filter { !axes.contains($0) }
        guard others.isEmpty else {
            throw Diagnostic(.unheldVariables(shown: axes, model: request.model, others: others),
                             at: request.range, hint: "hold the others at values or at their steady state: fix " + others.map { "\($0) = ..." }.joined(separator: ", ")
                                 + " (a value, or steady)")
        }
        guard Set(axes).count == axes.count else {
            throw Diagnostic(.sameAxes, at: request.region.last!.range)
        }
        var order: [Int] = []
        for interval in request.region {
            guard let i = full.variableIndex(interval.variable) else {
                throw Diagnostic(.notAStateVariable(name: interval.variable, system: request.model), at: interval.range,
                                 hint: "its variables are " + full.variables.joined(separator: ", "))
            }
            order.append(i)
        }
        let system = full.reordered(order)
        var plane = PhasePlane(system: system, parameters: system.parameterValues, box: try searchBox(system, request).0,
                               blas: try BLAS.require())
        plane.starts = try request.starts.map { try startingPoint($0, system) }
        return plane.figure(title: title("phase plane of", request, system))
    }

    private func startingPoint(_ values: [Expression], _ system: DynamicalSystem) throws -> [Double] {
        guard values.count == system.dimension else {
            throw Diagnostic(.startingPointSize(variables: system.variables, found: values.count),
                             at: values[0].range.union(values[values.count - 1].range))
        }
        return try zip(values, system.variables.indices).map { value, i in
            try ExpressionResolver.constant(value, dimension: system.variableDimension(i), what: system.variables[i], scope: Scope())
        }
    }
}
