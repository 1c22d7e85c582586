import Language

/// A network body's statements as one instance builds them: the definition's parameters replaced by the
/// instance's values (expressions, so units and `rand()` stay as written) wherever an expression reads
/// them, and the body's own names — its populations, projections and nested instances — put under the
/// instance's (`E` → `V1.E`, `L4.E` → `V1.L4.E`).
struct InstanceRenaming {
    /// `V1.`, ending in a dot.
    let prefix: String
    /// The names the body declares: populations and nested instances.
    let local: Set<String>
    let values: [String: Expression]

    func statement(_ statement: Statement) -> Statement {
        switch statement {
        case .population(var declaration):
            declaration.name = prefix + declaration.name
            declaration.size = expression(declaration.size)
            declaration.overrides = declaration.overrides.map(binding)
            return .population(declaration)
        case .connect(var connect):
            if connect.poisson == nil { connect.source = name(connect.source) }
            if var poisson = connect.poisson {
                (poisson.count, poisson.rate) = (expression(poisson.count), expression(poisson.rate))
                connect.poisson = poisson
            }
            connect.targets = connect.targets.map { target in
                var target = target
                target.population = name(target.population)
                return target
            }
            connect.arguments = connect.arguments.map(binding)
            connect.options = connect.options.map(binding)
            connect.name = connect.name.map { Word(text: prefix + $0.text, range: $0.range) }
            return .connect(connect)
        case .assign(let field, let value):
            return .assign(reference(field), expression(value))
        case .record(let fields, let every, let range):
            return .record(fields.map(reference), every: every.map(expression), range)
        case .recordRate(let population, let populationRange, let window, let range):
            return .recordRate(population: name(population), populationRange: populationRange, window: expression(window), range)
        case .couple(var declaration):
            declaration.source = reference(declaration.source)
            declaration.target = reference(declaration.target)
            declaration.weight = expression(declaration.weight)
            declaration.probability = declaration.probability.map(expression)
            declaration.delay = declaration.delay.map(expression)
            return .couple(declaration)
        case .networkInstance(var instance):
            instance.arguments = instance.arguments.map(binding)
            return .networkInstance(instance)
        default:
            return statement
        }
    }

    /// A dotted name whose first part the body declares, under the instance; any other stays as written
    /// (and fails where it is used, as an unknown population).
    func name(_ path: String) -> String {
        let first = path.split(separator: ".", maxSplits: 1).first.map(String.init) ?? path
        return local.contains(first) ? prefix + path : path
    }

    func expression(_ e: Expression) -> Expression {
        switch e.kind {
        case .name(let n): return values[n].map { Expression($0.kind, e.range) } ?? e
        case .number, .quantity, .string: return e
        case .member(let base, let field):
            if let dotted = e.dottedName, name(dotted) != dotted { return Self.dotted(name(dotted), e.range) }
            return Expression(.member(expression(base), field), e.range)
        case .index(let base, let slice): return Expression(.index(expression(base), self.slice(slice)), e.range)
        case .call(let f, let args): return Expression(.call(f, args.map(expression)), e.range)
        case .unary(let op, let a): return Expression(.unary(op, expression(a)), e.range)
        case .binary(let op, let a, let b): return Expression(.binary(op, expression(a), expression(b)), e.range)
        }
    }

    private func slice(_ slice: Slice) -> Slice {
        switch slice {
        case .single(let e): return .single(expression(e))
        case .range(let lo, let hi): return .range(lo.map(expression), hi.map(expression))
        }
    }

    private func binding(_ b: Binding) -> Binding {
        var b = b
        b.value = expression(b.value)
        return b
    }

    private func reference(_ field: FieldReference) -> FieldReference {
        var field = field
        field.population = name(field.population)
        field.slice = field.slice.map(slice)
        return field
    }

    /// `V1.E.V` as the member chain a parser makes of it.
    private static func dotted(_ path: String, _ range: SourceRange) -> Expression {
        let parts = path.split(separator: ".").map(String.init)
        return parts.dropFirst().reduce(Expression(.name(parts[0]), range)) { Expression(.member($0, $1), range) }
    }
}
