import Lowering
import Network

/// Renders `static int step_pK(...)`: one time step of neurons lo..<hi of one population —
/// the neuron loop (NeuronUpdateCode), then the reset of the neurons that fired, listed in
/// `emitted` (ChunkLoop merges the lists of all parts in neuron order) — and `nonfinite_pK`,
/// which finds the first non-finite value.
struct PopulationStep {
    let index: Int
    let program: PopulationProgram
    let names: PopulationCNames
    /// The variables couplings read, when the population's stages are staged (StagedCoupling).
    let stagedReads: [String]?
    /// The population whose `update_pM` this one's step calls (SharedUpdate), nil where it has its own step.
    var updateOwner: Int?
    private let precision: Precision

    init(index: Int, program: PopulationProgram, precision: Precision, stagedReads: [String]? = nil) {
        self.index = index
        self.program = program
        self.precision = precision
        self.stagedReads = stagedReads
        names = PopulationCNames(program: program, precision: precision)
    }

    /// The steps of a unit's populations for the CPU, those of one model and method calling one `update_pM`.
    static func sharingUpdates(_ steps: [PopulationStep]) -> [PopulationStep] {
        let owners = SharedUpdate.owners(steps.map { step in
            guard step.sharesUpdate else { return nil }
            // A copy with names of its own: rendering numbers the random draws, and the step renders once more.
            let probe = PopulationStep(index: step.index, program: step.program, precision: step.precision, stagedReads: step.stagedReads)
            var layout = Layout()
            return SharedUpdate(probe.function(head: "update", tables: true, probe.declarations(&layout))).code.text
        })
        return zip(steps, owners).map { step, owner in
            var step = step
            step.updateOwner = owner
            return step
        }
    }

    /// A generator's schedule and a staged coupling's passes are the population's own.
    private var sharesUpdate: Bool { !program.isScheduled && stagedReads == nil }

    /// `slope_pK_S`: one earlier stage of a staged coupling over neurons lo..<hi, and the table
    /// `slope_pK` of them that ChunkLoop calls by stage.
    static let stage = CTemplate("""
        static void slope_p{{index}}_{{stage}}(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi) {
            {{declarations}}
            for (i64 i = lo; i < hi; ++i) {
                {{body}}
            }
            (void)bad;
        }

        """)

    static let step = CTemplate("""
        static {{head}}(void **slot, const double *P, {{tables}}i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
            {{declarations}}
            {{loop}}
            {{spikes}}
            (void)emitted; (void)nemitted;
            return bad != 0;
        }
        """)

    /// A step whose neuron loop is another population's (or its own) `update_pM`, with this population's indices.
    /// Kept out of line, and not cloned per caller's constant tables, so that gcc compiles the loop once.
    static let sharedStep = CTemplate("""
        static int step_p{{index}}(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
            static const int S[] = { {{slots}} }, Q[] = { {{parameters}} };
            return update_p{{owner}}(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
        }
        """)
    static let sharedHead = "__attribute__((noinline, noclone)) int update_p"

    /// The second loop: neurons in order, so the list comes out in neuron order.
    /// A block of flags at a time where none is set (the scan was a third of COBA's step, a byte and a branch per
    /// neuron): 16 in one test under AVX-512 (CPrelude.spikeScan), 8 elsewhere. Blocks of 32 tested by a
    /// vectorised or were faster in a harness of the loop but slower in COBA-4000 itself (the or's reduction across
    /// the vector, BENCHMARKS "COBA-4000 in f64"); the test instruction has no reduction.
    static let spikes = CTemplate("""
        for (i64 i = lo; i < hi; ++i) {
            if (i + SOMA_SPIKE_SCAN <= hi && soma_no_spike_among(previous + i)) { i += SOMA_SPIKE_SCAN - 1; continue; }
            if (!(previous[i] & 2)) continue;
            {{load}}
            {{reset}}
            emitted[(*nemitted)++] = i;
            {{condition}}
            {{store}}
        }
        """)

    /// A generator emits the spikes its schedule holds for the step that ends now. The first
    /// part with neurons walks the schedule alone: it is one list for the whole population.
    static let scheduled = CTemplate("""
        static int step_p{{index}}(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
            {{declarations}}
            {{schedule}}
            if (lo != 0 || hi == 0) return 0;
            for (; *next < total && steps[*next] <= s + 1; ++*next) {
                if (steps[*next] == s + 1) emitted[(*nemitted)++] = who[*next];
            }
            (void)n; (void)t; (void)previous; (void)bad;
            return 0;
        }
        """)

