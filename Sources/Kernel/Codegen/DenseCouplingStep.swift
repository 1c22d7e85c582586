import Lowering

/// Renders `dense_dK`: the accumulator of every neuron i set to Σ_j W[i, j] x_j, the row's
/// products summed in column order (so both compiler tiers and every thread count agree bit for
/// bit). Part 0 runs it before the updates and, for a staged population, after each stage from
/// the next stage's state (`stage` > 0).
struct DenseCouplingStep {
    let index: Int
    let plan: DenseCouplingPlan
    let staged: StagedCoupling?

    static let dense = CTemplate("""
        static void dense_d{{index}}(void **slot, const double *P, int stage) {
            const i64 n = (i64)P[{{size}}];
            const real *restrict weights = (const real *)slot[{{weights}}];
            const real *restrict x = (const real *)slot[{{x}}];
            (void)stage;
            real *restrict into = (real *)slot[{{into}}];
            for (i64 i = 0; i < n; ++i) {
                const real *restrict row = weights + i * n;
                real sum = 0;
                for (i64 j = 0; j < n; ++j) sum += row[j] * x[j];
                into[i] = sum;
            }
        }

        """)

    /// Holes are filled in the order they appear, which is the order slots are handed out.
    func generate(into w: inout CodeWriter, layout: inout Layout) {
        Self.dense.fill([
            "index": .text("\(index)"),
            "size": .text("\(layout.parameter(.size(population: plan.population)))"),
            "weights": .text("\(layout.slot(.denseWeights(population: plan.population, index: plan.index)))"),
            "x": .text(StagedCoupling.read(plan.variable, of: plan.population, staged, &layout)),
            "into": .text("\(layout.slot(.state(population: plan.population, variable: plan.accumulator)))"),
        ], into: &w)
    }
}

extension StagedCoupling {
    /// The slot a coupling reads a population's variable from: its state at stage 0, after that
    /// the stage's state where the population is staged.
    static func read(_ variable: String, of population: Int, _ staged: StagedCoupling?, _ layout: inout Layout) -> String {
        let state = layout.slot(.state(population: population, variable: variable))
        guard let reads = staged?.readVariables[population], reads.contains(variable) else { return "\(state)" }
        return "stage == 0 ? \(state) : \(layout.slot(.stageValues(population: population, name: "y_\(variable)")))"
    }
}
