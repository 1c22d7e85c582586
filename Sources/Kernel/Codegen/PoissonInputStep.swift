import Lowering
import Network
import Symbolic

/// Renders `drive_qK`: for each target neuron, the number of its N Poisson sources that fired this
/// step — binomial(N, rate·dt) by inversion of its distribution (work ∝ 1 + mean), or by the normal
/// approximation above a mean of 50 — times what one spike adds.
struct PoissonInputStep {
    let index: Int
    let program: PoissonInputProgram
    let precision: Precision

    static let prototypes = "double pow(double, double);\ndouble floor(double);\n"

    static let drive = CTemplate("""
        static void drive_q{{index}}(void **slot, const double *P, i64 s, double dt, u64 seed) {
            const i64 n = (i64)P[{{size}}];
            const double sources = P[{{sources}}];
            const real w = (real)P[{{weight}}];
            const double t = P[{{t0}}] + (double)(s - (i64)P[{{s0}}]) * dt;
            {{declarations}}
            double p = (double)({{rate}}) * dt;
            p = p < 0 ? 0 : (p > 1 ? 1 : p);
            const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
            for (i64 j = 0; j < n; ++j) {
                double k = 0;
                if (p >= 1) k = sources; else if (mean > 50) {
                    k = floor(mean + sqrt(mean * q) * soma_normal({{seed}}, {{stream}}, s, j, 0) + 0.5);
                    k = k < 0 ? 0 : (k > sources ? sources : k);
                }
                else {
                    const double u = soma_uniform({{seed}}, {{stream}}, s, j, 0);
                    double mass = none, below = none;
                    while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
                }
                if (k > 0) {
                    {{increments}}
                }
            }
            (void)t; (void)w;
        }

        """)

    /// Holes are filled in the order they appear, which is the order slots are handed out.
    func generate(into w: inout CodeWriter, layout: inout Layout) {
        var declarations: [String] = []
        let size = layout.parameter(.size(population: program.target)), sources = layout.parameter(.poissonSources(index))
        let weight = layout.parameter(.poissonWeight(index)), t0 = layout.parameter(.t0), s0 = layout.parameter(.s0)
        let constants = (0..<program.rateConstants).map { layout.parameter(.poissonRate(index, constant: $0)) }
        for v in program.targetVariables {
            declarations.append("real *restrict g_\(v) = (real *)slot[\(layout.slot(.state(population: program.target, variable: v)))];")
        }
        for p in program.targetParameters {
            declarations.append("const real p_\(p) = (real)P[\(layout.parameter(.parameter(population: program.target, name: p)))];")
        }
        Self.drive.fill([
            "index": .text("\(index)"), "size": .text("\(size)"), "sources": .text("\(sources)"), "weight": .text("\(weight)"),
            "t0": .text("\(t0)"), "s0": .text("\(s0)"), "rate": .text(render(program.rate, constants: constants)),
            "declarations": .lines(.lines(declarations)), "stream": .text("\(program.randomStream)"),
            "seed": .text(CExpression.seed(program.randomSeed)),
            "increments": .lines(.lines(program.increments.map { "g_\($0.name)[j] += (real)k * \(render($0.value, constants: []));" })),
        ], into: &w)
    }

    /// `constants`: where the rate's lifted constants lie in the parameter block, read as their literals would be.
    private func render(_ e: Expr, constants: [Int]) -> String {
        let lifted = Dictionary(uniqueKeysWithValues: constants.enumerated().map { (PoissonRate.constant($0), $1) })
        return CExpression(precision: precision, name: { symbol in
            if let index = lifted[symbol] { return precision == .f32 ? "((real)P[\(index)])" : "P[\(index)]" }
            switch symbol {
            case "w", "t": return symbol
            default: return program.allTargetVariables.contains(symbol) ? "g_\(symbol)[j]" : "p_\(symbol)"
            }
        }).render(e)
    }
}
