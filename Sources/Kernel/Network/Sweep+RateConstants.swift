import Symbolic

/// `connect poisson(1, rate = 40 Hz * (1 + c / 100)) -> A` swept over c: the members' rates are one expression whose
/// constants differ, which the step would hold as literals. Each such constant becomes a number the step reads from
/// the target's parameters (`batch_rate_q_k`, given per member), so that the members share their code. Only constants
/// that C renders as the literal alone are lifted (not a divisor, which becomes a product by its reciprocal, nor an
/// exponent or a function's argument, nor anything inside those), so a member's rate is computed, bit for bit, as from its literal.
extension Network {
    public static func liftingRateConstants(_ members: [Network]) -> [Network] {
        var members = members
        guard let first = members.first else { return members }
        for q in first.poissonInputs.indices {
            let rates = members.map { $0.poissonInputs[q].rate }
            guard rates.contains(where: { $0 != rates[0] }), let lifted = lift(rates, named: "batch_rate_\(q)_") else { continue }
            for k in members.indices {
                members[k].poissonInputs[q].rate = lifted.rate
                let target = members[k].poissonInputs[q].target
                for (name, value) in lifted.values[k] { members[k].populations[target].parameters[name] = value }
            }
        }
        return members
    }

    /// One rate with a symbol for each constant in which the rates differ, and each member's values of them; nil where
    /// the rates differ in more than liftable constants.
    private static func lift(_ rates: [Expr], named prefix: String) -> (rate: Expr, values: [[String: Double]])? {
        var values = Array(repeating: [String: Double](), count: rates.count)
        func walk(_ es: [Expr], liftable: Bool) -> Expr? {
            switch es[0] {
            case .constant:
                let numbers = es.compactMap { e -> Double? in if case .constant(let v) = e { v } else { nil } }
                guard numbers.count == es.count else { return nil }
                guard numbers.contains(where: { $0.bitPattern != numbers[0].bitPattern }) else { return es[0] }
                guard liftable else { return nil }
                let name = prefix + "\(values[0].count)"
                for k in numbers.indices { values[k][name] = numbers[k] }
                return .symbol(name)
            case .symbol:
                return es.allSatisfy({ $0 == es[0] }) ? es[0] : nil
            case .unary(let op, _):
                let operands = es.compactMap { if case .unary(op, let a) = $0 { a } else { nil } }
                guard operands.count == es.count else { return nil }
                return walk(operands, liftable: liftable && op == .negate).map { .unary(op, $0) }
            case .binary(let op, _, _):
                let pairs = es.compactMap { if case .binary(op, let a, let b) = $0 { (a, b) } else { nil } }
                guard pairs.count == es.count else { return nil }
                let plain = op != .divide && op != .power
                guard let a = walk(pairs.map(\.0), liftable: liftable && op != .power), let b = walk(pairs.map(\.1), liftable: liftable && plain) else { return nil }
                return .binary(op, a, b)
            case .call:
                return es.allSatisfy({ $0 == es[0] }) ? es[0] : nil
            }
        }
        return walk(rates, liftable: true).map { ($0, values) }
    }
}
