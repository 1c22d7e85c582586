import Symbolic

/// The values a group of expressions computes more than once, computed once into locals.
///
/// Exponential Euler evaluates each right-hand side and its slope, which share every rate
/// function (HH's alpha_m appears in both); C compilers cannot share them, because libm calls
/// are opaque to tcc, and to cc with the builtins off that keep its results equal to tcc's.
/// The pass repeatedly takes the largest subexpression that occurs twice or more (in the
/// expressions and in the values named so far), names it and replaces it everywhere. Random
/// draws are never shared: each call is a draw of its own. Evaluating a shared value once gives
/// the same bits as evaluating it at each place.
package struct CommonSubexpressions {
    /// Named values, each after the values it reads.
    package private(set) var values: [(name: String, value: Expr)] = []
    /// The group, reading the named values.
    package private(set) var expressions: [Expr]

    /// `name(k)` names the k-th value; it must be a symbol no model can spell.
    package init(_ expressions: [Expr], name: (Int) -> String) {
        self.expressions = expressions
        var found: [(name: String, value: Expr)] = []
        while let shared = Self.largestRepeated(in: self.expressions + found.map(\.value)) {
            let symbol = Expr.symbol(name(found.count))
            self.expressions = self.expressions.map { $0.replacing(shared, with: symbol) }
            found = found.map { ($0.name, $0.value.replacing(shared, with: symbol)) }
            found.append((name(found.count), shared))
        }
        values = Self.dependencyOrder(found)
    }

    /// Only calls and nodes of four or more leaves and operators are worth a local.
    private static func largestRepeated(in expressions: [Expr]) -> Expr? {
        var tally = Tally()
        for e in expressions { tally.count(e) }
        let candidates = tally.counts.filter { $0.value >= 2 }.keys.filter { e in
            if case .call = e { return true }
            return tally.sizes[e]! >= 4
        }
        // Largest first; ties by spelling, so the generated C (and its cache key) is the same in every process.
        return candidates.max { a, b in
            (tally.sizes[a]!, String(describing: b)) < (tally.sizes[b]!, String(describing: a))
        }
    }

    private static func dependencyOrder(_ found: [(name: String, value: Expr)]) -> [(name: String, value: Expr)] {
        let byName = Dictionary(uniqueKeysWithValues: found.map { ($0.name, $0.value) })
        var ordered: [(name: String, value: Expr)] = [], placed: Set<String> = []
        func place(_ name: String) {
            guard !placed.contains(name), let value = byName[name] else { return }
            placed.insert(name)
            for symbol in value.symbols.sorted() { place(symbol) }
            ordered.append((name, value))
        }
        for (name, _) in found { place(name) }
        return ordered
    }
}

/// How often each non-random subexpression occurs, and its size.
private struct Tally {
    var counts: [Expr: Int] = [:]
    var sizes: [Expr: Int] = [:]

    /// Returns the size of `e`, or nil when `e` draws random numbers (it and its ancestors are not counted).
    @discardableResult
    mutating func count(_ e: Expr) -> Int? {
        let size: Int?
        switch e {
        case .constant, .symbol:
            return 1
        case .unary(_, let a):
            size = count(a).map { $0 + 1 }
        case .binary(_, let a, let b):
            let x = count(a), y = count(b)
            size = x.flatMap { x in y.map { x + $0 + 1 } }
        case .call(let f, let args):
            let parts = args.map { count($0) }
            size = f.isRandom || parts.contains(nil) ? nil : parts.reduce(1) { $0 + $1! }
        }
        guard let size else { return nil }
        counts[e, default: 0] += 1
        sizes[e] = size
        return size
    }
}

private extension Expr {
    /// Replaces every occurrence of `target` by `symbol`, keeping the rest of the tree as it is.
    func replacing(_ target: Expr, with symbol: Expr) -> Expr {
        if self == target { return symbol }
        switch self {
        case .constant, .symbol: return self
        case .unary(let op, let a): return .unary(op, a.replacing(target, with: symbol))
        case .binary(let op, let a, let b): return .binary(op, a.replacing(target, with: symbol), b.replacing(target, with: symbol))
        case .call(let f, let args): return .call(f, args.map { $0.replacing(target, with: symbol) })
        }
    }
}
