import Foundation
import Lowering

/// An embedded pair in C: each neuron sub-steps from t to t + dt with its own step h, kept between
/// steps in `sc_h[i]` so it does not start small every step. A sub-step runs the method's stages
/// in a block that shadows t, dt and the state with the sub-step's (so the stages render exactly as
/// a fixed-step method's); it is kept when the scaled RMS error (Hairer, Nørsett and Wanner, II.4)
///
///     err = sqrt(mean over x of (e_x / (atol_x + rtol·max(|x|, |x_new|)))²) ≤ 1
///
/// and the next h is h·0.9·err^(−1/(q+1)) within [0.2, 5]·h. A last sub-step shortened to land
/// on t + dt leaves the kept h alone. Below 1e-8·dt a sub-step is kept whatever its error (so a
/// singular or NaN right side ends in the non-finite report instead of looping).
///
/// Spikes are located within the step: a kept sub-step at whose end the spike condition has
/// turned true (a rising edge, outside refractory time) is retried with half its length until it
/// is at most 1e-3·dt long; the reset runs there, and the neuron goes on to t + dt from the reset
/// state, holding the variables refractoriness freezes. The spike belongs to this step (one per
/// neuron and step, as on the grid); the spike loop lists it without resetting again. A
/// condition true for less than a sub-step can still pass unseen. Retried sub-steps count as
/// rejected.
extension NeuronUpdateCode {
    func adaptive(_ update: AdaptiveUpdate, _ w: inout CodeWriter) {
        let locates = program.resetsWithinStep
        let frozen = program.frozenWhileRefractory
        for v in program.variables { w.line("real y_\(v) = x_\(v);") }
        for v in frozen { w.line("real hold_\(v) = x_\(v);") }
        w.line("const double t_i0 = t, dt_i0 = dt;")
        w.line("double h_i = sc_h[i], done_i = 0, err_i = 0;")
        w.line("if (!(h_i > 0) || h_i > dt) h_i = dt;")
        w.line("i64 taken_i = 0, rejected_i = 0;")
        w.line("int crossed_i = 0, narrowing_i = 0;")
        w.line(locates ? "const int armed_i = !(previous[i] & 1) && !refractory;" : "const int armed_i = 0;")
        w.block("while (done_i < dt)") { w in
            w.line("const double left_i = dt - done_i;")
            w.line("const double hh_i = h_i < left_i ? h_i : left_i;")
            w.line("int accepted_i, crossing_i = 0;")
            w.block("") { w in subStep(update, locates: locates, &w) }
            w.line("if (crossing_i && hh_i > 1e-3 * dt) { ++rejected_i; narrowing_i = 1; h_i = 0.5 * hh_i; continue; }")
            w.line("if (accepted_i) { done_i = hh_i == left_i ? dt : done_i + hh_i; ++taken_i; }")
            w.line("else ++rejected_i;")
            if !frozen.isEmpty {
                w.line("if (accepted_i && crossed_i) { " + frozen.map { "y_\($0) = hold_\($0);" }.joined(separator: " ") + " }")
            }
            if locates, let spike = program.spike {
                w.block("if (accepted_i && crossing_i)") { w in reset(spike, update, frozen: frozen, &w) }
            }
            // err_i holds err²; err^(−1/(q+1)) as exp(log(err²)·…) costs a third of pow and needs no square root,
            // and err ≤ (0.9/5)^(q+1) reaches the bound without either.
            let f = names.mathSuffix, exponent = update.stepExponent
            w.block("if (!(accepted_i && hh_i < h_i))") { w in
                w.line("double fac_i = err_i <= \(pow(0.18, 2 / exponent)) ? 5.0 : 0.9 * (double)soma_exp(log\(f)((real)err_i) * (real)\(-exponent / 2));")
                w.line("fac_i = fac_i > 5 ? 5 : (fac_i >= 0.2 ? fac_i : 0.2);")
                w.line("if (narrowing_i && fac_i > 1) fac_i = 1;")
                w.line("h_i = hh_i * fac_i;")
            }
        }
        w.line("sc_h[i] = h_i; sc_taken[i] += taken_i; sc_rejected[i] += rejected_i;")
        for v in program.variables { w.line("real n_\(v) = y_\(v);") }
    }

