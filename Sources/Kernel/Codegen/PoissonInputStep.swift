/// Generates `drive_qK`: for each target neuron, the number of its N Poisson sources that fired this
/// step — binomial(N, rate·dt) by inversion of its distribution (work ∝ 1 + mean), or by the normal
/// approximation above a mean of 50 — times what one spike adds.
struct PoissonInputStep {
    let index: Int
    let plan: PoissonInputPlan
    let target: NetworkPlan.PopulationPlan
    let precision: Precision

    static let prototypes = "double pow(double, double);\ndouble floor(double);\n"

    func generate(into w: inout CodeWriter, layout: inout Layout) {
        w.block("static void drive_q\(index)(void **slot, const double *P, i64 s, double dt, u64 seed)") { w in
            w.line("const i64 n = (i64)P[\(layout.parameter(.size(population: plan.target)))];")
            w.line("const double sources = P[\(layout.parameter(.poissonSources(index)))];")
            w.line("const real w = (real)P[\(layout.parameter(.poissonWeight(index)))];")
            w.line("const double t = P[\(layout.parameter(.t0))] + (double)(s - (i64)P[\(layout.parameter(.s0))]) * dt;")
            w.line("double p = (double)(\(render(plan.rate))) * dt;")
            w.line("p = p < 0 ? 0 : (p > 1 ? 1 : p);")
            let read = plan.increments.reduce(into: Set(plan.increments.map(\.variable))) { $0.formUnion($1.delta.symbols) }
            for v in target.model.variables where read.contains(v.name) {
                w.line("real *restrict g_\(v.name) = (real *)slot[\(layout.slot(.state(population: plan.target, variable: v.name)))];")
            }
            for p in target.model.parameters where read.contains(p.name) {
                w.line("const real p_\(p.name) = (real)P[\(layout.parameter(.parameter(population: plan.target, name: p.name)))];")
            }
            w.line("const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;")
            w.block("for (i64 j = 0; j < n; ++j)") { w in
                w.line("double k = 0;")
                w.block("if (p >= 1) k = sources; else if (mean > 50)") { w in
                    w.line("k = floor(mean + sqrt(mean * q) * soma_normal(seed, \(0x3000 + index), s, j, 0) + 0.5);")
                    w.line("k = k < 0 ? 0 : (k > sources ? sources : k);")
                }
                w.block("else") { w in
                    w.line("const double u = soma_uniform(seed, \(0x3000 + index), s, j, 0);")
                    w.line("double mass = none, below = none;")
                    w.line("while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }")
                }
                w.block("if (k > 0)") { w in
                    for (variable, delta) in plan.increments {
                        w.line("g_\(variable)[j] += (real)k * \(render(delta));")
                    }
                }
            }
            w.line("(void)t; (void)w;")
        }
        w.line("")
    }

    private func render(_ e: Expr) -> String {
        CExpression(precision: precision, name: { symbol in
            switch symbol {
            case "w", "t": return symbol
            default: return target.model.variable(symbol) != nil ? "g_\(symbol)[j]" : "p_\(symbol)"
            }
        }).render(e)
    }
}
