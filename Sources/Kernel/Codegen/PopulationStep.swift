/// Generates `static int step_pK(...)`: one time step of neurons lo..<hi of one
/// population — integrate, freeze refractory variables, flag non-finite values,
/// detect spikes on the rising edge of the condition, reset, and list the
/// neurons that fired in `emitted` (ChunkLoop merges the lists of all parts in
/// neuron order) — and `nonfinite_pK`, which finds the first non-finite value.
struct PopulationStep {
    let index: Int
    let plan: NetworkPlan.PopulationPlan
    let precision: Precision
    /// Random draws are numbered across the whole update of a neuron, so no two calls share one.
    private let draws = DrawCounter()

    private var model: NeuronModel { plan.model }

    func generate(into w: inout CodeWriter, layout: inout Layout) {
        w.origin = model.range
        w.block("static int step_p\(index)(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted)") { w in
            declarations(&w, &layout)
            if plan.isScheduled { return scheduledSpikes(&w, &layout) }
            w.block("for (i64 i = lo; i < hi; ++i)") { w in neuronUpdate(&w) }
            if model.spike != nil { w.block("for (i64 i = lo; i < hi; ++i)") { w in spikeAndReset(&w) } }
            w.line("(void)emitted; (void)nemitted;")
            w.line("return bad;")
        }
        w.origin = nil
        w.line("")
        if plan.isScheduled { spikesBeforeTheFirstStep(&w, &layout) }
        reportNonFinite(&w, &layout)
    }

    // MARK: - Declarations

    private func declarations(_ w: inout CodeWriter, _ layout: inout Layout) {
        w.line("const i64 n = (i64)P[\(layout.parameter(.size(population: index)))];")
        w.line("const double t = P[\(layout.parameter(.t0))] + (double)(s - (i64)P[\(layout.parameter(.s0))]) * dt;")
        w.line("const real dtr = (real)dt;")
        w.line("(void)t; (void)dtr; (void)seed;")
        for v in model.variables {
            w.line("real *restrict a_\(v.name) = (real *)slot[\(layout.slot(.state(population: index, variable: v.name)))];")
        }
        for p in model.parameters {
            w.line("const real p_\(p.name) = (real)P[\(layout.parameter(.parameter(population: index, name: p.name)))];")
        }
        for input in model.inputs where plan.drivenInputs[input.name] == nil {
            w.line("const real in_\(input.name) = (real)P[\(layout.parameter(.input(population: index, name: input.name)))];")
        }
        if model.spike != nil {
            w.line("unsigned char *restrict previous = (unsigned char *)slot[\(layout.slot(.previousCondition(population: index)))];")
        }
        if case .duration = model.refractory {
            w.line("i64 *restrict refractory_until = (i64 *)slot[\(layout.slot(.refractoryUntil(population: index)))];")
            w.line("const i64 refractory_steps = (i64)P[\(layout.parameter(.refractorySteps(population: index)))];")
        }
        w.line("int bad = 0;")
        hoistedExponentialFactors(&w)
    }

    // MARK: - One neuron

    private func neuronUpdate(_ w: inout CodeWriter) {
        for v in model.variables { w.line("real x_\(v.name) = a_\(v.name)[i];") }
        switch plan.method {
        case .explicit(_, let tableau): rungeKutta(tableau, &w)
        case .exponentialEuler: exponentialEuler(&w)
        }
        refractoryFlag(&w)
        w.origin = model.range
        for v in model.variables {
            if model.frozenWhileRefractory.contains(v.name) { w.line("if (refractory) n_\(v.name) = x_\(v.name);") }
            w.line("bad |= !((n_\(v.name) - n_\(v.name)) == 0);")
        }
        for v in model.variables { w.line("x_\(v.name) = n_\(v.name);") }
        if model.spike != nil { markSpikes(&w) }
        for v in model.variables { w.line("a_\(v.name)[i] = x_\(v.name);") }
    }

