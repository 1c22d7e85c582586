import Lowering

/// `exact` in C: each neuron's b at the start of the step, then n = Φ·x + Ψ·b with the
/// propagators' entries `phi_X_Y`, `psi_X_Y` declared once per step from the parameter block
/// (PopulationStep).
extension NeuronUpdateCode {
    func exact(_ update: ExactUpdate, _ w: inout CodeWriter) {
        drives(update.drives, stage: 0, &w)
        for constant in update.constants {
            w.origin = program.sourceRanges["d/dt \(constant.name)"] ?? program.range
            w.line("const real b_\(constant.name) = \(names.render(constant.value, stage: 0));")
        }
        w.origin = program.range
        for v in program.variables {
            guard update.variables.contains(v) else {
                w.line("real n_\(v) = x_\(v);")
                continue
            }
            let terms = update.variables.map { "phi_\(v)_\($0) * x_\($0)" } + update.variables.map { "psi_\(v)_\($0) * b_\($0)" }
            w.line("real n_\(v) = " + terms.joined(separator: " + ") + ";")
        }
    }
}
