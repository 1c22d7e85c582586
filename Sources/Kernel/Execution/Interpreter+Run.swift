import Foundation

/// `run DURATION dt = ... method = ... precision = ... seed = ... jit = ... threads = ...`
extension Interpreter {
    struct RunOptions {
        var dt: Double
        var method: IntegrationMethod?
        var precision: Precision = .f64
        var seed: UInt64?
        var jit = JITTier.auto
        /// Threads sharing each step's neuron updates (results do not depend on it); nil: ChunkLoop.automaticParts.
        var threads: Int?
    }

    static let runOptionNames = ["dt", "method", "precision", "seed", "jit", "threads"]

    func run(_ statement: RunStatement, emit: (Output) -> Void) throws {
        guard !populations.isEmpty else {
            throw Diagnostic("nothing to run: no population exists", at: statement.range, hint: "create one with population P = Model(N)")
        }
        let timeDimension = try commonTimeDimension(at: statement.range)
        let duration = try constant(statement.duration, dimension: timeDimension, what: "the run duration", scope: Scope())
        guard duration >= 0 else { throw Diagnostic("the run duration must not be negative", at: statement.duration.range) }
        let options = try runOptions(statement.options, timeDimension: timeDimension)
        let steps = try stepCount(duration, options.dt, statement.duration.range)
        if let seed = options.seed { self.seed = seed }
        try realizeInitialValues()
        try startRecorders(dt: options.dt, range: statement.range)
        try prepareProjections(dt: options.dt, at: statement.range)

        let plan = networkPlan(options, notes: emit)
        let compileStart = Date()
        let unit = NetworkCodegen.generate(plan)
        let neuronSteps = Double(steps) * Double(populations.reduce(0) { $0 + $1.size })
        let code = try startingCode(unit, jit: options.jit, neuronSteps: neuronSteps, at: statement.range, emit: emit)
        let compileSeconds = Date().timeIntervalSince(compileStart)
        for population in populations { population.convert(to: options.precision) }
        for projection in projections { projection.convert(to: options.precision) }

        var simulator = Simulator(unit: unit, chunk: code.chunk, populations: populations, projections: projections, plan: plan,
                                  parameters: parameterBlock(unit, options),
                                  spikeRecords: spikeRecordsByIndex(), stateRecords: stateRecords,
                                  seed: seed, dt: options.dt, t0: time, s0: step, stepsPerChunk: stepsPerChunk,
                                  upgrade: code.upgrade)
        let simulateStart = Date()
        let progress = self.progress
        defer { collect(simulator) }
        do {
            try simulator.run(steps: steps) { progress?($0.stepsDone, $0.stepsTotal) ?? true }
        } catch let failure as Simulator.NonFinite {
            advance(by: failure.step - step, dt: options.dt)
            throw nonFiniteDiagnostic(failure, plan: plan, at: statement.range)
        } catch let interrupted as Simulator.Interrupted {
            advance(by: interrupted.stepsDone, dt: options.dt)
            throw Diagnostic("interrupted at t = \(format(time, timeDimension)) after \(interrupted.stepsDone) of \(steps) steps", at: statement.range)
        }
        let simulateSeconds = Date().timeIntervalSince(simulateStart)
        advance(by: steps, dt: options.dt)
        if let failure = code.upgrade?.failure { emit(.info("jit: cc is unavailable (\(failure.message)); the run stayed on tcc")) }
        emit(.run(RunSummary(duration: duration, timeUnit: timeUnit(timeDimension), steps: steps, dt: options.dt,
                             compileSeconds: compileSeconds, simulateSeconds: simulateSeconds,
                             compiledFromCache: code.cached, precision: options.precision,
                             tier: simulator.switchedAtStep == nil ? code.tier : .cc, switchedAtStep: simulator.switchedAtStep)))
    }

    private func advance(by steps: Int64, dt: Double) {
        step += steps
        time += Double(steps) * dt
        timeSteps.insert(dt)
    }

    private func collect(_ simulator: Simulator) {
        for (index, record) in simulator.spikeRecords { spikeRecords[populations[index].name] = record }
        stateRecords = simulator.stateRecords
    }

