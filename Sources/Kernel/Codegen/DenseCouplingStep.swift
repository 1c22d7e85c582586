/// Generates `dense_dK`: the accumulator of every neuron i set to Σ_j W[i, j] x_j, the row's
/// products summed in column order (so both compiler tiers and every thread count agree bit for
/// bit). Part 0 runs it before the updates, so the coupled input is held over the step's stages.
struct DenseCouplingStep {
    let index: Int
    let plan: DenseCouplingPlan

    func generate(into w: inout CodeWriter, layout: inout Layout) {
        w.block("static void dense_d\(index)(void **slot, const double *P)") { w in
            w.line("const i64 n = (i64)P[\(layout.parameter(.size(population: plan.population)))];")
            w.line("const real *restrict weights = (const real *)slot[\(layout.slot(.denseWeights(population: plan.population, index: plan.index)))];")
            w.line("const real *restrict x = (const real *)slot[\(layout.slot(.state(population: plan.population, variable: plan.variable)))];")
            w.line("real *restrict into = (real *)slot[\(layout.slot(.state(population: plan.population, variable: plan.accumulator)))];")
            w.block("for (i64 i = 0; i < n; ++i)") { w in
                w.line("const real *restrict row = weights + i * n;")
                w.line("real sum = 0;")
                w.line("for (i64 j = 0; j < n; ++j) sum += row[j] * x[j];")
                w.line("into[i] = sum;")
            }
        }
        w.line("")
    }
}