    /// `start_pK`: the spikes a generator holds for t = 0, which no step ends at;
    /// ChunkLoop emits them before the first step, as if a step ended there.
    static let start = CTemplate("""
        static i64 start_p{{index}}(void **slot, const double *P, i64 s, i64 *emitted) {
            {{schedule}}
            i64 m = 0;
            for (; *next < total && steps[*next] == s; ++*next) emitted[m++] = who[*next];
            return m;
        }

        """)

    /// A generator's spike times as steps, with the neuron of each, and how far it has got.
    static let schedule = CTemplate("""
        const i64 *steps = (const i64 *)slot[{{steps}}];
        const int *who = (const int *)slot[{{who}}];
        i64 *next = (i64 *)slot[{{next}}];
        const i64 total = (i64)P[{{total}}];
        """)

    static let declarations = CTemplate("""
        const i64 n = (i64)P[{{size}}];
        const double t = P[{{t0}}] + (double)(s - (i64)P[{{s0}}]) * dt;
        const real dtr = (real)dt;
        (void)t; (void)dtr; (void)seed;
        {{state}}
        {{parameters}}
        {{inputs}}
        {{previous}}
        {{refractory}}
        {{bits}} bad = 0;
        {{hoisted}}
        """)

    static let nonfinite = CTemplate("""
        static int nonfinite_p{{index}}(void **slot, const double *P, i64 s, i64 *err) {
            const i64 n = (i64)P[{{size}}];
            {{checks}}
            (void)slot; (void)s; (void)err; (void)n;
            return 0;
        }

        """)

    /// Holes are filled in the order they appear, which is the order slots are handed out and random draws numbered.
    func generate(into w: inout CodeWriter, layout: inout Layout) {
        w.origin = program.range
        let declarations = declarations(&layout)
        if program.isScheduled {
            Self.scheduled.fill(["index": .text("\(index)"), "declarations": .lines(declarations),
                                 "schedule": .lines(schedule(&layout))], into: &w)
        } else {
            if let reads = stagedReads { stages(reads, declarations, &w) }
            if let owner = updateOwner {
                let shared = SharedUpdate(function(head: Self.sharedHead + "\(owner)", tables: true, declarations))
                if owner == index {
                    w.append(shared.code, indent: 0)
                    w.line("")
                }
                Self.sharedStep.fill(["index": .text("\(index)"), "owner": .text("\(owner)"),
                                      "slots": .text(shared.slots.map(String.init).joined(separator: ", ")),
                                      "parameters": .text(shared.parameters.map(String.init).joined(separator: ", "))], into: &w)
            } else {
                w.append(function(head: "int step_p\(index)", tables: false, declarations), indent: 0)
            }
        }
        w.origin = nil
        w.line("")
        if program.isScheduled { Self.start.fill(["index": .text("\(index)"), "schedule": .lines(schedule(&layout))], into: &w) }
        if !program.delays.isEmpty { DelayedReadCode.fileHistory(of: program, index: index, into: &w, layout: &layout) }
        reportNonFinite(&w, &layout)
    }

    /// The step function: the neuron loop, then the spikes' resets.
    private func function(head: String, tables: Bool, _ declarations: CodeWriter) -> CodeWriter {
        var w = CodeWriter()
        w.origin = program.range
        Self.step.fill(["head": .text(head), "tables": .text(tables ? "const int *S, const int *Q, " : ""),
                        "declarations": .lines(declarations), "loop": .lines(neuronLoop()), "spikes": .lines(spikeLoop())], into: &w)
        return w
    }

