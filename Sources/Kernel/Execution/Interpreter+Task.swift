import Language
import Model
import Network
import Output
import Plot
import Runtime
import Support
import Symbolic
import Training

/// A `task` as defined: its training and test trials, drawn from its seed, and the couplings that feed its
/// inputs to populations (`couple D.stimulus -> R.I weight = ...`), whose weights `train` fits.
struct TaskState {
    var declaration: TaskDeclaration
    /// The Euler step of the trials, in seconds.
    var dt: Double
    var training: [Trial]
    var test: [Trial]
    /// Inputs per step and classes of the output.
    var channels: Int
    var classes: Int
    var couplings: [TaskCoupling]
    /// What the trials and the couplings' random weights are drawn from.
    var seed: UInt64
    /// The surrogate the last training on it took, for the spiking networks `accuracy` runs again.
    var surrogate: Interpreter.SurrogateClause?

    static let input = "stimulus", output = "choice"
}

/// `couple D.stimulus -> R.I weight = ...`: population × channels weights into one input of a population.
struct TaskCoupling {
    var population: String
    var input: String
    var weights: Matrix
    var range: SourceRange
}

/// `task D = decision(...)` or `evidence(...)`, the couplings from it, `train Z to D.choice by bptt(...)` on its trials and
/// `accuracy(Z, D)` on its test trials: a population run trial by trial by Euler steps from its state now.
extension Interpreter {
    func defineTask(_ declaration: TaskDeclaration) throws -> String {
        // A task named as a population would take that population's couplings.
        if network.population(named: declaration.name) != nil || network.models[declaration.name] != nil {
            throw Diagnostic(.taskNameTaken(name: declaration.name), at: declaration.nameRange, hint: "choose another name")
        }
        let evidence = declaration.kind == "evidence"
        guard evidence || declaration.kind == "decision" else {
            throw Diagnostic(.unknown(kind: "task", name: declaration.kind), at: declaration.kindRange,
                             hint: "decision(coherences = [0, 6.4, 12.8, 25.6, 51.2], stimulus = 500 ms) or evidence(cues = 7, delay = 500 ms)")
        }
        var numbers = ["trials": 512.0, "test": 256, "seed": 1]
        var durations = ["dt": 0.02, "fixation": 0.1, "stimulus": 0.5, "decision": 0.1]
        var rates: [String: Double] = [:]
        var coherences = [0, 6.4, 12.8, 25.6, 51.2], noise: Double?
        if evidence {
            numbers.merge(["cues": 7, "group": 10]) { $1 }
            durations = ["dt": 0.01, "cue": 0.1, "gap": 0.05, "delay": 0.5, "recall": 0.15]
            rates = ["rate": 40, "background": 10]
        }
        // The period whose length may vary from trial to trial, written [shortest, longest].
        let varying = evidence ? "delay" : "stimulus"
        var longestVarying: Double?
        let takes = (evidence ? ["cues", "group", "cue", "gap", "delay", "recall", "rate", "background"] : ["coherences", "fixation", "stimulus", "decision", "noise"])
            + ["dt", "trials", "test", "seed"]
        for option in declaration.options {
            guard takes.contains(option.name) else {
                throw Diagnostic(.unknown(kind: "\(declaration.kind) option", name: option.name), at: option.range,
                                 hint: "\(declaration.kind) takes " + takes.joined(separator: ", "))
            }
            if option.name == "coherences" {
                coherences = try option.values.map { try ExpressionResolver.constant($0, dimension: .one, what: "a coherence") }
                if let bad = coherences.firstIndex(where: { !(0...100).contains($0) }) {
                    throw Diagnostic(.outOfRange(what: "a coherence", value: coherences[bad], valid: "is a percentage from 0 to 100"), at: option.values[bad].range)
                }
                continue
            }
            if option.name == varying, option.isList {
                guard option.values.count == 2 else {
                    throw Diagnostic(.outOfRange(what: option.name, value: nil, valid: "is one duration or two, [shortest, longest]"), at: option.range)
                }
                let (shortest, longest) = (try ExpressionResolver.constant(option.values[0], dimension: .time, what: option.name),
                                           try ExpressionResolver.constant(option.values[1], dimension: .time, what: option.name))
                guard shortest <= longest else {
                    throw Diagnostic(.outOfRange(what: "the longest \(option.name)", value: longest, valid: "is at least the shortest"), at: option.values[1].range)
                }
                (durations[option.name], longestVarying) = (shortest, longest)
                continue
            }
            guard !option.isList else {
                throw Diagnostic(.outOfRange(what: option.name, value: nil, valid: "is one value; only coherences and \(varying) ([shortest, longest]) are lists"),
                                 at: option.range)
            }
            let value = option.values[0]
            if durations[option.name] != nil {
                durations[option.name] = try ExpressionResolver.constant(value, dimension: .time, what: option.name)
            } else if rates[option.name] != nil {
                rates[option.name] = try ExpressionResolver.constant(value, dimension: .frequency, what: option.name)
            } else if option.name == "noise" {
                noise = try ExpressionResolver.constant(value, dimension: .one, what: "noise")
            } else {
                numbers[option.name] = Double(try wholeNumber(option.name, value, in: 1...1_000_000))
            }
        }
        let dt = durations["dt"]!
        func steps(_ name: String, _ duration: Double? = nil) throws -> Int {
            let count = (duration ?? durations[name]!) / dt
            guard count >= 1, abs(count - count.rounded()) <= 1e-9 * count else {
                let at = declaration.options.first { $0.name == name }?.range ?? declaration.range
                throw Diagnostic(.outOfRange(what: name, value: nil, valid: "is a whole number of steps of dt = \(NumberText.readable(dt * 1000)) ms"), at: at)
            }
            return Int(count.rounded())
        }
        let shortest = try steps(varying), span = shortest...(try longestVarying.map { try steps(varying, $0) } ?? shortest)
        let trial: (inout CounterRandom) -> Trial, shape: (channels: Int, classes: Int), description: String
        if evidence {
            let task = EvidenceAccumulation(group: Int(numbers["group"]!), cues: Int(numbers["cues"]!), cue: try steps("cue"), gap: try steps("gap"),
                                            delay: span, recall: try steps("recall"), rate: min(1, rates["rate"]! * dt),
                                            background: min(1, rates["background"]! * dt))
            trial = { task.trial(&$0) }
            shape = (task.channels, EvidenceAccumulation.classes)
            description = "\((task.length(delay: span.lowerBound)...task.length(delay: span.upperBound)).stepsText) steps of \(NumberText.readable(dt * 1000)) ms "
                + "(\(task.cues) cues of \(task.cue) and gaps of \(task.gap), delay \(span.stepsText), recall \(task.recall)); "
                + "inputs \(declaration.name).\(TaskState.input) (\(task.group) channels each of left cues, right cues, recall and background), "
                + "output \(declaration.name).\(TaskState.output) (0: left, 1: right, scored in the recall)"
        } else {
            // neurogym's σ = 1 is per √ms of dt: the deviation of one sample.
            let task = PerceptualDecision(coherences: coherences.map { $0 / 100 }, fixation: try steps("fixation"), stimulus: span,
                                          decision: try steps("decision"), noise: noise ?? 1 / (dt * 1000).squareRoot())
            trial = { task.trial(&$0) }
            shape = (PerceptualDecision.channels, PerceptualDecision.classes)
            let other = task.fixation + task.decision
            description = "\(((other + span.lowerBound)...(other + span.upperBound)).stepsText) steps of \(NumberText.readable(dt * 1000)) ms "
                + "(fixation \(task.fixation), stimulus \(span.stepsText), "
                + "decision \(task.decision)); inputs \(declaration.name).\(TaskState.input) (fixation and the two evidences), "
                + "output \(declaration.name).\(TaskState.output) (fixate, 1 or 2)"
        }
        let (count, test) = (Int(numbers["trials"]!), Int(numbers["test"]!))
        var random = CounterRandom(seed: UInt64(numbers["seed"]!), stream: 0x7A5C)
        let trials = (0..<count + test).map { t -> Trial in
            random.startNeuron(t)
            return trial(&random)
        }
        tasks[declaration.name] = TaskState(declaration: declaration, dt: dt, training: Array(trials[..<count]), test: Array(trials[count...]),
                                            channels: shape.channels, classes: shape.classes, couplings: [], seed: UInt64(numbers["seed"]!), surrogate: nil)
        return "task \(declaration.name): \(count) training and \(test) test trials of " + description
    }

