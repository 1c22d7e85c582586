import Integrators
import Symbolic

extension PopulationLowering {
    /// Every right side at the start of the step, sharing their common values as exponential Euler does.
    func fractional(_ scheme: FractionalScheme) -> FractionalUpdate {
        let equations = model.variables.compactMap { v in model.equations.first { $0.variable == v.name } }
        let group = CommonSubexpressions(equations.map { $0.rhs.exprelSafe() }) { "@c0_\($0)" }
        let results = model.variables.map { v -> FractionalUpdate.Result in
            guard let k = equations.firstIndex(where: { $0.variable == v.name }) else { return .init(variable: v.name) }
            return .init(variable: v.name, rate: group.expressions[k], order: model.fractionalOrders[v.name])
        }
        return FractionalUpdate(scheme: scheme, drives: drives(stage: 0), shared: group.values.map { SymbolicAssignment($0.name, $0.value) },
                                results: results)
    }
}
