import Model
import Symbolic

/// A model's equations as dx/dt = A·x + b, with A constant over the run (it reads parameters
/// only) and b read at the start of each step (it may read inputs, which hold over the step, and
/// variables without an equation): what `method = exact` needs. A model that is not of this form
/// is refused with the first equation that is not, and why.
///
///     dv/dt = -v/tau + w, dw/dt = -w/tau2  →  A = [[-1/tau, 1], [0, -1/tau2]], b = [0, 0]
public struct LinearSystem: Sendable {
    /// The variables with an equation, in declaration order: the rows and columns of A.
    public var variables: [String]
    /// A[row][column] = ∂f_row/∂x_column, over parameters only.
    public var coefficients: [[Expr]]
    /// f at x = 0 for each row.
    public var constants: [Expr]

    public struct Refusal: Error, Sendable, Equatable {
        /// The variable whose equation is not linear with constant coefficients.
        public var variable: String
        public var reason: Reason
    }

    public enum Reason: Sendable, Equatable {
        /// ∂f/∂x reads this state variable.
        case nonlinear(in: String)
        /// f reads t, or an input driven by an expression of t.
        case timeDependent(through: String)
        /// A coefficient reads an input or the neuron index, which the propagator, computed once, cannot follow.
        case varyingCoefficient(String)
    }

    /// `timeDependentInputs`: the inputs driven by an expression of t.
    public init(model: NeuronModel, timeDependentInputs: Set<String>) throws {
        let equations = model.variables.compactMap { v in model.equations.first { $0.variable == v.name } }
        variables = equations.map(\.variable)
        let state = Set(model.variables.map(\.name))
        let varying = Set(model.inputs.map(\.name) + ["i", "t"])
        let zero = Dictionary(uniqueKeysWithValues: variables.map { ($0, Expr.zero) })
        var rows: [[Expr]] = []
        for equation in equations {
            let f = equation.rhs
            if let time = f.symbols.intersection(timeDependentInputs.union(["t"])).sorted().first {
                throw Refusal(variable: equation.variable, reason: .timeDependent(through: time))
            }
            rows.append(try variables.map { x in
                let a = f.derivative(with: x)
                if let y = a.symbols.intersection(state).sorted().first { throw Refusal(variable: equation.variable, reason: .nonlinear(in: y)) }
                if let v = a.symbols.intersection(varying).sorted().first { throw Refusal(variable: equation.variable, reason: .varyingCoefficient(v)) }
                return a
            })
        }
        coefficients = rows
        constants = equations.map { $0.rhs.substituting(zero) }
    }
}

extension LinearSystem.Reason {
    /// Completes "dx/dt of M …" in a message.
    public var text: String {
        switch self {
        case .nonlinear(let variable): return "is nonlinear in \(variable)"
        case .timeDependent(let name): return name == "t" ? "depends on t" : "depends on t through the drive of \(name)"
        case .varyingCoefficient(let name): return "has a coefficient that reads \(name), which is not constant"
        }
    }
}
