import Support
import Symbolic

/// A fast–slow reduction: some variables follow their steady state given the
/// others (f_s(x, s) = 0 solved for s by Newton at every point), so the reduced
/// field is f_a(x, s*(x)) with the Jacobian J_aa − J_as J_ss⁻¹ J_sa and parameter
/// derivatives ∂f_a/∂p − J_as J_ss⁻¹ ∂f_s/∂p (the implicit function theorem).
extension DynamicalSystem {
    /// Newton stops when every step is below this fraction of the variable's display unit (or size).
    static let steadyTolerance = 1e-12
    static let steadyIterations = 50

    /// The system of the variables not in `steady`; those follow their steady state, found by
    /// Newton from their initial values. Where Newton fails, the field is NaN.
    public func reduced(steady: [Int], blas: BLAS) -> DynamicalSystem {
        let kept = variables.indices.filter { !steady.contains($0) }
        let n = dimension
        let full = self
        let start = steady.map { initialState[$0] }
        let scales = steady.map { max(variableUnit($0).scale, abs(initialState[$0])) }
        @Sendable func block(_ j: [Double]) -> Matrix {
            Matrix(rows: steady.count, columns: steady.count, values: steady.flatMap { r in steady.map { j[r * n + $0] } })
        }
        /// The full state at x with the slaved variables at their steady state.
        @Sendable func slaved(_ x: [Double], _ p: [Double]) -> [Double] {
            var z = [Double](repeating: 0, count: n)
            for (k, i) in kept.enumerated() { z[i] = x[k] }
            var s = start
            for _ in 0..<DynamicalSystem.steadyIterations {
                for (k, i) in steady.enumerated() { z[i] = s[k] }
                let f = full.rhs(z, p), j = full.jacobian(z, p)
                guard let step = try? LinearAlgebra.solve(block(j), steady.map { f[$0] }, blas) else { break }
                s = zip(s, step).map { $0 - $1 }
                if zip(step, scales).allSatisfy({ abs($0) <= DynamicalSystem.steadyTolerance * $1 }) {
                    for (k, i) in steady.enumerated() { z[i] = s[k] }
                    return z
                }
            }
            return [Double](repeating: .nan, count: n)
        }
        /// J_ss⁻¹ times the given columns (rows indexed by the slaved variables), from the Jacobian at z.
        @Sendable func eliminate(_ j: [Double], _ columns: Matrix) -> Matrix? {
            try? LinearAlgebra.solve(block(j), columns, blas)
        }
        var result = DynamicalSystem(
            variables: kept.map { variables[$0] }, parameters: parameters, parameterValues: parameterValues,
            rhs: { x, p in let f = full.rhs(slaved(x, p), p); return kept.map { f[$0] } },
            jacobian: { x, p in
                let j = full.jacobian(slaved(x, p), p)
                let sa = Matrix(rows: steady.count, columns: kept.count, values: steady.flatMap { r in kept.map { j[r * n + $0] } })
                guard let x = eliminate(j, sa) else { return [Double](repeating: .nan, count: kept.count * kept.count) }
                return kept.flatMap { r in
                    kept.indices.map { c in j[r * n + kept[c]] - steady.indices.reduce(0) { $0 + j[r * n + steady[$1]] * x[$1, c] } }
                }
            },
            parameterDerivative: { x, p, k in
                let z = slaved(x, p)
                let j = full.jacobian(z, p), d = full.parameterDerivative(z, p, k)
                guard let y = eliminate(j, Matrix(rows: steady.count, columns: 1, values: steady.map { d[$0] })) else {
                    return [Double](repeating: .nan, count: kept.count)
                }
                return kept.map { r in d[r] - steady.indices.reduce(0) { $0 + j[r * n + steady[$1]] * y[$1, 0] } }
            })
        result.variableUnits = variableUnits.isEmpty ? [] : kept.map { variableUnits[$0] }
        result.variableDimensions = variableDimensions.isEmpty ? [] : kept.map { variableDimensions[$0] }
        result.parameterUnits = parameterUnits
        result.parameterDimensions = parameterDimensions
        result.initialState = kept.map { initialState[$0] }
        result.timeUnit = timeUnit
        return result
    }
}