    private func refractoryFlag(_ w: inout CodeWriter) {
        switch model.refractory {
        case .duration?:
            w.line("const int refractory = s < refractory_until[i];")
        case .whileTrue(let condition)?:
            w.origin = model.sourceRanges["refractory"]
            w.line("const int refractory = \(render(condition, stage: 0, asCondition: true));")
        case nil:
            w.line("const int refractory = 0;")
        }
        w.line("(void)refractory;")
    }

    /// Each explicit method is its tableau: stage values, slopes, weighted sum.
    private func rungeKutta(_ tableau: ButcherTableau, _ w: inout CodeWriter) {
        for stage in 0..<tableau.stages {
            if stage > 0 {
                w.line("const double t_\(stage) = t + \(tableau.c[stage]) * dt; (void)t_\(stage);")
                for (variable, _) in model.equations {
                    let sum = tableau.a[stage].enumerated().filter { $0.element != 0 }
                        .map { "(real)\($0.element) * k\($0.offset)_\(variable)" }.joined(separator: " + ")
                    w.line("const real s\(stage)_\(variable) = x_\(variable)" + (sum.isEmpty ? ";" : " + dtr * (\(sum));"))
                }
            }
            drivenInputs(stage: stage, &w)
            let slopes = sharingValues(model.equations.map(\.rhs), stage: stage, &w)
            for ((variable, _), slope) in zip(model.equations, slopes) {
                w.origin = model.sourceRanges["d/dt \(variable)"]
                w.line("const real k\(stage)_\(variable) = \(render(prepared: slope, stage: stage));")
            }
            w.origin = model.range
        }
        for v in model.variables {
            guard model.equations.contains(where: { $0.variable == v.name }) else {
                w.line("real n_\(v.name) = x_\(v.name);")
                continue
            }
            let sum = tableau.b.enumerated().filter { $0.element != 0 }
                .map { "(real)\($0.element) * k\($0.offset)_\(v.name)" }.joined(separator: " + ")
            w.line("real n_\(v.name) = x_\(v.name) + dtr * (\(sum));")
        }
    }

    private func exponentialEuler(_ w: inout CodeWriter) {
        drivenInputs(stage: 0, &w)
        let equations = model.variables.compactMap { v in model.equations.first { $0.variable == v.name } }
        let slopes = equations.map { $0.rhs.derivative(with: $0.variable) }
        let perNeuron = slopes.indices.filter { slopes[$0] != .zero && !isSameForEveryNeuron(slopes[$0]) }
        let shared = sharingValues(equations.map(\.rhs) + perNeuron.map { slopes[$0] }, stage: 0, &w)
        for v in model.variables {
            guard let k = equations.firstIndex(where: { $0.variable == v.name }) else {
                w.line("real n_\(v.name) = x_\(v.name);")
                continue
            }
            w.origin = model.sourceRanges["d/dt \(v.name)"]
            w.line("const real f_\(v.name) = \(render(prepared: shared[k], stage: 0));")
            if let slope = perNeuron.firstIndex(of: k) {
                w.line("const real b_\(v.name) = \(render(prepared: shared[equations.count + slope], stage: 0));")
                w.line("real n_\(v.name) = x_\(v.name) + dtr * f_\(v.name) * soma_exprel(b_\(v.name) * dtr);")
            } else if slopes[k] == .zero {
                w.line("real n_\(v.name) = x_\(v.name) + dtr * f_\(v.name);")
            } else {
                w.line("real n_\(v.name) = x_\(v.name) + f_\(v.name) * h_\(v.name);")
            }
        }
    }

    /// dt·exprel(dt·∂f/∂x) computed once per step for slopes that read only parameters and time:
    /// the exponential of a linear equation costs nothing per neuron.
    private func hoistedExponentialFactors(_ w: inout CodeWriter) {
        guard case .exponentialEuler = plan.method else { return }
        for (variable, rhs) in model.equations {
            let slope = rhs.derivative(with: variable)
            guard slope != .zero, isSameForEveryNeuron(slope) else { continue }
            w.origin = model.sourceRanges["d/dt \(variable)"]
            w.line("const real h_\(variable) = dtr * soma_exprel((\(render(slope, stage: 0))) * dtr);")
        }
        w.origin = model.range
    }