    /// One sub-step of size hh_i from y, into y when kept and not to be narrowed.
    private func subStep(_ update: AdaptiveUpdate, locates: Bool, _ w: inout CodeWriter) {
        shadow(time: "t_i0 + done_i", step: "hh_i", state: "y", &w)
        rungeKutta(update.stages, update.results, &w)
        let integrated = update.errors.map(\.variable)
        for error in update.errors {
            let v = error.variable
            w.line("const real e_\(v) = (real)0" + weighted(error.terms ?? [], v))
            w.line("const real ax_\(v) = x_\(v) < 0 ? -x_\(v) : x_\(v), an_\(v) = n_\(v) < 0 ? -n_\(v) : n_\(v);")
            w.line("const real q_\(v) = e_\(v) / (atol_\(v) + rtol * (ax_\(v) > an_\(v) ? ax_\(v) : an_\(v)));")
        }
        let squares = integrated.map { "(double)q_\($0) * (double)q_\($0)" }.joined(separator: " + ")
        w.line("err_i = (\(squares.isEmpty ? "0" : squares)) / \(max(1, integrated.count));")
        w.line("accepted_i = err_i <= 1 || hh_i <= 1e-8 * dt_i0 || !(err_i == err_i);")
        if locates, let spike = program.spike {
            w.block("if (accepted_i && armed_i && !crossed_i)") { w in
                shadow(time: "t_i0 + done_i + hh_i", step: "0", state: "n", &w)
                drives(update.stages[0].drives, stage: 0, &w)
                w.origin = program.sourceRanges["spike"]
                w.line("crossing_i = \(names.render(spike.condition, stage: nil, asCondition: true));")
                w.origin = program.range
            }
        }
        w.line("if (accepted_i && !(crossing_i && hh_i > 1e-3 * dt_i0)) { " + program.variables.map { "y_\($0) = n_\($0);" }.joined(separator: " ") + " }")
    }

    /// The reset at the crossing, on y; the frozen variables are held at their reset values for the rest of the step.
    private func reset(_ spike: SpikeProgram, _ update: AdaptiveUpdate, frozen: [String], _ w: inout CodeWriter) {
        w.line("const double t = t_i0 + done_i - dt_i0, dt = dt_i0;")
        w.line("(void)t; (void)dt;")
        for v in program.variables { w.line("real x_\(v) = y_\(v);") }
        if spike.readsDrivenInputs { drives(update.stages[0].drives, stage: 0, &w) }
        w.origin = program.sourceRanges["reset"] ?? program.sourceRanges["spike"]
        for assignment in spike.reset { w.line("x_\(assignment.name) = \(names.render(assignment.value, stage: nil));") }
        w.origin = program.range
        w.line(program.variables.map { "y_\($0) = x_\($0);" }.joined(separator: " "))
        for v in frozen { w.line("hold_\(v) = x_\(v);") }
        w.line("crossed_i = 1; narrowing_i = 0;")
    }

    /// Declarations that hide the step's t, dt and state (`x_X`) behind the sub-step's, read from
    /// `state`_X (C lets a block shadow them).
    private func shadow(time: String, step: String, state: String, _ w: inout CodeWriter) {
        w.line("const double t = \(time), dt = \(step);")
        w.line("const real dtr = (real)dt;")
        w.line("(void)t; (void)dt; (void)dtr;")
        for v in program.variables { w.line("const real x_\(v) = \(state)_\(v); (void)x_\(v);") }
    }
}

extension PopulationProgram {
    /// Whether the neuron loop finds and resets spikes within the step (an adaptive method with a
    /// condition that draws no random numbers), leaving the spike loop to list them.
    var resetsWithinStep: Bool {
        guard case .adaptive = update, let spike else { return false }
        return !spike.isRandom
    }
}
