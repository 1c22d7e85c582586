import Codegen
import Foundation
import JIT
import Language
import Lowering
import Network
import Symbolic

/// Runs a network for one `run` statement: realises pending initial values, draws
/// connections, plans and generates the code, compiles it (tcc, or cc's cached or
/// background-built library), and simulates in chunks, advancing the clock of
/// `state` and appending to its records. A failure leaves the clock at the last
/// completed step.
package struct Runner {
    let network: Network
    let state: NetworkState
    let cache: CodeCache
    /// The optimising tier's compiler and cache (`jit = cc | auto`); nil: every run uses tcc.
    let nativeToolchain: NativeToolchain?
    /// Steps per chunk (results do not depend on it; smaller keeps interrupts snappy).
    let stepsPerChunk: Int64
    /// Called between chunks with steps done and steps in all; false interrupts.
    let progress: (@Sendable (Int64, Int64) -> Bool)?
    /// The unit a run compiles; tests put the CUDA kernels with their launches emulated in C here.
    var codegen: @Sendable (NetworkPlan) throws -> GeneratedUnit = { NetworkCodegen.generate($0) }
    /// The GPU that runs the steps (`soma kernel --device cuda`); nil: this machine's CPU.
    var gpu: CUDASession?

    package func run(_ settings: RunSettings, at range: SourceRange, notes: (String) -> Void) throws -> RunSummary {
        let options = settings.options
        if let seed = options.seed { state.seed = seed }
        // A sweep whose members share their code runs as a batch; the others side by side (`soma check` says why).
        let batchStart = Date()
        if gpu == nil, case .success(let batch)? = SweepBatch.of(network, options: options, codegen: codegen) {
            return try run(batch, settings, codegenSeconds: Date().timeIntervalSince(batchStart), at: range, notes: notes)
        }
        try refuseStoppedMembers(at: range)
        let neurons = network.populations.reduce(0) { $0 + $1.size }
        let neuronSteps = Double(settings.steps) * Double(neurons)
        // The plan and the code come first, so that the optimising tier compiles while the connections are
        // drawn; the plan's notes and a failure to generate code are reported where they were, after them.
        var planNotes: [String] = []
        let plan = NetworkPlan(network, options: options) { planNotes.append($0) }
        let codegenStart = Date()
        let generated = gpu == nil ? Result { try codegen(plan) } : nil
        let codegenSeconds = Date().timeIntervalSince(codegenStart)
        if case .success(let unit) = generated { startNativeBuildEarly(unit, jit: options.jit, neuronSteps: neuronSteps) }
        try prepareState(dt: options.dt, at: range)
        planNotes.forEach(notes)
        try prepareFractionalMemory(plan, options: options, steps: settings.steps, timeDimension: settings.timeDimension, at: range)
        let compileStart = Date()
        let unit: GeneratedUnit, code: StartingCode
        if let gpu {
            (unit, code) = try cudaCode(plan, on: gpu, at: range)
        } else {
            unit = try (generated ?? Result { try codegen(plan) }).get()
            code = try startingCode(unit, jit: options.jit, neuronSteps: neuronSteps, neurons: neurons, at: range, notes: notes)
        }
        let compileSeconds = codegenSeconds + Date().timeIntervalSince(compileStart)
        try makeByTargetLists(for: unit, at: range)
        convertState(to: options.precision)
        prepareStepControl(plan)

        var simulator = Simulator(unit: unit, chunk: code.chunk, populations: state.populations, projections: state.projections, plan: plan,
                                  parameters: try parameterBlock(unit, options),
                                  spikeRecords: spikeRecordsByIndex(), stateRecords: state.stateRecords,
                                  seed: state.seed, dt: options.dt, t0: state.time, s0: state.step, stepsPerChunk: stepsPerChunk,
                                  upgrade: code.upgrade, sampler: synapseSampler())
        let simulateStart = Date()
        let progress = self.progress
        defer { collect(simulator) }
        do {
            try simulator.run(steps: settings.steps) { progress?($0.stepsDone, $0.stepsTotal) ?? true }
        } catch let failure as Simulator.NonFinite {
            advance(by: failure.step - state.step, dt: options.dt)
            throw nonFiniteDiagnostic(failure, plan: plan, at: range)
        } catch let interrupted as Simulator.Interrupted {
            advance(by: interrupted.stepsDone, dt: options.dt)
            throw Diagnostic(.interrupted(time: TimeText.format(state.time, settings.timeDimension), done: Int(interrupted.stepsDone), steps: Int(settings.steps)),
                             at: range)
        } catch let failed as Simulator.DeviceFailed {
            advance(by: failed.stepsDone, dt: options.dt)
            throw Diagnostic(failed.error.problem, at: range)
        }
        let simulateSeconds = Date().timeIntervalSince(simulateStart)
        advance(by: settings.steps, dt: options.dt)
        if let failure = code.upgrade?.failure { notes("jit: cc is unavailable (\(failure.message)); the run stayed on tcc") }
        if gpu == nil, let discarded = cache.takeDiscardedNote(unit, toolchain: nativeToolchain) { notes("jit: \(discarded)") }
        let subSteps = stepTotals(plan)
        return RunSummary(duration: settings.duration, timeUnit: DisplayUnit.preferred(for: settings.timeDimension), steps: settings.steps, dt: options.dt,
                          compileSeconds: compileSeconds, simulateSeconds: simulateSeconds,
                          compiledFromCache: code.cached, precision: options.precision,
                          tier: simulator.switchedAtStep == nil ? code.tier : .cc, gpu: code.gpu, switchedAtStep: simulator.switchedAtStep,
                          subStepsTaken: subSteps?.taken, subStepsRejected: subSteps?.rejected)
    }

    func advance(by steps: Int64, dt: Double) {
        sampleInputs(steps: steps, dt: dt)
        state.step += steps
        state.time += Double(steps) * dt
        state.timeSteps.insert(dt)
    }

    private func collect(_ simulator: Simulator) {
        for (index, record) in simulator.spikeRecords { state.spikeRecords[network.populations[index].name] = record }
        state.stateRecords = simulator.stateRecords
    }

    private func spikeRecordsByIndex() -> [Int: SpikeRecord] {
        var records: [Int: SpikeRecord] = [:]
        for (index, population) in network.populations.enumerated() {
            if let record = state.spikeRecords[population.name] { records[index] = record }
        }
        return records
    }

    private func startRecorders(dt: Double, range: SourceRange) throws {
        for r in state.stateRecords.indices where state.stateRecords[r].startStep < 0 {
            state.stateRecords[r].everySteps = try steps(every: network.stateRecordings[r].every, dt: dt, of: state.stateRecords[r], at: range)
            state.stateRecords[r].startStep = state.step
        }
        for r in state.inputRecords.indices where state.inputRecords[r].startStep < 0 {
            state.inputRecords[r].everySteps = try steps(every: network.inputRecordings[r].every, dt: dt, of: state.inputRecords[r], at: range)
            state.inputRecords[r].startStep = state.step
        }
    }

    /// A recording interval as a whole number of steps (nil: every step).
    func steps(every: Double?, dt: Double, of record: StateRecord, at range: SourceRange) throws -> Int {
        let every = every ?? dt
        let ratio = (every / dt).rounded()
        guard ratio >= 1, abs(every / dt - ratio) <= 1e-6 * ratio else {
            throw Diagnostic(.recordingIntervalNotWholeSteps(population: record.population, variable: record.variable), at: range)
        }
        return Int(ratio)
    }

    /// Draws the connections not yet drawn (the seed is known now) and sizes the delay rings for this dt.
    package func drawConnections(dt: Double, at range: SourceRange) throws {
        state.update(for: network)
        for (projection, built) in zip(network.projections, state.projections) {
            let source = network.populations[projection.source], target = network.populations[projection.target]
            let values = projection.synapse.dynamics.parameters.reduce(into: [String: Double]()) {
                $0[$1.name] = target.parameters[projection.targetNames[$1.name]!]
            }
            do {
                try built.build(projection, sizes: (source.size, target.size), seed: projection.seed.resolved(run: state.seed), dt: dt, time: state.time,
                                parameters: values, cache: cache)
                try built.prepareDelays(projection.delay, sourceSize: source.size, dt: dt)
            } catch ProjectionError.delayTooLong(let steps) {
                throw Diagnostic(.delaysTooLong(source: source.name, target: target.name, steps: Int(steps)),
                                 at: range, hint: "use a larger dt or shorter delays")
            } catch ProjectionError.invalidDelay(let value) {
                throw Diagnostic(.negativeDelay(source: source.name, target: target.name, seconds: value),
                                 at: range, hint: "e.g. delay = 1 ms + 2 ms * rand()")
            } catch ProjectionError.delaysRoundedToAnotherStep(let built) {
                throw Diagnostic(.delaysRounded(source: source.name, target: target.name, dt: TimeText.format(built, projection.synapse.dynamics.timeDimension)),
                                 at: range)
            } catch let failure as SynapseListFailure {
                throw diagnostic(failure, of: projection, at: range)
            } catch let failure as CompileFailure {
                throw failure.diagnostic(fallback: range)
            } catch let unbound as UnboundSymbol {
                throw Diagnostic(.noValuePerSynapse(name: unbound.name), at: range,
                                 hint: "w and delay may read i, j, rand(), randn() and constants")
            }
        }
    }

    /// A synapse list that could not be made, as an error at its `connect` statement (`range` where it has none).
    func diagnostic(_ failure: SynapseListFailure, of projection: NetworkProjection, at range: SourceRange) -> Diagnostic {
        let (source, target) = (network.populations[projection.source].name, network.populations[projection.target].name)
        let at = projection.declarationRange ?? range
        switch failure {
        case .tooMany(let atLeast):
            return Diagnostic(.outOfRange(what: "synapses of \(source) -> \(target)", value: Double(atLeast),
                                          valid: "at most \(SynapseList.maxCount) per projection (4-byte row starts)"),
                              at: at, hint: "split the projection, or lower p")
        case .outOfMemory(let synapses, let bytes):
            return Diagnostic(.synapsesOutOfMemory(source: source, target: target, synapses: synapses, gigabytes: Double(bytes) / 1e9),
                              at: at, hint: "lower p, fanin or fanout, or free memory")
        case .sortOutOfMemory(let synapses, let bytes):
            return Diagnostic(.synapsesSortOutOfMemory(source: source, target: target, synapses: synapses, bytes: bytes),
                              at: at, hint: "lower p, fanin or fanout, or free memory")
        }
    }

    /// Delays of at least one step (RunSettings checks) read only filed steps.
    /// What the state needs before code runs over it: initial values, recorders, connections, delayed variables'
    /// histories, synapse recorders and input schedules, in that order.
    func prepareState(dt: Double, at range: SourceRange) throws {
        try state.realizeInitialValues(of: network)
        try startRecorders(dt: dt, range: range)
        try drawConnections(dt: dt, at: range)
        try prepareHistories(dt: dt, at: range)
        try startSynapseRecorders(dt: dt)
        for population in state.populations { population.schedule?.prepare(t0: state.time, s0: state.step, dt: dt) }
    }

    func convertState(to precision: Precision) {
        for population in state.populations { population.convert(to: precision) }
        for projection in state.projections { projection.convert(to: precision) }
    }

    private func prepareHistories(dt: Double, at range: SourceRange) throws {
        for (p, population) in network.populations.enumerated() where !population.model.delays.isEmpty {
            let steps = population.delaySteps(dt: dt)
            do {
                try state.populations[p].prepareHistory(of: population.model.delayedVariables, rows: Int(steps.max()!.rounded(.up)) + 4, dt: dt, step: state.step,
                                                        time: state.time) { variable, t in
                    try? population.model.histories[variable]?.evaluate { $0 == "t" ? t : population.parameters[$0] }
                }
            } catch PopulationState.HistoryError.stepChanged(let previous) {
                throw Diagnostic(.historyStepChanged(population: population.name, previous: TimeText.format(previous, population.model.timeDimension)),
                                 at: range, hint: "keep dt for the runs of a delay equation, or reset")
            }
        }
    }

    func parameterBlock(_ unit: GeneratedUnit, _ options: RunOptions) throws -> [Double] {
        let dt = options.dt
        var block = [Double](repeating: 0, count: unit.parameters.count)
        func set(_ key: ParameterKey, _ value: Double) {
            if let index = unit.parameter(key) { block[index] = value }
        }
        set(.dt, dt)
        set(.t0, state.time)
        set(.s0, Double(state.step))
        for (k, input) in network.poissonInputs.enumerated() {
            set(.poissonSources(k), Double(input.count))
            set(.poissonWeight(k), input.weight)
            for (j, value) in PoissonRate(input.rate).constants.enumerated() { set(.poissonRate(k, constant: j), value) }
        }
        for (k, projection) in network.projections.enumerated() {
            if !projection.weightPerSynapse, case .constant(let w) = projection.weight { set(.projectionWeight(k), w) }
            set(.delaySlots(k), Double(state.projections[k].spikesInFlight.slots))
        }
        let neurons = network.populations.reduce(0) { $0 + $1.size }
        let members = network.sweeps.reduce(0) { $0 + $1.members.count }
        let deliversSpikes = network.projections.contains { !$0.synapse.onPre.isEmpty }
        set(.threads, Double(options.threads ?? ChunkLoop.automaticParts(neurons: neurons, cores: ProcessInfo.processInfo.activeProcessorCount,
                                                                         deliversSpikes: deliversSpikes, sweepMembers: members)))
        for (p, population) in network.populations.enumerated() {
            if let schedule = state.populations[p].schedule { set(.scheduleCount(population: p), Double(schedule.pending)) }
            set(.size(population: p), Double(population.size))
            for (key, value) in fractionalParameters(of: p) { set(key, value) }
            for (parameter, value) in population.parameters { set(.parameter(population: p, name: parameter), value) }
            for (input, drive) in population.drives {
                if case .constant(let value) = drive { set(.input(population: p, name: input), value) }
            }
            set(.historyLength(population: p), Double(state.populations[p].historyRows))
            set(.historyStart(population: p), Double(state.populations[p].historyStart))
            for (k, steps) in population.delaySteps(dt: dt).enumerated() { set(.delaySteps(population: p, read: k), steps) }
            if case .duration(let period)? = population.model.refractory {
                let seconds = (try? period.evaluate { population.parameters[$0] }) ?? 0
                let steps = (seconds / dt).rounded()
                // The generated code counts the period down in a 4-byte int.
                guard steps <= Double(Int32.max) else {
                    throw Diagnostic(.outOfRange(what: "the refractory period of \(population.name) in steps of dt", value: steps,
                                                 valid: "is at most \(Int32.max)"),
                                     at: population.model.sourceRanges["refractory"] ?? population.model.range,
                                     hint: "use a shorter refractory period or a larger dt")
                }
                set(.refractorySteps(population: p), steps)
            }
        }
        try setStepControlParameters(options, set)
        return block
    }

    func nonFiniteDiagnostic(_ failure: Simulator.NonFinite, plan: NetworkPlan, at range: SourceRange) -> Diagnostic {
        let population = network.populations[failure.population]
        let variable = population.model.variables[failure.variable]
        let value = state.populations[failure.population].state[variable.name]![failure.index]
        let what = value.isNaN ? "NaN" : (value > 0 ? "+Inf" : "-Inf")
        let method = plan.populations[failure.population].method.name
        return Diagnostic(.nonFinite(population: population.name, variable: variable.name, neuron: failure.index, value: what,
                                     time: TimeText.format(state.time, population.model.timeDimension)),
                          at: range, hint: "dt may be too large for \(method), or the equations diverge for these parameters")
    }

    package init(network: Network, state: NetworkState, cache: CodeCache, nativeToolchain: NativeToolchain? = nil, stepsPerChunk: Int64,
                 progress: (@Sendable (Int64, Int64) -> Bool)? = nil, gpu: CUDASession? = nil) {
        self.gpu = gpu
        self.network = network
        self.state = state
        self.cache = cache
        self.nativeToolchain = nativeToolchain
        self.stepsPerChunk = stepsPerChunk
        self.progress = progress
    }
}
