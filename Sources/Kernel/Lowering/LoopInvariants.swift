import Symbolic

/// The values of a population's neuron loop that are the same for every neuron, named once and
/// computed once per step before the loop, as Brian2's generator does ("loop-invariant
/// optimisations"): every largest subexpression that reads only parameters, constant inputs,
/// dt, N (and t where the stage reads the step's start) is replaced by a symbol `@hK`, and a
/// division by such a value becomes a product with its reciprocal (x/τ → x·@hK, @hK = 1/τ).
///
/// The back ends evaluate the values in the same order and precision (C for tcc and cc, CUDA),
/// so the tiers keep giving the same bits. A hoisted value has the bits it had in the loop; a
/// reciprocal does not: x·(1/τ) is within about an ulp of x/τ, and it costs a product instead
/// of a division per neuron. Division by a constant stays as it is here: CExpression writes it
/// as a product with the reciprocal computed in double precision.
package struct LoopInvariants {
    /// Each reads only the invariant symbols (never another value), so any order computes them.
    package private(set) var values: [SymbolicAssignment] = []
    private let invariantSymbols: Set<String>

    /// `invariantSymbols`: the names whose value is the same for every neuron in a step.
    package init(invariantSymbols: Set<String>) {
        self.invariantSymbols = invariantSymbols
    }

    /// Whether `e` reads only values the same for every neuron (and draws no random number).
    package func isInvariant(_ e: Expr, readsTime: Bool = true) -> Bool {
        !e.isRandom && e.symbols.allSatisfy { symbol in
            invariantSymbols.contains(symbol) || (readsTime && symbol == "t")
        }
    }

    /// `e` with its invariant parts named; `readsTime` says whether t is the step's start where
    /// `e` is evaluated (a later Runge–Kutta stage reads its own time).
    package mutating func hoisting(_ e: Expr, readsTime: Bool = true) -> Expr {
        if isInvariant(e, readsTime: readsTime) { return worthNaming(e) ? name(e) : e }
        switch e {
        case .constant, .symbol:
            return e
        case .unary(let op, let a):
            return .unary(op, hoisting(a, readsTime: readsTime))
        case .binary(.divide, let a, let d) where isInvariant(d, readsTime: readsTime) && !d.symbols.isEmpty:
            return .binary(.multiply, hoisting(a, readsTime: readsTime), name(.binary(.divide, .constant(1), d)))
        case .binary(let op, let a, let b):
            return .binary(op, hoisting(a, readsTime: readsTime), hoisting(b, readsTime: readsTime))
        case .call(let f, let args):
            return .call(f, args.map { hoisting($0, readsTime: readsTime) })
        }
    }

    /// The symbol of `value`, named once however often it is asked for.
    package mutating func name(_ value: Expr) -> Expr {
        if let found = values.first(where: { $0.value == value }) { return .symbol(found.name) }
        let name = "@h\(values.count)"
        values.append(SymbolicAssignment(name, value))
        return .symbol(name)
    }

    /// A leaf costs nothing to read, and a constant expression is folded by the compilers.
    private func worthNaming(_ e: Expr) -> Bool {
        switch e {
        case .constant, .symbol: return false
        default: return !e.symbols.isEmpty
        }
    }
}
