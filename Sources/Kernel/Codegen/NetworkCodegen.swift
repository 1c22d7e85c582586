import Lowering

/// Renders a network's step program as one C translation unit whose entry point runs a chunk
/// of steps: `i64 soma_chunk(void **slot, i64 step0, i64 nsteps)` (ChunkLoop) returns the
/// number of steps it completed (fewer when a buffer fills or a value goes non-finite, which it
/// reports in the `error` slot).
public enum NetworkCodegen {
    public static func generate(_ plan: NetworkPlan) -> GeneratedUnit {
        generate(lower(plan))
    }

    public static func generate(_ program: StepProgram) -> GeneratedUnit {
        var (body, layout) = functions(program)
        ChunkLoop.generate(program, &body, &layout)
        var w = CodeWriter()
        CPrelude.start(precision: program.precision, body: body.text).forEach { w.line($0) }
        w.append(body, indent: 0)
        return GeneratedUnit(source: w.text, slots: layout.slots, parameters: layout.parameters, origins: w.origins)
    }

    /// The functions one step calls (populations, projections, inputs, couplings, recorders) without
    /// the loop that calls them: the CPU's chunk loop and the CUDA kernels (CUDACodegen) both call these.
    /// `device`: per-synapse delays in rows of fixed length (ProjectionStep.fixedQueues), not queues grown with realloc.
    static func functions(_ program: StepProgram, device: Bool = false) -> (CodeWriter, Layout) {
        var layout = Layout()
        var body = CodeWriter()
        _ = layout.slot(.parameters)
        _ = layout.slot(.seed)
        _ = layout.slot(.error)
        _ = layout.parameter(.dt)
        if program.populations.contains(where: { !$0.delays.isEmpty }) { DelayedReadCode.interpolation.fill([:], into: &body) }
        let steps = program.populations.enumerated().map { index, population in
            PopulationStep(index: index, program: population, precision: program.precision,
                           stagedReads: program.stagedCoupling?.readVariables[index])
        }
        for step in device ? steps : PopulationStep.sharingUpdates(steps) { step.generate(into: &body, layout: &layout) }
        if program.hasSpikeQueues && !device {
            body.raw("typedef struct { int *events; i64 n, capacity; } soma_queue;\nvoid *realloc(void *, unsigned long);\n")
        }
        if program.projections.contains(where: { $0.onPre != nil && $0.delivery == .constantDelay }) {
            body.raw(ProjectionStep.firstTargets(program.projections))
        } else if program.projections.contains(where: { $0.targetIndexWidth == .three }) {
            body.raw(TargetIndexWidth.helpers)
        }
        for (index, projection) in program.projections.enumerated() {
            ProjectionStep(index: index, program: projection, precision: program.precision, staged: program.stagedCoupling,
                           fixedQueues: device)
                .generate(into: &body, layout: &layout)
        }
        if !program.poissonInputs.isEmpty { body.raw(PoissonInputStep.prototypes) }
        for (index, input) in program.poissonInputs.enumerated() {
            PoissonInputStep(index: index, program: input, precision: program.precision).generate(into: &body, layout: &layout)
        }
        for (index, coupling) in program.denseCouplings.enumerated() {
            DenseCouplingStep(index: index, plan: coupling, staged: program.stagedCoupling).generate(into: &body, layout: &layout)
        }
        RecorderStep.generate(program.recorders, into: &body, layout: &layout)
        return (body, layout)
    }
}
