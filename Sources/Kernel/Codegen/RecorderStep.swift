import Language
import Lowering

/// Renders `record_state`: each recorder copies neurons lo..<hi of one variable into its next
/// row, or reduces an expression of them to one double, on the steps its start and interval
/// pick; it returns 1 when a buffer is full.
///
/// A reduction reads each neuron's value in double and folds it in neuron order as
/// `Reduction.apply` does (the first value, then `+=`, `<`, `>=`; a mean divides once at the
/// end), so a reduced recording holds the bits a reduction of the full recording would.
enum RecorderStep {
    static let recordState = CTemplate("""
        static int record_state(void **slot, const double *P, i64 s) {
            {{recorders}}
            (void)slot; (void)P; (void)s;
            return 0;
        }

        """)

    static let recordOne = CTemplate("""
         {
            const i64 start = (i64)P[{{start}}], every = (i64)P[{{every}}], lo = (i64)P[{{lo}}], hi = (i64)P[{{hi}}];
            if (s >= start && (s - start) % every == 0) {
                i64 *rows = (i64 *)slot[{{rows}}];
                if (*rows >= (i64)P[{{capacity}}]) return 1;
                const real *x = (const real *)slot[{{source}}];
                real *row = (real *)slot[{{buffer}}] + *rows * (hi - lo);
                for (i64 j = lo; j < hi; ++j) row[j - lo] = x[j];
                ++*rows;
            }
        }
        """)

    static let reduceOne = CTemplate("""
         {
            const i64 start = (i64)P[{{start}}], every = (i64)P[{{every}}], lo = (i64)P[{{lo}}], hi = (i64)P[{{hi}}];
            if (s >= start && (s - start) % every == 0) {
                i64 *rows = (i64 *)slot[{{rows}}];
                if (*rows >= (i64)P[{{capacity}}]) return 1;
                {{reads}}
                double acc = 0.0 / 0.0;
                for (i64 i = lo; i < hi; ++i) {
                    const double v = {{value}};
                    {{fold}}
                }
                ((double *)slot[{{buffer}}])[*rows] = {{result}};
                ++*rows;
            }
        }
        """)

    /// Holes are filled in the order slots and parameters were handed out before templates.
    static func generate(_ recorders: [NetworkPlan.RecorderPlan], into w: inout CodeWriter, layout: inout Layout) {
        var body = CodeWriter()
        for (r, recorder) in recorders.enumerated() {
            var holes: [String: CTemplate.Hole] = [:]
            if let reduction = recorder.reduction {
                holes = reduced(recorder, reduction, &layout)
            } else {
                holes["source"] = .text("\(layout.slot(.state(population: recorder.population, variable: recorder.variable)))")
            }
            holes["buffer"] = .text("\(layout.slot(.record(r)))")
            holes["rows"] = .text("\(layout.slot(.recordRows(r)))")
            for (name, field) in [("start", ParameterKey.RecordField.start), ("every", .every), ("lo", .lo), ("hi", .hi), ("capacity", .capacity)] {
                holes[name] = .text("\(layout.parameter(.record(r, field)))")
            }
            (recorder.reduction == nil ? recordOne : reduceOne).fill(holes, into: &body)
        }
        recordState.fill(["recorders": .lines(body)], into: &w)
    }

    /// The value read per neuron in double (state as stored, parameters as given), and how it is folded.
    private static func reduced(_ recorder: NetworkPlan.RecorderPlan, _ reduction: Reduction,
                                _ layout: inout Layout) -> [String: CTemplate.Hole] {
        let p = recorder.population
        let names = recorder.value.symbols.sorted()
        let reads = names.map { name in
            recorder.variables.contains(name)
                ? "const real *restrict r_\(name) = (const real *)slot[\(layout.slot(.state(population: p, variable: name)))];"
                : "const double q_\(name) = P[\(layout.parameter(.parameter(population: p, name: name)))];"
        }
        let value = CExpression(precision: .f64, name: { recorder.variables.contains($0) ? "(double)r_\($0)[i]" : "q_\($0)" })
            .render(recorder.value)
        let fold: String
        switch reduction {
        case .mean, .sum: fold = "acc = i == lo ? v : acc + v;"
        case .min: fold = "acc = i == lo || v < acc ? v : acc;"
        case .max: fold = "acc = i == lo || v >= acc ? v : acc;"
        }
        let result = reduction == .mean ? "acc / (double)(hi - lo)" : "acc"
        return ["reads": .lines(.lines(reads)), "value": .text(value), "fold": .text(fold), "result": .text(result)]
    }
}
