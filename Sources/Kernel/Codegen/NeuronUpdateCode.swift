import Integrators
import Lowering
import Symbolic

/// The C body of one population's neuron loop, from its lowered update: load the state, run the
/// expanded integrator into `n_X`, apply refractoriness, flag non-finite values, mark spikes,
/// store the state.
struct NeuronUpdateCode {
    let program: PopulationProgram
    let names: PopulationCNames
    /// The leading stages whose slopes earlier passes over the population stored (a staged coupling).
    var storedStages = 0
    /// The loop of a step whose `narrowCheck` held: exponential Euler's per-neuron factor by soma_exprel_narrow.
    var narrowLoop = false

    func lines() -> CodeWriter {
        var w = CodeWriter()
        w.origin = program.range
        for v in program.variables { w.line("real x_\(v) = a_\(v)[i];") }
        switch program.update {
        case .rungeKutta(let stages, let results): rungeKutta(stages, results, &w)
        case .exponentialEuler(let update): exponentialEuler(update, &w)
        case .stochastic(let update): stochastic(update, &w)
        case .exact(let update): exact(update, &w)
        case .adaptive(let update):
            // The sub-steps read the refractory flag to locate spikes, so it comes first.
            drives(update.stages[0].drives, stage: 0, &w)
            refractoryFlag(counting: true, &w)
            adaptive(update, &w)
        case .fractional(let update): fractional(update, &w)
        }
        if case .adaptive = program.update {} else { refractoryFlag(counting: true, &w) }
        w.origin = program.range
        for v in program.variables {
            // A select, not a branch: gcc if-converts no loop that also calls a vector function (soma_exp).
            if program.frozenWhileRefractory.contains(v) { w.line("n_\(v) = soma_select(refractory, x_\(v), n_\(v));") }
        }
        // x - x is +0 for a finite x and NaN otherwise, so one sum tests them all, and its bits are 0 exactly when
        // every value is finite: or-ing them into `bad` needs no compare per neuron (a compare and its mask cost
        // COBA's f64 loop 6 % more in a harness, 3-5 % of the whole run).
        if !program.variables.isEmpty {
            let sum = program.variables.map { "(n_\($0) - n_\($0))" }.joined(separator: " + ")
            w.line("{ union { real value; \(names.realBits) bits; } finite; finite.value = \(sum); bad |= finite.bits; }")
        }
        for v in program.variables { w.line("x_\(v) = n_\(v);") }
        if let spike = program.spike { markSpikes(spike, &w) }
        for v in program.variables { w.line("a_\(v)[i] = x_\(v);") }
        return w
    }

    func rungeKutta(_ stages: [LoweredStage], _ results: [StepResult], _ w: inout CodeWriter) {
        for stage in stages {
            if stage.index < storedStages {
                for slope in stage.slopes { w.line("const real k\(stage.index)_\(slope.name) = stage_k\(stage.index)_\(slope.name)[i];") }
            } else {
                slopes(of: stage, &w)
            }
        }
        for result in results {
            guard let terms = result.terms else {
                w.line("real n_\(result.variable) = x_\(result.variable);")
                continue
            }
            w.line("real n_\(result.variable) = x_\(result.variable)" + weighted(terms, result.variable))
        }
    }

    private func slopes(of stage: LoweredStage, _ w: inout CodeWriter) {
        if stage.index > 0 { w.line("const double t_\(stage.index) = t + \(stage.timeFraction) * dt; (void)t_\(stage.index);") }
        for state in stage.states {
            w.line("const real s\(stage.index)_\(state.variable) = x_\(state.variable)" + weighted(state.terms, state.variable))
        }
        drives(stage.drives, stage: stage.index, &w)
        shared(stage.shared, stage: stage.index, &w)
        for slope in stage.slopes {
            w.origin = program.sourceRanges["d/dt \(slope.name)"]
            w.line("const real k\(stage.index)_\(slope.name) = \(names.render(slope.value, stage: stage.index));")
        }
        w.origin = program.range
    }

