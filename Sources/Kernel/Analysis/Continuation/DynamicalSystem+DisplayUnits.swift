import Language

extension DynamicalSystem {
    /// The same system with its variables, parameters and time in the units it is shown in
    /// (mV, uA/cm^2, ms rather than V, A/m^2, s), each unit's scale then 1.
    ///
    /// Continuation measures arclength in the Euclidean norm of (x, p): in SI a membrane
    /// potential of 0.06 V against a current density of 0.4 A/m^2 weighs almost nothing, so a
    /// step sized for the current jumps across the knee of an S-shaped curve to its far
    /// branch. In display units each coordinate counts as the user reads it.
    public var inDisplayUnits: DynamicalSystem {
        let x = (0..<dimension).map { variableUnit($0).scale }
        let p = parameters.indices.map { parameterUnit($0).scale }
        let time = timeUnit.scale
        guard x.contains(where: { $0 != 1 }) || p.contains(where: { $0 != 1 }) || time != 1 else { return self }
        let (f, jacobian, derivative, n) = (rhs, self.jacobian, parameterDerivative, dimension)
        let toSI: @Sendable ([Double], [Double]) -> [Double] = { values, scales in zip(values, scales).map { $0 * $1 } }
        var scaled = DynamicalSystem(
            variables: variables, parameters: parameters, parameterValues: zip(parameterValues, p).map { $0 / $1 },
            rhs: { s, q in zip(f(toSI(s, x), toSI(q, p)), x).map { time * $0 / $1 } },
            jacobian: { s, q in
                var j = jacobian(toSI(s, x), toSI(q, p))
                for r in 0..<n { for c in 0..<n { j[r * n + c] *= time * x[c] / x[r] } }
                return j
            },
            parameterDerivative: { s, q, k in zip(derivative(toSI(s, x), toSI(q, p), k), x).map { time * p[k] * $0 / $1 } })
        scaled.variableUnits = (0..<n).map { DisplayUnit(name: variableUnit($0).name, scale: 1) }
        scaled.parameterUnits = parameters.indices.map { DisplayUnit(name: parameterUnit($0).name, scale: 1) }
        scaled.variableDimensions = variableDimensions
        scaled.parameterDimensions = parameterDimensions
        scaled.initialState = zip(initialState, x).map { $0 / $1 }
        scaled.timeUnit = DisplayUnit(name: timeUnit.name, scale: 1)
        return scaled
    }
}
