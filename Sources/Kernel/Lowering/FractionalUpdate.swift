import Integrators
import Symbolic

/// A population with fractional equations: every right side read at the start of the step
/// (`rate`, after the shared values), then each variable's new state. A fractional variable
/// steps by its scheme (`FractionalScheme`) over the memory the runtime holds, its weights
/// computed once per run from its `order`; an ordinary one by Euler.
public struct FractionalUpdate: Sendable, Hashable {
    public var scheme: FractionalScheme
    public var drives: [StageDrive]
    public var shared: [SymbolicAssignment]
    /// One per model variable, in declaration order.
    public var results: [Result]

    public struct Result: Sendable, Hashable {
        public var variable: String
        /// The right side; nil for a variable without an equation.
        public var rate: Expr?
        /// alpha (a constant or a parameter's symbol) for a fractional equation; nil: ordinary.
        public var order: Expr?

        init(variable: String, rate: Expr? = nil, order: Expr? = nil) {
            self.variable = variable
            self.rate = rate
            self.order = order
        }
    }

    /// The variables with a memory, in declaration order.
    public var fractionalVariables: [String] { results.filter { $0.order != nil }.map(\.variable) }
}

extension FractionalUpdate {
    /// `f_x = rate`, then `n_x = x + @w0_x * f_x - @memory_x` for a fractional variable (the memory sum
    /// is not a straight-line expression) and `n_x = x + dt * f_x` for an ordinary one.
    var assignments: [SymbolicAssignment] {
        let names = Dictionary(uniqueKeysWithValues: drives.map { ($0.input, Expr.symbol("in0_\($0.input)")) })
        var program = drives.map { SymbolicAssignment("in0_\($0.input)", ($0.value ?? .symbol($0.input)).substituting(names)) }
        program += shared.map { SymbolicAssignment($0.name, $0.value.substituting(names)) }
        for result in results {
            let x = Expr.symbol(result.variable), f = Expr.symbol("f_\(result.variable)")
            guard let rate = result.rate else {
                program.append(SymbolicAssignment("n_\(result.variable)", x))
                continue
            }
            program.append(SymbolicAssignment("f_\(result.variable)", rate.substituting(names)))
            let next: Expr = result.order == nil
                ? .binary(.add, x, .binary(.multiply, .symbol("dt"), f))
                : .binary(.subtract, .binary(.add, x, .binary(.multiply, .symbol("@w0_\(result.variable)"), f)), .symbol("@memory_\(result.variable)"))
            program.append(SymbolicAssignment("n_\(result.variable)", next))
        }
        return program
    }
}
