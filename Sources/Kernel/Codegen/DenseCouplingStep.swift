import Lowering

/// Renders `dense_dK`: the accumulator of every target neuron i set to Σ_j W[i, j] x_j over the source's neurons, the row's
/// products summed in column order (so both compiler tiers and every thread count agree bit for
/// bit). Part 0 runs it before the updates and, for a staged population, after each stage from
/// the next stage's state (`stage` > 0).
struct DenseCouplingStep {
    let index: Int
    let plan: DenseCouplingPlan
    let staged: StagedCoupling?

    /// `stage` is the stage summed for and `c` where it lies in the step (t + c·dt).
    static let dense = CTemplate("""
        static void dense_d{{index}}(void **slot, const double *P, i64 s, int stage, double c) {
            const i64 targets = (i64)P[{{targets}}], n = (i64)P[{{sources}}];
            const real *restrict weights = (const real *)slot[{{weights}}];
            {{x}}
            (void)stage; (void)c; (void)s;
            real *restrict into = (real *)slot[{{into}}];
            for (i64 i = 0; i < targets; ++i) {
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
            "targets": .text("\(layout.parameter(.size(population: plan.population)))"),
            "sources": .text("\(layout.parameter(.size(population: plan.source)))"),
            "weights": .text("\(layout.slot(.denseWeights(population: plan.population, index: plan.index)))"),
            "x": .lines(source(&layout)),
            "into": .text("\(layout.slot(.state(population: plan.population, variable: plan.accumulator)))"),
        ], into: &w)
    }
}

extension DenseCouplingStep {
    /// x: the source's variable now (or at the stage), or with a delay x_j(t + c·dt − d) from its history, one value per neuron.
    private func source(_ layout: inout Layout) -> CodeWriter {
        guard let k = plan.delay else {
            return .lines(["const real *restrict x = (const real *)slot[\(StagedCoupling.read(plan.variable, of: plan.source, staged, &layout))];"])
        }
        let p = plan.source
        return .lines([
            "const real *restrict history = (const real *)slot[\(layout.slot(.history(population: p, variable: plan.variable)))];",
            "const i64 rows = (i64)P[\(layout.parameter(.historyLength(population: p)))], start = (i64)P[\(layout.parameter(.historyStart(population: p)))];",
            "const double delay = P[\(layout.parameter(.delaySteps(population: p, read: k)))];",
            "real *restrict x = (real *)slot[\(layout.slot(.stageValues(population: p, name: "delayed_\(index)")))];",
            "for (i64 j = 0; j < n; ++j) x[j] = soma_delayed(history, rows, n, j, (double)s + c - delay, s, start, delay);",
        ])
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
