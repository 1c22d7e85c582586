import Language

/// The rewrites composition makes on the syntax tree: names changed, currents written out.
extension ModelItem {
    func mapExpressions(_ transform: (Expression) -> Expression) -> ModelItem {
        func binding(_ b: Binding) -> Binding { var b = b; b.value = transform(b.value); return b }
        switch self {
        case .parameters(let list): return .parameters(list.map(binding))
        case .variables(let list): return .variables(list.map(binding))
        case .inputs(let list): return .inputs(list.map(binding))
        case .intermediate(let b): return .intermediate(binding(b))
        case .derivative(let b): return .derivative(binding(b))
        case .history(let b): return .history(binding(b))
        case .fractional(let f): return .fractional(FractionalDerivative(binding: binding(f.binding), order: transform(f.order)))
        case .spike(let e): return .spike(transform(e))
        case .refractory(let e): return .refractory(transform(e))
        case .reset(let assignments, let range):
            return .reset(assignments.map { var a = $0; a.value = transform(a.value); return a }, range)
        case .use: return self
        }
    }

    /// The names a channel's items declare (and the variable an equation is for), renamed.
    func renamingDeclared(_ names: [String: String], placedAt place: SourceRange?) -> ModelItem {
        func binding(_ b: Binding) -> Binding {
            var b = b
            b.name = names[b.name] ?? b.name
            if let place { b.range = place }
            return b
        }
        switch self {
        case .parameters(let list): return .parameters(list.map(binding))
        case .variables(let list): return .variables(list.map(binding))
        case .intermediate(let b): return .intermediate(binding(b))
        case .derivative(let b): return .derivative(binding(b))
        default: return self
        }
    }
}

extension Expression {
    /// The same tree with `transform` applied to each child.
    private func mapChildren(_ transform: (Expression) -> Expression) -> Kind {
        switch kind {
        case .number, .quantity, .string, .name: return kind
        case .member(let a, let name): return .member(transform(a), name)
        case .index(let a, .single(let i)): return .index(transform(a), .single(transform(i)))
        case .index(let a, .range(let lo, let hi)): return .index(transform(a), .range(lo.map(transform), hi.map(transform)))
        case .call(let f, let args): return .call(f, args.map(transform))
        case .unary(let op, let a): return .unary(op, transform(a))
        case .binary(let op, let a, let b): return .binary(op, transform(a), transform(b))
        }
    }

    /// Names (and delayed reads `m(t - d)`) renamed; every position moved to `place` when given.
    func renaming(_ names: [String: String], placedAt place: SourceRange?) -> Expression {
        let range = place ?? self.range
        switch kind {
        case .name(let name): return Expression(.name(names[name] ?? name), range)
        case .call(let f, let args): return Expression(.call(names[f] ?? f, args.map { $0.renaming(names, placedAt: place) }), range)
        default: return Expression(mapChildren { $0.renaming(names, placedAt: place) }, range)
        }
    }

    /// `currents` names a sum (`I_channels`) and its terms: `a - I_channels` becomes `a - c1 - c2 - ...`,
    /// `a + I_channels` becomes `a + c1 + c2 + ...`, and the name elsewhere `c1 + c2 + ...`.
    func splicing(_ currents: [String: [String]]) -> Expression {
        switch kind {
        case .binary(let op, let a, let b) where op == .add || op == .subtract:
            let left = a.splicing(currents)
            if case .name(let name) = b.kind, let terms = currents[name] {
                return terms.reduce(left) { Expression(.binary(op, $0, Expression(.name($1), b.range)), range) }
            }
            return Expression(.binary(op, left, b.splicing(currents)), range)
        case .name(let name):
            guard let terms = currents[name], let first = terms.first else { return self }
            return terms.dropFirst().reduce(Expression(.name(first), range)) { Expression(.binary(.add, $0, Expression(.name($1), range)), range) }
        default:
            return Expression(mapChildren { $0.splicing(currents) }, range)
        }
    }
}