    /// One pass of a staged coupling: stage `index`'s slopes of every neuron, stored for the later
    /// passes, and the next stage's state of the variables couplings read (a frozen variable of
    /// a refractory neuron stays where it is, as its update leaves it).
    func stage(_ index: Int, reads: [String]) -> CodeWriter {
        guard case .rungeKutta(let stages, _) = program.update else { preconditionFailure("only Runge–Kutta stages are staged") }
        var w = CodeWriter()
        w.origin = program.range
        for v in program.variables { w.line("real x_\(v) = a_\(v)[i];") }
        for earlier in stages.prefix(index) {
            for slope in earlier.slopes { w.line("const real k\(earlier.index)_\(slope.name) = stage_k\(earlier.index)_\(slope.name)[i];") }
        }
        slopes(of: stages[index], &w)
        for slope in stages[index].slopes { w.line("stage_k\(index)_\(slope.name)[i] = k\(index)_\(slope.name);") }
        refractoryFlag(counting: false, &w)
        w.origin = program.range
        for state in stages[index + 1].states where reads.contains(state.variable) {
            let v = state.variable
            let held = program.frozenWhileRefractory.contains(v) ? "refractory ? x_\(v) : " : ""
            w.line("stage_y_\(v)[i] = \(held)x_\(v)" + weighted(state.terms, v))
        }
        return w
    }

    /// ` + dtr * (w0 * k0_x + …);`, or `;` when there are no terms.
    func weighted(_ terms: [WeightedSlope], _ variable: String) -> String {
        if terms.isEmpty { return ";" }
        return " + dtr * (" + terms.map { "(real)\($0.weight) * k\($0.stage)_\(variable)" }.joined(separator: " + ") + ");"
    }

    /// Wiener increments first, so the draws are numbered the same whatever the method computes after them.
    private func stochastic(_ update: StochasticUpdate, _ w: inout CodeWriter) {
        drives(update.drives, stage: 0, &w)
        shared(update.locals, stage: 0, &w)
        for result in update.results {
            w.origin = program.sourceRanges["d/dt \(result.name)"] ?? program.range
            w.line("real n_\(result.name) = \(names.render(result.value, stage: 0));")
        }
        w.origin = program.range
    }

    private func exponentialEuler(_ update: ExponentialEulerUpdate, _ w: inout CodeWriter) {
        shared(update.increments, stage: 0, &w)
        drives(update.drives, stage: 0, &w)
        shared(update.shared, stage: 0, &w)
        let exprel = perNeuronExprel
        for result in update.results {
            let v = result.variable
            guard let rate = result.form.rate else {
                w.line("real n_\(v) = x_\(v);")
                continue
            }
            w.origin = program.sourceRanges["d/dt \(v)"]
            w.line("const real f_\(v) = \(names.render(rate, stage: 0));")
            let noise = result.noise.map { " + \(names.render($0, stage: 0))" } ?? ""
            switch result.form {
            case .perNeuron(_, let slope):
                w.line("const real b_\(v) = \(names.render(slope, stage: 0));")
                w.line("real n_\(v) = x_\(v) + dtr * f_\(v) * \(exprel)(b_\(v) * dtr)\(noise);")
            case .euler:
                w.line("real n_\(v) = x_\(v) + dtr * f_\(v)\(noise);")
            case .hoisted(_, let factor):
                w.line("real n_\(v) = x_\(v) + f_\(v) * \(names.render(factor, stage: 0))\(noise);")
            case .unchanged:
                break
            }
        }
    }

    /// The body of a loop that clears `narrow` unless every neuron's per-neuron exprel argument lies in
    /// `Exponential.narrowExprel`, computed as the update computes it; where it stays set, the step's loop may
    /// call soma_exprel_narrow, soma_exprel_step's bits for such arguments without its reduction, scale, division or
    /// call. nil where the update has no such argument, or where computing the arguments calls a function: a
    /// rate's exp (Hodgkin–Huxley's gates: COBAHH's check cost more than the narrow loop saved, cc 0.70 → 1.13 s,
    /// tcc 13 → 27 s) or a random draw (it would be drawn twice).
    func narrowCheck() -> CodeWriter? {
        guard let check = narrowArguments else { return nil }
        var w = CodeWriter()
        w.origin = program.range
        for v in program.variables where check.reads.contains(v) { w.line("real x_\(v) = a_\(v)[i];") }
        drives(check.drives, stage: 0, &w)
        shared(check.shared, stage: 0, &w)
        for (v, slope) in check.slopes { w.line("const real b_\(v) = \(names.render(slope, stage: 0));") }
        let literal = { CExpression(precision: self.names.precision, name: { $0 }).literal($0) }
        let (lowest, highest) = (literal(Exponential.narrowExprel.lowest), literal(Exponential.narrowExprel.highest))
        w.line("narrow &= " + check.slopes.map { "(b_\($0.variable) * dtr > \(lowest)) & (b_\($0.variable) * dtr < \(highest))" }
            .joined(separator: " & ") + ";")
        return w
    }