    /// The loop over neurons lo..<hi. Where exponential Euler calls exprel per neuron, a first loop tests whether
    /// every argument of this step is narrow; then the update runs with soma_exprel_narrow (the same bits, inlined
    /// and vectorised without the reduction or the call: COBA's were in every step of a second), else with soma_exprel_step.
    /// The narrow copy renders from a copy of the names, so that both number their random draws alike.
    private func neuronLoop() -> CodeWriter {
        let twin = names.copy()
        let update = NeuronUpdateCode(program: program, names: names, storedStages: storedStages).lines()
        var w = CodeWriter()
        let loop = { (body: CodeWriter, w: inout CodeWriter) in w.block("for (i64 i = lo; i < hi; ++i)") { $0.append(body, indent: 0) } }
        guard let check = NeuronUpdateCode(program: program, names: names.copy()).narrowCheck() else {
            loop(update, &w)
            return w
        }
        let narrowUpdate = NeuronUpdateCode(program: program, names: twin, storedStages: storedStages, narrowLoop: true).lines()
        w.line("int narrow = 1;")
        loop(check, &w)
        w.block("if (narrow)") { loop(narrowUpdate, &$0) }
        w.block("else") { loop(update, &$0) }
        return w
    }

    private var storedStages: Int {
        guard stagedReads != nil, case .rungeKutta(let stages, _) = program.update else { return 0 }
        return stages.count - 1
    }

    /// Stage functions render with names of their own, so the step function's random draws keep their numbers.
    private func stages(_ reads: [String], _ declarations: CodeWriter, _ w: inout CodeWriter) {
        let code = NeuronUpdateCode(program: program, names: PopulationCNames(program: program, precision: precision))
        for stage in 0..<storedStages {
            Self.stage.fill(["index": .text("\(index)"), "stage": .text("\(stage)"), "declarations": .lines(declarations),
                             "body": .lines(code.stage(stage, reads: reads))], into: &w)
        }
        let table = (0..<storedStages).map { "slope_p\(index)_\($0)" }.joined(separator: ", ")
        w.line("static void (*const slope_p\(index)[])(void **, const double *, i64, double, u64, i64, i64) = { \(table) };")
        w.line("")
    }

    private func schedule(_ layout: inout Layout) -> CodeWriter {
        var w = CodeWriter()
        Self.schedule.fill([
            "steps": .text("\(layout.slot(.schedule(population: index, .steps)))"),
            "who": .text("\(layout.slot(.schedule(population: index, .who)))"),
            "next": .text("\(layout.slot(.schedule(population: index, .next)))"),
            "total": .text("\(layout.parameter(.scheduleCount(population: index)))"),
        ], into: &w)
        return w
    }

    private func reportNonFinite(_ w: inout CodeWriter, _ layout: inout Layout) {
        var checks: [String] = []
        let size = layout.parameter(.size(population: index))
        for (k, v) in program.variables.enumerated() {
            checks.append("const real *a_\(v) = (const real *)slot[\(layout.slot(.state(population: index, variable: v)))];")
            checks.append("for (i64 j = 0; j < n; ++j) if (!((a_\(v)[j] - a_\(v)[j]) == 0)) { err[0] = s + 1; err[1] = \(index); err[2] = \(k); err[3] = j; return 1; }")
        }
        Self.nonfinite.fill(["index": .text("\(index)"), "size": .text("\(size)"), "checks": .lines(.lines(checks))], into: &w)
    }

    // MARK: - Declarations

    private func declarations(_ layout: inout Layout) -> CodeWriter {
        var w = CodeWriter()
        w.origin = program.range
        Self.declarations.fill([
            "size": .text("\(layout.parameter(.size(population: index)))"),
            "t0": .text("\(layout.parameter(.t0))"), "s0": .text("\(layout.parameter(.s0))"),
            "bits": .text(names.realBits),
            "state": .lines(.lines(program.variables.map {
                "real *restrict a_\($0) = (real *)slot[\(layout.slot(.state(population: index, variable: $0)))];"
            })),
            "parameters": .lines(.lines(program.parameters.map {
                "const real p_\($0) = (real)P[\(layout.parameter(.parameter(population: index, name: $0)))];"
            })),
            "inputs": .lines(.lines(program.constantInputs.map {
                "const real in_\($0) = (real)P[\(layout.parameter(.input(population: index, name: $0)))];"
            })),
            "previous": .lines(.lines(program.spike == nil ? [] : [
                "int *restrict previous = (int *)slot[\(layout.slot(.previousCondition(population: index)))];",
            ])),
            "refractory": .lines(.lines(program.refractoriness != .forSteps ? [] : [
                "int *restrict refractory_left = (int *)slot[\(layout.slot(.refractoryLeft(population: index)))];",
                "const int refractory_steps = (int)P[\(layout.parameter(.refractorySteps(population: index)))];",
            ])),
            "hoisted": .lines(invariants().appending(methodDeclarations(&layout))),
        ], into: &w)
        w.append(stageValues(&layout), indent: 0)
        w.append(.lines(DelayedReadCode.declarations(of: program, index: index, layout: &layout)), indent: 0)
        return w
    }

