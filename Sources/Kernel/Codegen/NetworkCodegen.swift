/// Lowers a network to one C translation unit whose entry point runs a chunk
/// of steps: `i64 soma_chunk(void **slot, i64 step0, i64 nsteps)` (ChunkLoop)
/// returns the number of steps it completed (fewer when a buffer fills or a
/// value goes non-finite, which it reports in the `error` slot).
public enum NetworkCodegen {
    public static func generate(_ plan: NetworkPlan) -> GeneratedUnit {
        var layout = Layout()
        var w = CodeWriter()
        _ = layout.slot(.parameters)
        _ = layout.slot(.seed)
        _ = layout.slot(.error)
        _ = layout.parameter(.dt)
        w.raw(CPrelude.text(precision: plan.precision))
        for (index, population) in plan.populations.enumerated() {
            PopulationStep(index: index, plan: population, precision: plan.precision).generate(into: &w, layout: &layout)
        }
        if plan.projections.contains(where: \.delayPerSynapse) {
            w.raw("typedef struct { int *events; i64 n, capacity; } soma_queue;\nvoid *realloc(void *, unsigned long);\n")
        }
        for (index, projection) in plan.projections.enumerated() {
            ProjectionStep(index: index, plan: projection, source: plan.populations[projection.source],
                           target: plan.populations[projection.target], precision: plan.precision).generate(into: &w, layout: &layout)
        }
        if !plan.poissonInputs.isEmpty { w.raw(PoissonInputStep.prototypes) }
        for (index, input) in plan.poissonInputs.enumerated() {
            PoissonInputStep(index: index, plan: input, target: plan.populations[input.target], precision: plan.precision)
                .generate(into: &w, layout: &layout)
        }
        for (index, coupling) in plan.denseCouplings.enumerated() {
            DenseCouplingStep(index: index, plan: coupling).generate(into: &w, layout: &layout)
        }
        recorderFunctions(plan, &w, &layout)
        ChunkLoop.generate(plan, &w, &layout)
        return GeneratedUnit(source: w.text, slots: layout.slots, parameters: layout.parameters, origins: w.origins)
    }

    private static func recorderFunctions(_ plan: NetworkPlan, _ w: inout CodeWriter, _ layout: inout Layout) {
        w.block("static int record_state(void **slot, const double *P, i64 s)") { w in
            for (r, recorder) in plan.recorders.enumerated() {
                let source = layout.slot(.state(population: recorder.population, variable: recorder.variable))
                let buffer = layout.slot(.record(r)), rows = layout.slot(.recordRows(r))
                let start = layout.parameter(.record(r, .start)), every = layout.parameter(.record(r, .every))
                let lo = layout.parameter(.record(r, .lo)), hi = layout.parameter(.record(r, .hi))
                let capacity = layout.parameter(.record(r, .capacity))
                w.block("") { w in
                    w.line("const i64 start = (i64)P[\(start)], every = (i64)P[\(every)], lo = (i64)P[\(lo)], hi = (i64)P[\(hi)];")
                    w.block("if (s >= start && (s - start) % every == 0)") { w in
                        w.line("i64 *rows = (i64 *)slot[\(rows)];")
                        w.line("if (*rows >= (i64)P[\(capacity)]) return 1;")
                        w.line("const real *x = (const real *)slot[\(source)];")
                        w.line("real *row = (real *)slot[\(buffer)] + *rows * (hi - lo);")
                        w.line("for (i64 j = lo; j < hi; ++j) row[j - lo] = x[j];")
                        w.line("++*rows;")
                    }
                }
            }
            w.line("(void)slot; (void)P; (void)s;")
            w.line("return 0;")
        }
        w.line("")
    }
}
