/// The same system with its variables in another order (a phase plane's x and y).
extension DynamicalSystem {
    /// `order[k]` is the index, in this system, of the new k-th variable.
    public func reordered(_ order: [Int]) -> DynamicalSystem {
        precondition(order.sorted() == Array(0..<dimension), "a permutation of the variables")
        let n = dimension
        let inverse = (0..<n).map { order.firstIndex(of: $0)! }
        let original = self
        let back: @Sendable ([Double]) -> [Double] = { x in inverse.map { x[$0] } }
        var result = DynamicalSystem(
            variables: order.map { variables[$0] }, parameters: parameters, parameterValues: parameterValues,
            rhs: { x, p in let f = original.rhs(back(x), p); return order.map { f[$0] } },
            jacobian: { x, p in
                let j = original.jacobian(back(x), p)
                return order.flatMap { row in order.map { column in j[row * n + column] } }
            },
            parameterDerivative: { x, p, k in let d = original.parameterDerivative(back(x), p, k); return order.map { d[$0] } })
        result.variableUnits = variableUnits.isEmpty ? [] : order.map { variableUnits[$0] }
        result.variableDimensions = variableDimensions.isEmpty ? [] : order.map { variableDimensions[$0] }
        result.parameterUnits = parameterUnits
        result.parameterDimensions = parameterDimensions
        result.initialState = initialState.isEmpty ? [] : order.map { initialState[$0] }
        result.timeUnit = timeUnit
        if let diffusion {
            result.diffusion = { x, p in diffusion(back(x), p).map { g in order.map { g[$0] } } }
        }
        return result
    }
}