    private func spikeRecordsByIndex() -> [Int: SpikeRecord] {
        var records: [Int: SpikeRecord] = [:]
        for (index, population) in populations.enumerated() {
            if let record = spikeRecords[population.name] { records[index] = record }
        }
        return records
    }

    func commonTimeDimension(at range: SourceRange) throws -> Dimension {
        let dimensions = Set(populations.map(\.model.timeDimension))
        guard dimensions.count == 1 else {
            throw Diagnostic("the network mixes models with units and dimensionless models", at: range,
                             hint: "write every model with units, or none")
        }
        return dimensions.first!
    }

    func timeUnit(_ dimension: Dimension) -> DisplayUnit {
        dimension == .time ? DisplayUnit(name: "ms", scale: 1e-3) : .none
    }

    func format(_ t: Double, _ dimension: Dimension) -> String {
        let unit = timeUnit(dimension)
        let value = (t / unit.scale * 1e6).rounded() / 1e6
        return unit.name.isEmpty ? "\(value)" : "\(value) \(unit.name)"
    }

    // MARK: - Options

    private func runOptions(_ bindings: [Binding], timeDimension: Dimension) throws -> RunOptions {
        var options = RunOptions(dt: timeDimension == .time ? 1e-4 : 0.1)
        var seen: Set<String> = []
        for option in bindings {
            guard seen.insert(option.name).inserted else { throw Diagnostic("\(option.name) is given twice", at: option.range) }
            switch option.name {
            case "dt":
                options.dt = try constant(option.value, dimension: timeDimension, what: "dt", scope: Scope())
                guard options.dt > 0 else { throw Diagnostic("dt must be positive", at: option.value.range) }
            case "method":
                let name = try word(option.value, what: "method")
                guard let method = IntegrationMethod.named(name) else {
                    throw Diagnostic("unknown method '\(name)'", at: option.value.range,
                                     hint: "methods are " + IntegrationMethod.named.map(\.0).joined(separator: ", "))
                }
                options.method = method
            case "precision":
                let name = try word(option.value, what: "precision")
                guard let precision = Precision(rawValue: name) else {
                    throw Diagnostic("unknown precision '\(name)'", at: option.value.range, hint: "precision is f32 or f64")
                }
                options.precision = precision
            case "jit":
                let name = try word(option.value, what: "jit")
                guard let tier = JITTier(rawValue: name) else {
                    throw Diagnostic("unknown jit '\(name)'", at: option.value.range, hint: "jit is tcc, cc or auto")
                }
                options.jit = tier
            case "threads":
                let value = try constant(option.value, dimension: .one, what: "threads", scope: Scope())
                guard value >= 1, value <= Double(ChunkLoop.maxParts), value == value.rounded() else {
                    throw Diagnostic("threads must be a whole number from 1 to \(ChunkLoop.maxParts)", at: option.value.range)
                }
                options.threads = Int(value)
            case "seed":
                let value = try constant(option.value, dimension: .one, what: "the seed", scope: Scope())
                guard value >= 0, value == value.rounded(), value < 0x1p63 else {
                    throw Diagnostic("the seed must be a whole number from 0 to 2^63", at: option.value.range)
                }
                options.seed = UInt64(value)
            default:
                throw Diagnostic("unknown run option '\(option.name)'", at: option.range,
                                 hint: "options are " + Interpreter.runOptionNames.joined(separator: ", "))
            }
        }
        return options
    }

    private func word(_ e: Expression, what: String) throws -> String {
        guard case .name(let name) = e.kind else {
            throw Diagnostic("\(what) must be a name", at: e.range)
        }
        return name
    }

    private func stepCount(_ duration: Double, _ dt: Double, _ range: SourceRange) throws -> Int64 {
        let exact = duration / dt
        let steps = exact.rounded()
        guard abs(exact - steps) <= 1e-6 * max(1, steps) else {
            throw Diagnostic("the duration is not a whole number of steps of dt (\(exact) steps)", at: range)
        }
        guard steps <= 1e12 else { throw Diagnostic("too many steps: \(steps)", at: range) }
        return Int64(steps)
    }