    /// Whether `statement` couples a task's inputs, which the interpreter keeps rather than the network.
    func couplesTask(_ statement: Statement) -> Bool {
        if case .couple(let declaration) = statement { return tasks[declaration.source.population] != nil }
        return false
    }

    /// `couple D.stimulus -> R.I weight = ... [p = ...]`: i the neuron, j the channel, N the channels; drawn from the task's seed.
    func coupleTask(_ declaration: CouplingDeclaration) throws -> String {
        let name = declaration.source.population
        guard declaration.source.field == TaskState.input else {
            throw Diagnostic(.noSuchMember(owner: "task \(name)", kind: "input", name: declaration.source.field), at: declaration.source.range,
                             hint: "its inputs are \(name).\(TaskState.input)")
        }
        guard declaration.delay == nil, declaration.source.slice == nil, declaration.target.slice == nil else {
            throw Diagnostic(.coupleIndexed, at: declaration.range)
        }
        let p = try populationIndex(declaration.target.population, at: declaration.target.range)
        let target = network.populations[p]
        guard let input = target.model.input(declaration.target.field) else {
            throw Diagnostic(.noSuchMember(owner: target.model.name, kind: "input", name: declaration.target.field), at: declaration.target.range,
                             hint: "its inputs are " + target.model.inputs.map(\.name).joined(separator: ", "))
        }
        var scope = Scope()
        for index in ["i", "j", "N"] { scope[index] = .symbol(.one) }
        let typed = try ExpressionResolver(scope: scope).lower(declaration.weight)
        guard typed.dimension == input.dimension || typed.isBareZero else {
            throw Diagnostic(.couplingWeightUnit(expected: input.dimension, found: typed.dimension), at: declaration.weight.range)
        }
        let probability = try declaration.probability.map { try ExpressionResolver.constant($0, dimension: .one, what: "p") }
        let drawn = try RandomWeights(weight: typed.expr, probability: probability, rows: target.size, columns: tasks[name]!.channels,
                                      stream: 0x7A5C + 1 + UInt32(tasks[name]!.couplings.count)).drawn(seed: tasks[name]!.seed)
        guard drawn.values.allSatisfy(\.isFinite) else { throw Diagnostic(.weightNotFinite, at: declaration.weight.range) }
        tasks[name]!.couplings.append(TaskCoupling(population: target.name, input: input.name, weights: drawn, range: declaration.range))
        return "couple \(name).\(TaskState.input) -> \(target.name).\(input.name): \(target.size) × \(tasks[name]!.channels) weights"
    }