    private func isSameForEveryNeuron(_ e: Expr) -> Bool {
        let perNeuron = Set(model.variables.map(\.name) + plan.drivenInputs.keys + ["i"])
        return e.symbols.isDisjoint(with: perNeuron) && !e.isRandom
    }

    /// Drives read t (at the stage's time), i, N and parameters: the same names as the equations.
    private func drivenInputs(stage: Int, _ w: inout CodeWriter) {
        for input in model.inputs {
            guard let drive = plan.drivenInputs[input.name] else { continue }
            if stage == 0 || drive.symbols.contains("t") {
                w.line("const real in\(stage)_\(input.name) = \(render(drive, stage: stage));")
            } else {
                w.line("const real in\(stage)_\(input.name) = in0_\(input.name);")
            }
        }
    }

    // MARK: - Spikes

    /// A spike on each rising edge of the condition; a condition that draws random numbers
    /// (`spike rand() < rate*dt`) is an event of its own each step, not an edge. The update loop
    /// only marks the neurons that spike (bit 1 of `previous`, beside bit 0, the condition's value):
    /// without a branch or a list to append to, cc vectorises it; a second loop resets and lists them.
    private func markSpikes(_ w: inout CodeWriter) {
        guard let spike = model.spike else { return }
        w.origin = model.sourceRanges["spike"]
        w.line("const int fired = \(render(spike, stage: nil, asCondition: true));")
        if spike.isRandom {
            w.line("previous[i] = (unsigned char)((fired && !refractory) << 1);")
        } else {
            w.line("previous[i] = (unsigned char)(fired | ((fired && !(previous[i] & 1) && !refractory) << 1));")
        }
        w.origin = model.range
    }

    /// The second loop: neurons in order, so the list comes out in neuron order.
    private func spikeAndReset(_ w: inout CodeWriter) {
        guard let spike = model.spike else { return }
        w.line("if (!(previous[i] & 2)) continue;")
        for v in model.variables { w.line("real x_\(v.name) = a_\(v.name)[i];") }
        let read = model.reset.reduce(spike.symbols) { $0.union($1.value.symbols) }
        if !read.isDisjoint(with: plan.drivenInputs.keys) { drivenInputs(stage: 0, &w) }
        w.origin = model.sourceRanges["reset"] ?? model.sourceRanges["spike"]
        for reset in model.reset { w.line("x_\(reset.variable) = \(render(reset.value, stage: nil));") }
        if case .duration = model.refractory { w.line("refractory_until[i] = s + 1 + refractory_steps;") }
        w.line("emitted[(*nemitted)++] = i;")
        w.origin = model.sourceRanges["spike"]
        w.line("previous[i] = \(spike.isRandom ? "0" : "(unsigned char)\(render(spike, stage: nil, asCondition: true))");")
        w.origin = model.range
        for v in model.variables { w.line("a_\(v.name)[i] = x_\(v.name);") }
    }

    /// A generator emits the spikes its schedule holds for the step that ends now. The first
    /// part with neurons walks the schedule alone: it is one list for the whole population.
    private func scheduledSpikes(_ w: inout CodeWriter, _ layout: inout Layout) {
        scheduleDeclarations(&w, &layout)
        w.line("if (lo != 0 || hi == 0) return 0;")
        w.block("for (; *next < total && steps[*next] <= s + 1; ++*next)") { w in
            w.line("if (steps[*next] == s + 1) emitted[(*nemitted)++] = who[*next];")
        }
        w.line("(void)n; (void)t; (void)previous; (void)bad;")
        w.line("return 0;")
    }

    /// `start_pK`: the spikes a generator holds for t = 0, which no step ends at;
    /// ChunkLoop emits them before the first step, as if a step ended there.
    private func spikesBeforeTheFirstStep(_ w: inout CodeWriter, _ layout: inout Layout) {
        w.block("static i64 start_p\(index)(void **slot, const double *P, i64 s, i64 *emitted)") { w in
            scheduleDeclarations(&w, &layout)
            w.line("i64 m = 0;")
            w.line("for (; *next < total && steps[*next] == s; ++*next) emitted[m++] = who[*next];")
            w.line("return m;")
        }
        w.line("")
    }

