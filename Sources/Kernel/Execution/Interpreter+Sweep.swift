import Language
import Network
import Output
import Plot
import Support

/// `print rate(W.A), rate(W.A) > rate(W.B)` where W is a sweep: each expression evaluated for every member
/// (`W.A` read as `W3.A` for the third), one row per member beside its swept values; and where `seed` is swept
/// beside other names, a second table of each row's mean over the seeds (the fraction of seeds, for a
/// comparison: a psychometric curve).
extension Interpreter {
    /// The sweep a print names (through `W.A`), if any.
    func sweep(namedIn expressions: [Expression]) -> Sweep? {
        network.sweeps.first { sweep in expressions.contains { $0.names(sweep.name) } }
    }

    func sweepTables(_ sweep: Sweep, _ expressions: [Expression], source: String) throws -> [Output] {
        let evaluator = PrintEvaluator(interpreter: self, source: source)
        var columns = zip(sweep.parameters, sweep.units).map { Table.Column($0, unit: $1) }
        var values: [[Double]] = sweep.members.map(\.values)
        for expression in expressions {
            var unit = ""
            for k in sweep.members.indices {
                let member = expression.renaming(sweep.name, to: sweep.members[k].instance)
                guard case .value(_, let numbers, false, let u) = try evaluator.output(for: member) else {
                    throw Diagnostic(.outOfRange(what: "a value printed for each member of \(sweep.name)", value: nil, valid: "is one number"),
                                     at: expression.range, hint: "print rate(\(sweep.name).P), mean(\(sweep.name).P.v) or count(\(sweep.name).P)")
                }
                values[k].append(numbers[0])
                unit = u
            }
            columns.append(Table.Column(String(decoding: Array(source.utf8)[expression.range.start.offset..<expression.range.end.offset], as: UTF8.self),
                                        unit: unit))
        }
        var tables = [Table(title: "sweep \(sweep.name) of \(sweep.definition)", columns: columns,
                            rows: values.map { $0.map(Table.Entry.number) })]
        if let seed = sweep.parameters.firstIndex(of: "seed"), sweep.parameters.count > 1 {
            tables.append(meanOverSeeds(sweep, columns: columns, values: values, seed: seed))
        }
        return tables.map(Output.table)
    }

    /// `plot rate W.A`: every member's population rate, each line named by the member's values; with one swept
    /// name, all in one panel; with several, one panel per value of the first (the others name the lines).
    func rate(of sweep: Sweep, _ path: String, at range: SourceRange) throws -> Figure {
        let facets = sweep.parameters.count > 1
        var panels: [Panel] = []
        var facet: Double?
        for k in sweep.members.indices {
            let member = try rate(sweep.memberName(path, k)!, at: range).panels[0]
            guard case .step(_, let x, let y, let style) = member.series[0] else { preconditionFailure("a rate is a staircase") }
            let values = sweep.members[k].values
            let named = zip(sweep.parameters, values).dropFirst(facets ? 1 : 0)
            let line = Series.step(name: named.map { "\($0) = \(NumberText.readable($1))" }.joined(separator: ", "), x: x, y: y, style: style)
            if panels.isEmpty || (facets && values[0] != facet) {
                var panel = member
                panel.series = [line]
                panel.legend = true
                if facets { panel.title = "\(sweep.parameters[0]) = \(NumberText.readable(values[0]))" }
                panels.append(panel)
                facet = values[0]
            } else {
                panels[panels.count - 1].series.append(line)
            }
        }
        return Figure(title: "rate of \(path) over sweep \(sweep.name)", panels: panels, sharedX: facets)
    }

    /// Rows that differ only in their seed, averaged, in the order their values first appear.
    private func meanOverSeeds(_ sweep: Sweep, columns: [Table.Column], values: [[Double]], seed: Int) -> Table {
        var groups: [[Double]: [[Double]]] = [:], order: [[Double]] = []
        let swept = sweep.parameters.count
        for row in values {
            var key = Array(row[..<swept])
            key.remove(at: seed)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(Array(row[swept...]))
        }
        let rows = order.map { key in
            let group = groups[key]!
            let means = group[0].indices.map { c in group.reduce(0) { $0 + $1[c] } / Double(group.count) }
            return (key + means).map(Table.Entry.number)
        }
        var kept = columns
        kept.remove(at: seed)
        return Table(title: "sweep \(sweep.name): mean over \(values.count / max(1, order.count)) seeds", columns: kept, rows: rows)
    }
}

extension Expression {
    /// Whether the expression reads a name under `name` (`W.A` for W).
    func names(_ name: String) -> Bool {
        switch kind {
        case .name(let n): return n == name
        case .number, .quantity, .string: return false
        case .member(let a, _), .unary(_, let a): return a.names(name)
        case .index(let a, _): return a.names(name)
        case .call(_, let args): return args.contains { $0.names(name) }
        case .binary(_, let a, let b): return a.names(name) || b.names(name)
        }
    }

    /// The expression with the name `name` read as `member` (`W.A` as `W3.A`); ranges stay as written.
    func renaming(_ name: String, to member: String) -> Expression {
        let renamed: Kind
        switch kind {
        case .name(let n): renamed = .name(n == name ? member : n)
        case .number, .quantity, .string: return self
        case .member(let a, let field): renamed = .member(a.renaming(name, to: member), field)
        case .index(let a, let slice): renamed = .index(a.renaming(name, to: member), slice)
        case .unary(let op, let a): renamed = .unary(op, a.renaming(name, to: member))
        case .call(let f, let args): renamed = .call(f, args.map { $0.renaming(name, to: member) })
        case .binary(let op, let a, let b): renamed = .binary(op, a.renaming(name, to: member), b.renaming(name, to: member))
        }
        return Expression(renamed, range)
    }
}