    /// The task a `train` statement's targets name, if they name one.
    func targetTask(_ statement: TrainStatement) -> String? {
        statement.targets.first.map(\.population).flatMap { tasks[$0] == nil ? nil : $0 }
    }

    /// `train Z to D.choice by bptt(epochs = E, lr = η, batch = B, clip = c, loss = cross_entropy, dale = true)`: the readout, the
    /// population's recurrent couplings and the task's couplings into it, by Adam on each batch of B trials' mean gradient.
    func trainOnTask(_ statement: TrainStatement, task name: String) throws -> [Output] {
        guard statement.method.name == "bptt" else {
            throw Diagnostic(.lossDoesNotFitTargets(loss: "mse"), at: statement.method.range, hint: "train on a task by bptt(loss = cross_entropy)")
        }
        let options = try bpttOptions(statement.method, task: true)
        let field = statement.targets[0]
        guard field.field == TaskState.output, statement.targets.count == 1, field.slice == nil, statement.ahead == nil, statement.window == nil else {
            throw Diagnostic(.noSuchMember(owner: "task \(name)", kind: "output", name: field.field), at: field.range,
                             hint: "train Z to \(name).\(TaskState.output) by bptt(loss = cross_entropy)")
        }
        var problem = try taskProblem(statement.readout, task: name, at: statement.readoutRange, method: statement.method.range, surrogate: options.surrogate,
                                      trained: options.trained)
        problem.bptt.checkpoint = options.checkpoint
        let (p, couplings, task) = (problem.p, problem.couplings, tasks[name]!)
        var optimiser = NetworkOptimiser(problem.bptt, learningRate: options.rate, parameterRate: options.parameterRate,
                                         keepingSigns: try signsKept(options, problem.bptt.network, couplings, population: network.populations[p].name),
                                         clip: options.clip, sharingParameters: true)
        let batch = options.batch ?? 32, count = task.training.count, batches = (count + batch - 1) / batch
        // A task's training keeps the weights it ends with; an interrupt ends it after the batch under way.
        var losses: [Double] = [], stop: (epoch: Int, batch: Int, loss: Double)?
        defer { progressNote = nil }
        epochs: for epoch in 0..<options.epochs {
            noteTraining(epoch: epoch + 1, of: options.epochs, lastLoss: losses.last, named: "cross-entropy")
            var total = 0.0
            for (b, start) in stride(from: 0, to: count, by: batch).enumerated() {
                let gradient = problem.bptt.gradient(over: Array(task.training[start..<min(start + batch, count)]), input: problem.input)
                total += gradient.loss * Double(min(batch, count - start))
                optimiser.step(&problem.bptt, gradient: gradient)
                let done = epoch * batches + b + 1
                if !continuesTraining(afterBatch: done, of: options.epochs * batches), done < options.epochs * batches {
                    if b + 1 == batches { losses.append(total / Double(count)) }
                    stop = (epoch + 1, b + 1, total / Double(min(count, (b + 1) * batch)))
                    break epochs
                }
            }
            losses.append(total / Double(count))
        }
        let n = network.populations[p].size
        adoptTrainedWeights(couplings.enumerated().map { k, coupling in
            (coupling.offset, k, Matrix(rows: n, columns: n, values: problem.bptt.network.couplings[k].weights))
        }, population: p)
        tasks[name]!.couplings[problem.taskCoupling].weights.values = problem.bptt.network.couplings[problem.input].weights
        let parameters = adoptTrainedParameters(options.trained.map(\.name), problem.bptt.network, population: p)
        tasks[name]!.surrogate = options.surrogate
        var trained = problem.bptt.readout
        for k in task.classes..<trained.count { trained[k] *= problem.scale }
        readouts[statement.readout]?.fitted = FittedReadout(
            readout: TrainedReadout(features: .linear, sources: n, weights: Matrix(rows: 1 + n, columns: task.classes, values: trained),
                                    predictsChange: false),
            targets: statement.targets, ahead: 0, unit: DisplayUnit(name: "", scale: 1), dimension: .one)
        let summary = "trained \(statement.readout), the \(couplings.count) couplings within \(network.populations[p].name) and \(name)'s into it by bptt "
            + "on \(task.training.count) trials: \(losses.count) epochs, cross-entropy \(losses.first.map { NumberText.readable($0) + " → " } ?? "")\(NumberText.readable(losses.last ?? stop?.loss ?? 0))"
            + parameters + (options.dale ? "; every weight kept its sign (Dale's law)" : "")
        let curve = Figure(panels: [Panel(xAxis: Axis(label: "epoch"), yAxis: Axis(label: "cross-entropy", scale: .log),
                                          series: [.line(name: "training loss", x: losses.indices.map { Double($0 + 1) }, y: losses)], legend: false)])
        if let stop {
            throw TrainingInterrupted(outputs: [.info(summary), .figure(curve)], diagnostic: Diagnostic(
                .trainingInterrupted(epoch: stop.epoch, batch: stop.batch, batches: batches,
                                     kept: "the weights at the stop (a task's training keeps its last): cross-entropy "
                                         + "\(NumberText.readable(stop.loss)) over epoch \(stop.epoch)'s first " + (stop.batch == 1 ? "batch" : "\(stop.batch) batches")),
                at: statement.range))
        }
        return [.info(summary), .figure(curve)]
    }