    private func scheduleDeclarations(_ w: inout CodeWriter, _ layout: inout Layout) {
        w.line("const i64 *steps = (const i64 *)slot[\(layout.slot(.schedule(population: index, .steps)))];")
        w.line("const int *who = (const int *)slot[\(layout.slot(.schedule(population: index, .who)))];")
        w.line("i64 *next = (i64 *)slot[\(layout.slot(.schedule(population: index, .next)))];")
        w.line("const i64 total = (i64)P[\(layout.parameter(.scheduleCount(population: index)))];")
    }

    private func reportNonFinite(_ w: inout CodeWriter, _ layout: inout Layout) {
        w.block("static int nonfinite_p\(index)(void **slot, const double *P, i64 s, i64 *err)") { w in
            w.line("const i64 n = (i64)P[\(layout.parameter(.size(population: index)))];")
            for (k, v) in model.variables.enumerated() {
                w.line("const real *a_\(v.name) = (const real *)slot[\(layout.slot(.state(population: index, variable: v.name)))];")
                w.line("for (i64 j = 0; j < n; ++j) if (!((a_\(v.name)[j] - a_\(v.name)[j]) == 0)) { err[0] = s + 1; err[1] = \(index); err[2] = \(k); err[3] = j; return 1; }")
            }
            w.line("(void)slot; (void)s; (void)err; (void)n;")
            w.line("return 0;")
        }
        w.line("")
    }

    // MARK: - Expressions

    /// Declares the values `expressions` share (CommonSubexpressions) and returns the expressions,
    /// exprel-safe, reading those values.
    private func sharingValues(_ expressions: [Expr], stage: Int, _ w: inout CodeWriter) -> [Expr] {
        let group = CommonSubexpressions(expressions.map { $0.exprelSafe() }) { "@c\(stage)_\($0)" }
        w.origin = model.range
        for (name, value) in group.values {
            w.line("const real \(name.dropFirst()) = \(render(prepared: value, stage: stage));")
        }
        return group.expressions
    }

    /// C for `e` inside the neuron loop: `stage` picks stage values (nil: the updated state).
    private func render(_ e: Expr, stage: Int?, asCondition: Bool = false) -> String {
        render(prepared: e.exprelSafe(), stage: stage, asCondition: asCondition)
    }

    /// As `render`, for an expression already exprel-safe, which may read shared values (`@name`).
    private func render(prepared e: Expr, stage: Int?, asCondition: Bool = false) -> String {
        let inputs = Set(model.inputs.map(\.name))
        let variables = Set(model.variables.map(\.name))
        let expression = CExpression(precision: precision, name: { symbol in
            if symbol.hasPrefix("@") { return String(symbol.dropFirst()) }
            if variables.contains(symbol) {
                guard let stage, stage > 0, model.equations.contains(where: { $0.variable == symbol }) else { return "x_\(symbol)" }
                return "s\(stage)_\(symbol)"
            }
            if inputs.contains(symbol) {
                return plan.drivenInputs[symbol] == nil ? "in_\(symbol)" : "in\(stage ?? 0)_\(symbol)"
            }
            switch symbol {
            case "t": return stage.map { $0 == 0 ? "t" : "t_\($0)" } ?? "(t + dt)"
            case "i": return "(real)i"
            case "N": return "(real)n"
            case "dt": return "dtr"
            default: return "p_\(symbol)"
            }
        }, random: { f, draw in
            "(real)soma_\(f == .rand ? "uniform" : "normal")(seed, \(index + 1), s, i, \(draw))"
        })
        return asCondition ? expression.renderCondition(e, firstDraw: &draws.next) : expression.render(e, firstDraw: &draws.next)
    }
}

private final class DrawCounter {
    var next = 0
}