    /// What `narrowCheck` computes: the per-neuron slopes, the shared values and drives they read, and every symbol
    /// read; nil where there is no check.
    private var narrowArguments: (slopes: [(variable: String, slope: Expr)], shared: [SymbolicAssignment], drives: [StageDrive], reads: Set<String>)? {
        guard case .exponentialEuler(let update) = program.update, update.increments.isEmpty else { return nil }
        let slopes = update.results.compactMap { result -> (variable: String, slope: Expr)? in
            if case .perNeuron(_, let slope) = result.form { return (result.variable, slope) }
            return nil
        }
        guard !slopes.isEmpty else { return nil }
        var reads = slopes.reduce(into: Set<String>()) { $0.formUnion($1.slope.symbols) }
        var shared: [SymbolicAssignment] = []
        for value in update.shared.reversed() where reads.contains(value.name) {
            shared.insert(value, at: 0)
            reads.formUnion(value.value.symbols)
        }
        let drives = update.drives.filter { reads.contains($0.input) }
        for drive in drives { reads.formUnion(drive.value?.symbols ?? []) }
        guard !(slopes.map(\.slope) + shared.map(\.value) + drives.compactMap(\.value)).contains(where: \.callsAFunction) else { return nil }
        return (slopes, shared, drives, reads)
    }

    /// Exponential Euler's per-neuron factor's exprel: where a narrow check exists, soma_exprel_step (whose bits the
    /// narrow loop's soma_exprel_narrow shares), else soma_exprel, which computes no polynomial it does not use.
    private var perNeuronExprel: String {
        narrowLoop ? "soma_exprel_narrow" : narrowArguments == nil ? "soma_exprel" : "soma_exprel_step"
    }

    func drives(_ drives: [StageDrive], stage: Int, _ w: inout CodeWriter) {
        for drive in drives {
            let value = drive.value.map { names.render($0, stage: stage) } ?? "in0_\(drive.input)"
            w.line("const real in\(stage)_\(drive.input) = \(value);")
        }
    }

    func shared(_ values: [SymbolicAssignment], stage: Int, _ w: inout CodeWriter) {
        w.origin = program.range
        for value in values { w.line("const real \(value.name.dropFirst()) = \(names.render(value.value, stage: stage));") }
    }

    /// A neuron is refractory while steps of its period are left (`refractory_left`, 4 bytes: an 8-byte
    /// step number halved the vector width of the loop in f32). The step's update counts one off;
    /// an earlier stage pass of a staged coupling only reads it.
    private func refractoryFlag(counting: Bool, _ w: inout CodeWriter) {
        switch program.refractoriness {
        case .forSteps?:
            w.line("const int refractory = refractory_left[i] > 0;")
            if counting { w.line("refractory_left[i] -= refractory;") }
        case .whileTrue(let condition)?:
            w.origin = program.sourceRanges["refractory"]
            w.line("const int refractory = \(names.render(condition, stage: 0, asCondition: true));")
        case nil:
            w.line("const int refractory = 0;")
        }
        w.line("(void)refractory;")
    }

    /// A spike on each rising edge of the condition; a random condition (`spike rand() < rate*dt`)
    /// is an event each step it holds. The loop only marks the neurons that spike (bit 1 of
    /// `previous`, beside bit 0, the condition's value): without a branch or a list to append to,
    /// cc vectorises it; a second loop resets and lists them.
    private func markSpikes(_ spike: SpikeProgram, _ w: inout CodeWriter) {
        w.origin = program.sourceRanges["spike"]
        w.line("const int fired = \(names.render(spike.condition, stage: nil, asCondition: true));")
        if spike.isRandom {
            w.line("previous[i] = (fired && !refractory) << 1;")
        } else if program.resetsWithinStep {
            w.line("previous[i] = fired | (crossed_i << 1);")
        } else {
            w.line("previous[i] = fired | ((fired && !(previous[i] & 1) && !refractory) << 1);")
        }
        w.origin = program.range
    }
}

private extension Expr {
    /// Whether rendering it calls a function (libm's, the prelude's, a random draw); `^` by other than a small
    /// integer renders as pow or sqrt (CExpression.power).
    var callsAFunction: Bool {
        switch self {
        case .constant, .symbol: return false
        case .call: return true
        case .unary(_, let a): return a.callsAFunction
        case .binary(.power, let a, let b):
            guard let n = b.constantValue, n == n.rounded(), abs(n) <= 8, n != 0 else { return true }
            return a.callsAFunction
        case .binary(_, let a, let b): return a.callsAFunction || b.callsAFunction
        }
    }
}