    /// `accuracy(Z, D)`: the fraction of D's test trials whose largest output of Z at the last step is the right choice.
    func taskAccuracy(_ args: [Expression], at range: SourceRange) throws -> Double {
        guard args.count == 2, case .name(let readout) = args[0].kind, case .name(let task) = args[1].kind else {
            throw Diagnostic(.printArguments(function: "accuracy", takes: "a readout and a task: accuracy(Z, D)", found: args.count), at: range)
        }
        guard tasks[task] != nil else {
            throw Diagnostic(.unknown(kind: "task", name: task), at: args[1].range,
                             hint: tasks.isEmpty ? "define one: task \(task) = decision(...)" : "tasks: " + tasks.keys.sorted().joined(separator: ", "))
        }
        guard readouts[readout]?.fitted?.targets.first?.population == task else {
            throw Diagnostic(.readoutNotTrained(readout: readout), at: args[0].range, hint: "train \(readout) to \(task).\(TaskState.output) by bptt(...) first")
        }
        let problem = try taskProblem(readout, task: task, at: args[0].range, surrogate: tasks[task]!.surrogate)
        return problem.bptt.accuracy(tasks[task]!.test, input: problem.input)
    }

    /// The readout's population as an `EulerNetwork` on the task's trials: its own couplings first (recurrent only), then the
    /// task's into it; the readout's weights as fitted (states in SI) or 0.
    private func taskProblem(_ readout: String, task name: String, at range: SourceRange, method: SourceRange? = nil, surrogate: SurrogateClause? = nil,
                             trained: [(name: String, range: SourceRange)] = [])
        throws -> (bptt: BackpropagationThroughTime, p: Int, couplings: [(offset: Int, element: DenseCoupling)], input: Int, taskCoupling: Int, scale: Double) {
        guard let state = readouts[readout] else {
            throw Diagnostic(.unknown(kind: "readout", name: readout), at: range, hint: "define one: readout \(readout) = Population.variable")
        }
        let task = tasks[name]!
        let field = state.declaration.sources[0]
        guard let k = task.couplings.firstIndex(where: { $0.population == field.population }) else {
            throw Diagnostic(.taskDrivesNothing(task: name, population: field.population), at: range,
                             hint: "couple \(name).\(TaskState.input) -> \(field.population).I weight = 0.1 * randn()")
        }
        let fed = task.couplings[k]
        let parts = try eulerParts(readout: state, named: readout, method: method ?? range, surrogate: surrogate, fed: [(accumulator: "task_\(fed.input)", input: fed.input)],
                                   trained: trained)
        let p = parts.p, population = network.populations[p]
        try self.state.realizeInitialValues(of: network)
        var sources: [EulerNetwork.Coupling] = []
        for (k, (_, coupling)) in parts.couplings.enumerated() {
            guard coupling.isRecurrent else {
                throw Diagnostic(.taskWithRecordedCoupling(population: population.name, source: coupling.source), at: coupling.range)
            }
            sources.append(try recurrentCoupling(coupling, k, of: p, system: parts.system))
        }
        sources.append(.init(source: .recorded(values: [], columns: task.channels), weights: fed.weights.values))
        let n = population.size
        var network = try EulerNetwork(neurons: n, variables: parts.system.variables.count, dt: task.dt, initial: stateNow(of: p, system: parts.system),
                                   couplings: sources, slopes: parts.slopes,
                                   readVariable: parts.read)
        network.step = parts.step
        network.spikes = parts.spikes
        network.parameters = parts.parameters
        let scale = population.model.variable(field.field)?.unit.scale ?? 1
        let fitted = state.fitted.flatMap { $0.targets.first?.population == name ? $0.readout.weights.values : nil }
        var weights = fitted ?? Array(repeating: 0, count: (1 + n) * task.classes)
        for k in task.classes..<weights.count { weights[k] /= scale }
        let bptt = BackpropagationThroughTime(network: network, readout: weights, loss: .crossEntropy(labels: []), outputs: task.classes,
                                              samples: 0, window: 0..<0)
        return (bptt, p, parts.couplings, sources.count - 1, k, scale)
    }
}