    private func startRecorders(dt: Double, range: SourceRange) throws {
        for r in stateRecords.indices where stateRecords[r].startStep < 0 {
            let every = recordEvery[r] ?? dt
            let ratio = (every / dt).rounded()
            guard ratio >= 1, abs(every / dt - ratio) <= 1e-6 * ratio else {
                throw Diagnostic("the recording interval of \(stateRecords[r].population).\(stateRecords[r].variable) is not a whole number of steps of dt",
                                 at: range)
            }
            stateRecords[r].everySteps = Int(ratio)
            stateRecords[r].startStep = step
        }
    }

    // MARK: - Plan and parameter block

    private func networkPlan(_ options: RunOptions, notes: (Output) -> Void) -> NetworkPlan {
        var plans: [NetworkPlan.PopulationPlan] = []
        var explained: Set<String> = []
        for population in populations {
            let method: IntegrationMethod
            if let chosen = options.method {
                method = chosen
            } else {
                let (choice, reason) = IntegrationMethod.defaultChoice(for: population.model)
                method = choice
                let builtIn = models[population.model.name] == nil && SpikeSources.models[population.model.name] != nil
                if !builtIn, explained.insert(population.model.name).inserted {
                    notes(.info("method: \(choice.name) for \(population.model.name) (default: \(reason))"))
                }
            }
            var driven: [String: Expr] = [:]
            for (name, drive) in population.drives {
                if case .expression(let e) = drive { driven[name] = e }
            }
            population.schedule?.prepare(t0: time, s0: step, dt: options.dt)
            plans.append(.init(name: population.name, model: population.model, method: method, drivenInputs: driven,
                               recordsSpikes: spikeRecords[population.name] != nil,
                               listsSpikes: projections.contains {
                                   ($0.source === population && !$0.synapse.onPre.isEmpty) || ($0.target === population && !$0.synapse.onPost.isEmpty)
                               }, isScheduled: population.schedule != nil))
        }
        let recorders = stateRecords.map { record in
            NetworkPlan.RecorderPlan(population: populations.firstIndex { $0.name == record.population }!, variable: record.variable)
        }
        let index = { (population: Population) in self.populations.firstIndex { $0 === population }! }
        return NetworkPlan(populations: plans, recorders: recorders, projections: projectionPlans(index),
                           poissonInputs: poissonInputPlans(index), denseCouplings: denseCouplingPlans(), precision: options.precision)
    }

    private func parameterBlock(_ unit: GeneratedUnit, _ options: RunOptions) -> [Double] {
        let dt = options.dt
        var block = [Double](repeating: 0, count: unit.parameters.count)
        func set(_ name: String, _ value: Double) {
            if let index = unit.parameter(name) { block[index] = value }
        }
        set("dt", dt)
        set("t0", time)
        set("s0", Double(step))
        projectionParameters(set)
        for population in populations {
            if let schedule = population.schedule { set("\(population.name).schedule.n", Double(schedule.pending)) }
        }
        let neurons = populations.reduce(0) { $0 + $1.size }
        set("threads", Double(options.threads ?? ChunkLoop.automaticParts(neurons: neurons, cores: ProcessInfo.processInfo.activeProcessorCount)))
        for population in populations {
            let name = population.name
            set("\(name).N", Double(population.size))
            for (parameter, value) in population.parameters { set("\(name).param.\(parameter)", value) }
            for (input, drive) in population.drives {
                if case .constant(let value) = drive { set("\(name).input.\(input)", value) }
            }
            if case .duration(let period)? = population.model.refractory {
                let seconds = (try? period.evaluate { population.parameters[$0] }) ?? 0
                set("\(name).refractory_steps", (seconds / dt).rounded())
            }
        }
        return block
    }

    private func nonFiniteDiagnostic(_ failure: Simulator.NonFinite, plan: NetworkPlan, at range: SourceRange) -> Diagnostic {
        let population = populations[failure.population]
        let variable = population.model.variables[failure.variable]
        let value = population.state[variable.name]![failure.index]
        let what = value.isNaN ? "NaN" : (value > 0 ? "+Inf" : "-Inf")
        let method = plan.populations[failure.population].method.name
        return Diagnostic("\(population.name).\(variable.name)[\(failure.index)] became \(what) at t = \(format(time, population.model.timeDimension)); the run stopped there",
                          at: range, hint: "dt may be too large for \(method), or the equations diverge for these parameters")
    }
}
