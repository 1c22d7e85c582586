import Integrators
import Lowering

/// The C of a fractional population's memory, read by `NeuronUpdateCode` (FractionalScheme has the
/// formulas). Each neuron keeps, per fractional variable, a ring of its last `window` states
/// written twice (at p and p + window, p = m mod window), so the states x[m], x[m−1], … lie
/// contiguous and backwards from p + window whatever p is: the memory sum is one plain loop.
///
/// The step m counts from the memory's start (a parameter), so neither chunks nor threads change
/// what a neuron reads; the state written at the start of step m is the one the step starts
/// from, after the last reset.
enum FractionalMemoryCode {
    static let header = CTemplate("""
        const i64 fr_m = s - (i64)P[{{start}}];
        const i64 fr_window = (i64)P[{{window}}];
        const i64 fr_p = fr_m % fr_window;
        const i64 fr_held = s - (i64)P[{{first}}];
        const i64 fr_terms = fr_held < fr_window - 1 ? fr_held : fr_window - 1;
        """)

    static let variable = CTemplate("""
        double *restrict fr_h_{{x}} = (double *)slot[{{history}}];
        double *restrict fr_o_{{x}} = (double *)slot[{{origin}}];
        const double *restrict fr_w_{{x}} = (const double *)slot[{{weights}}];
        """)

    /// Per-population declarations, before the neuron loop; none without a fractional update.
    static func declarations(_ program: PopulationProgram, index p: Int, _ layout: inout Layout) -> CodeWriter {
        guard case .fractional(let update) = program.update else { return CodeWriter() }
        var w = CodeWriter()
        w.origin = program.range
        header.fill(["start": .text("\(layout.parameter(.fractionalStart(population: p)))"),
                     "window": .text("\(layout.parameter(.fractionalWindow(population: p)))"),
                     "first": .text("\(layout.parameter(.fractionalFirst(population: p)))")], into: &w)
        for x in update.fractionalVariables {
            variable.fill(["x": .text(x),
                           "history": .text("\(layout.slot(.fractionalHistory(population: p, variable: x)))"),
                           "origin": .text("\(layout.slot(.fractionalOrigin(population: p, variable: x)))"),
                           "weights": .text("\(layout.slot(.fractionalWeights(population: p, variable: x)))")], into: &w)
        }
        w.line("(void)fr_m; (void)fr_p; (void)fr_terms;")
        return w
    }

    /// The memory sum in four partial sums, added in a fixed order: the loop is bound by the latency of
    /// one addition otherwise (a compiler may not reassociate it), and tcc and cc still add the same
    /// numbers in the same order. `{{d}}` is term j's difference, with `j` free.
    static let sum = CTemplate("""
        double fr_s0_{{x}} = 0, fr_s1_{{x}} = 0, fr_s2_{{x}} = 0, fr_s3_{{x}} = 0;
        i64 fr_j_{{x}} = 1;
        for (; fr_j_{{x}} + 3 <= fr_terms; fr_j_{{x}} += 4) {
            i64 j = fr_j_{{x}};
            fr_s0_{{x}} += fr_w_{{x}}[j] * ({{d}});
            j = fr_j_{{x}} + 1;
            fr_s1_{{x}} += fr_w_{{x}}[j] * ({{d}});
            j = fr_j_{{x}} + 2;
            fr_s2_{{x}} += fr_w_{{x}}[j] * ({{d}});
            j = fr_j_{{x}} + 3;
            fr_s3_{{x}} += fr_w_{{x}}[j] * ({{d}});
        }
        for (i64 j = fr_j_{{x}}; j <= fr_terms; ++j) fr_s0_{{x}} += fr_w_{{x}}[j] * ({{d}});
        const double fr_sum_{{x}} = (fr_s0_{{x}} + fr_s1_{{x}}) + (fr_s2_{{x}} + fr_s3_{{x}});
        """)

    /// Neuron i's step of a fractional variable: remember x[m], sum the memory, then the new state.
    static func step(_ x: String, scheme: FractionalScheme, rate: String, _ w: inout CodeWriter) {
        w.line("const real f_\(x) = \(rate);")
        w.line("double *restrict fr_r_\(x) = fr_h_\(x) + i * 2 * fr_window;")
        w.line("fr_r_\(x)[fr_p] = (double)x_\(x); fr_r_\(x)[fr_p + fr_window] = (double)x_\(x);")
        w.line("if (fr_m == 0) fr_o_\(x)[i] = (double)x_\(x);")
        let past = scheme == .l1 ? "fr_r_\(x)[fr_p + fr_window - j]" : "fr_o_\(x)[i]"
        sum.fill(["x": .text(x), "d": .text("fr_r_\(x)[fr_p + fr_window + 1 - j] - \(past)")], into: &w)
        w.line("real n_\(x) = x_\(x) + (real)fr_w_\(x)[0] * f_\(x) - (real)fr_sum_\(x);")
    }
}
