import Language
import Support
import Symbolic

/// A smooth vector field dx/dt = f(x; p), the object every analysis works on:
/// fixed points, phase planes and continuation see only this, never model text.
/// Values are in the model's internal units (SI, or model units when dimensionless);
/// matrices are dense, row-major, n×n.
public struct DynamicalSystem: Sendable {
    /// The state variables, in the order of x.
    public var variables: [String]
    /// The parameters that may be varied, in the order of p.
    public var parameters: [String]
    /// The parameter values the system was built with.
    public var parameterValues: [Double]
    /// f(x; p).
    public var rhs: @Sendable (_ x: [Double], _ p: [Double]) -> [Double]
    /// ∂f/∂x, row-major: element (i, j) = ∂f_i/∂x_j at index i*n + j.
    public var jacobian: @Sendable (_ x: [Double], _ p: [Double]) -> [Double]
    /// ∂f/∂p_k for the parameter at index k.
    public var parameterDerivative: @Sendable (_ x: [Double], _ p: [Double], _ k: Int) -> [Double]
    /// How values are shown (SI values divided by the scale); empty where the system has no units.
    public var variableUnits: [DisplayUnit] = []
    public var parameterUnits: [DisplayUnit] = []
    /// What each variable measures, so values written for it can be checked.
    public var variableDimensions: [Dimension] = []
    public var parameterDimensions: [Dimension] = []
    /// The model's initial values (where continuation starts, and the centre of default search regions).
    public var initialState: [Double] = []
    /// The unit of time, so rates (eigenvalues) read as 1/ms where the model has units.
    public var timeUnit: DisplayUnit = .none
    /// For a model with noise: the factor g_k(x; p) of each of its Wiener processes (f is the drift).
    public var diffusion: (@Sendable (_ x: [Double], _ p: [Double]) -> [[Double]])?

    public init(variables: [String], parameters: [String], parameterValues: [Double],
                rhs: @escaping @Sendable ([Double], [Double]) -> [Double],
                jacobian: @escaping @Sendable ([Double], [Double]) -> [Double],
                parameterDerivative: @escaping @Sendable ([Double], [Double], Int) -> [Double]) {
        self.variables = variables
        self.parameters = parameters
        self.parameterValues = parameterValues
        self.rhs = rhs
        self.jacobian = jacobian
        self.parameterDerivative = parameterDerivative
    }

    public var dimension: Int { variables.count }

    public func variableIndex(_ name: String) -> Int? { variables.firstIndex(of: name) }
    public func parameterIndex(_ name: String) -> Int? { parameters.firstIndex(of: name) }

    public func variableUnit(_ i: Int) -> DisplayUnit { i < variableUnits.count ? variableUnits[i] : .none }
    public func parameterUnit(_ k: Int) -> DisplayUnit { k < parameterUnits.count ? parameterUnits[k] : .none }
    public func variableDimension(_ i: Int) -> Dimension { i < variableDimensions.count ? variableDimensions[i] : .one }
    public func parameterDimension(_ k: Int) -> Dimension { k < parameterDimensions.count ? parameterDimensions[k] : .one }

    /// "1/ms" where the model has units, "" otherwise.
    public var rateUnitName: String { timeUnit.name.isEmpty ? "" : "1/\(timeUnit.name)" }

    /// The eigenvalues of ∂f/∂x at x, by decreasing real part; NaN where LAPACK fails.
    public func spectrum(at x: [Double], parameters: [Double], blas: BLAS) -> [LinearAlgebra.Complex] {
        (try? LinearAlgebra.eigenvalues(Matrix(square: jacobian(x, parameters)), blas))
            ?? Array(repeating: LinearAlgebra.Complex(.nan, .nan), count: x.count)
    }

    /// Variables grouped by name, in order: "r[3]" belongs to r.
    public var variableGroups: [(name: String, indices: [Int])] {
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for (i, variable) in variables.enumerated() {
            let base = variable.split(separator: "[").first.map(String.init) ?? variable
            if members[base] == nil { order.append(base) }
            members[base, default: []].append(i)
        }
        return order.map { ($0, members[$0]!) }
    }
}