    /// The slopes of the stored stages and the next stage's read state, one value per neuron.
    private func stageValues(_ layout: inout Layout) -> CodeWriter {
        guard let reads = stagedReads, case .rungeKutta(let stages, _) = program.update else { return CodeWriter() }
        var lines: [String] = []
        for stage in stages.prefix(storedStages) {
            for slope in stage.slopes {
                let name = "k\(stage.index)_\(slope.name)"
                lines.append("real *restrict stage_\(name) = (real *)slot[\(layout.slot(.stageValues(population: index, name: name)))]; (void)stage_\(name);")
            }
        }
        for v in reads {
            lines.append("real *restrict stage_y_\(v) = (real *)slot[\(layout.slot(.stageValues(population: index, name: "y_\(v)")))]; (void)stage_y_\(v);")
        }
        return .lines(lines)
    }

    /// What an adaptive method or `exact` reads besides the state: step sizes, counts and
    /// tolerances, or the propagators.
    private func methodDeclarations(_ layout: inout Layout) -> CodeWriter {
        switch program.update {
        case .adaptive(let update):
            let control = [(Slot.StepControlField.stepSize, "double", "sc_h"), (.taken, "i64", "sc_taken"), (.rejected, "i64", "sc_rejected")]
            return .lines(control.map { field, type, name in
                "\(type) *restrict \(name) = (\(type) *)slot[\(layout.slot(.stepControl(population: index, field)))];"
            } + ["const real rtol = (real)P[\(layout.parameter(.relativeTolerance))];"] + update.errors.map {
                "const real atol_\($0.variable) = (real)P[\(layout.parameter(.absoluteTolerance(population: index, variable: $0.variable)))];"
            })
        case .exact(let update):
            return .lines([false, true].flatMap { integral in
                update.variables.flatMap { row in
                    update.variables.map { column in
                        let key = ParameterKey.propagator(population: index, row: row, column: column, integral: integral)
                        return "const real \(integral ? "psi" : "phi")_\(row)_\(column) = (real)P[\(layout.parameter(key))];"
                    }
                }
            })
        case .fractional:
            return FractionalMemoryCode.declarations(program, index: index, &layout)
        default:
            return CodeWriter()
        }
    }

    /// The loop invariants, once per step before the neurons.
    private func invariants() -> CodeWriter {
        var w = CodeWriter()
        w.origin = program.range
        for value in program.invariants { w.line("const real \(value.name.dropFirst()) = \(names.render(value.value, stage: 0));") }
        return w
    }

    // MARK: - Spikes

    private func spikeLoop() -> CodeWriter {
        guard let spike = program.spike else { return CodeWriter() }
        var w = CodeWriter()
        w.origin = program.range
        let load = CodeWriter.lines(program.variables.map { "real x_\($0) = a_\($0)[i];" })
        var reset = CodeWriter()
        if spike.readsDrivenInputs {
            for drive in program.drivenInputs { reset.line("const real in0_\(drive.name) = \(names.render(drive.value, stage: 0));") }
        }
        reset.origin = program.sourceRanges["reset"] ?? program.sourceRanges["spike"]
        if !program.resetsWithinStep {
            for assignment in spike.reset { reset.line("x_\(assignment.name) = \(names.render(assignment.value, stage: nil));") }
        }
        if program.refractoriness == .forSteps { reset.line("refractory_left[i] = refractory_steps;") }
        var condition = CodeWriter()
        condition.origin = program.sourceRanges["spike"]
        condition.line("previous[i] = \(spike.isRandom ? "0" : "(int)\(names.render(spike.condition, stage: nil, asCondition: true))");")
        Self.spikes.fill(["load": .lines(load), "reset": .lines(reset), "condition": .lines(condition),
                          "store": .lines(.lines(program.variables.map { "a_\($0)[i] = x_\($0);" }))], into: &w)
        return w
    }
}
