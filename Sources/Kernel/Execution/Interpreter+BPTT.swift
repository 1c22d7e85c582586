import Analysis
import Language
import Model
import Network
import Output
import Plot
import Runtime
import Support
import Symbolic
import Training

/// `train Z to ... by bptt(epochs = E, lr = η)`: the readout and every `couple` into the population it reads,
/// trained together by backpropagation through the Euler steps of that population (and its spikes and resets,
/// through a surrogate of the spike's step), driven by what the other populations recorded (the discrete
/// adjoint, `BackpropagationThroughTime`), with Adam; on a task's trials, `Interpreter+Task`. Each `train = p`
/// trains the population's parameter p as well (one value for all its neurons, as the language has it).
extension Interpreter {
    func trainThroughTime(_ statement: TrainStatement, readout state: ReadoutState, targets: RecordedSeries, ahead: Int,
                          window: Range<Int>) throws -> [Output] {
        let options = try bpttOptions(statement.method, task: false)
        let (epochs, rate, batch) = (options.epochs, options.rate, options.batch)
        let field = state.declaration.sources[0]
        let parts = try eulerParts(readout: state, named: statement.readout, method: statement.method.range, surrogate: options.surrogate,
                                   trained: options.trained, delays: true)
        let (p, population, system, couplings) = (parts.p, network.populations[parts.p], parts.system, parts.couplings)
        // The state at the first sample: every variable of the population, recorded.
        let recorded = try system.variables.map { variable in
            try seriesInSI(FieldReference(population: population.name, field: variable, slice: nil, range: field.range))
        }
        let grid = recorded[0]
        guard grid.series.times == targets.series.times else {
            throw Diagnostic(.readoutGridsDiffer(readout: statement.readout), at: statement.range)
        }
        let dt = grid.interval * grid.timeUnit.scale
        guard self.state.timeSteps.count == 1, let step = self.state.timeSteps.first, abs(step - dt) <= 1e-9 * dt else {
            throw Diagnostic(.bpttNeedsEverySample(population: population.name), at: field.range,
                             hint: "record \(population.name)'s variables without every (each step) and run with one dt")
        }
        let samples = min(grid.series.count, window.upperBound + ahead)
        let n = population.size, m = system.variables.count
        let initial = (0..<n).flatMap { i in recorded.map { $0.series.values[i] } }
        var sources: [EulerNetwork.Coupling] = []
        for (k, (_, coupling)) in couplings.enumerated() {
            if coupling.isRecurrent {
                sources.append(try recurrentCoupling(coupling, k, of: p, system: system))
            } else {
                let values = self.state.populations[p].denseWeights[k].values
                let series = try seriesInSI(FieldReference(population: coupling.source, field: coupling.variable, slice: nil, range: coupling.range))
                guard series.series.times == grid.series.times else {
                    throw Diagnostic(.readoutGridsDiffer(readout: "\(coupling.source).\(coupling.variable)"), at: coupling.range,
                                     hint: "record \(coupling.source).\(coupling.variable) with \(population.name)'s variables")
                }
                sources.append(.init(source: .recorded(values: series.series.values, columns: series.series.width), weights: values))
            }
            sources[k].delay = try delaySteps(coupling, dt: dt)
        }
        let read = parts.read
        var network = try EulerNetwork(neurons: n, variables: m, dt: dt, initial: initial, couplings: sources, slopes: parts.slopes, readVariable: read)
        network.step = parts.step
        network.spikes = parts.spikes
        network.parameters = parts.parameters
        // The readout reads display units; the network's states are SI.
        let scale = recorded[read].unit.scale
        var readout = state.fitted?.readout.weights.values ?? Array(repeating: 0, count: (1 + n) * targets.series.width)
        let outputs = targets.series.width
        for k in outputs..<readout.count { readout[k] /= scale }
        var shifted = [Double](repeating: 0, count: samples * outputs)
        for k in 0..<samples - ahead { for o in 0..<outputs { shifted[k * outputs + o] = targets.series.values[(k + ahead) * outputs + o] } }
        var problem = BackpropagationThroughTime(network: network, readout: readout, loss: .meanSquared(targets: shifted), outputs: outputs, samples: samples,
                                                 window: window.clamped(to: 0..<(samples - ahead)))
        problem.checkpoint = options.checkpoint
        var optimiser = NetworkOptimiser(problem, learningRate: rate, parameterRate: options.parameterRate, keepingSigns: try signsKept(options, problem.network, couplings, population: population.name),
                                         clip: options.clip, sharingParameters: true)
        var losses: [Double] = [], best = (loss: Double.infinity, problem: problem, epoch: Int?.none), stop: (epoch: Int, batch: Int)?
        let size = batch ?? samples, batches = (samples + size - 1) / size
        defer { progressNote = nil }
        for epoch in 0..<epochs {
            noteTraining(epoch: epoch + 1, of: epochs, lastLoss: losses.last, named: "mse")
            let pass = epochOfTruncatedBPTT(problem, batch: size, initial: initial, optimiser: &optimiser) {
                continuesTraining(afterBatch: epoch * batches + $0, of: epochs * batches)
            }
            // An epoch stopped part way has no loss over the series; the weights at the stop are scored below.
            if pass.batches == batches {
                losses.append(pass.loss)
                if pass.loss < best.loss { best = (pass.loss, problem, epoch + 1) }
            }
            problem = pass.problem
            if pass.stopped, pass.batches < batches || epoch + 1 < epochs { stop = (epoch + 1, pass.batches); break }
        }
        let final = problem.gradient().loss
        if final < best.loss { best = (final, problem, nil) }
        adoptTrainedWeights(zip(couplings, best.problem.network.couplings).enumerated().map { k, pair in
            (pair.0.offset, k, Matrix(rows: n, columns: pair.1.weights.count / n, values: pair.1.weights))
        }, population: p)
        let parameters = adoptTrainedParameters(options.trained.map(\.name), best.problem.network, population: p)
        var trained = best.problem.readout
        for k in outputs..<trained.count { trained[k] *= scale }
        readouts[statement.readout]?.fitted = FittedReadout(
            readout: TrainedReadout(features: .linear, sources: n, weights: Matrix(rows: 1 + n, columns: outputs, values: trained), predictsChange: false),
            targets: statement.targets, ahead: ahead, unit: targets.unit, dimension: targets.dimension)
        let summary = "trained \(statement.readout) and the \(couplings.count) couplings into \(population.name) by bptt: \(losses.count) epochs, "
            + "mse \(losses.first.map { NumberText.readable($0) + " → " } ?? "")\(NumberText.readable(best.loss)) (the best kept)\(parameters); "
            + "the recordings are of the weights before: reset and run again to test"
        let curve = Figure(panels: [Panel(xAxis: Axis(label: "epoch"), yAxis: Axis(label: "mse", scale: .log),
                                          series: [.line(name: "training loss", x: losses.indices.map { Double($0 + 1) }, y: losses)], legend: false)])
        if let stop {
            let which = best.epoch.map { "those epoch \($0) started from" } ?? "those at the stop"
            throw TrainingInterrupted(outputs: [.info(summary), .figure(curve)], diagnostic: Diagnostic(
                .trainingInterrupted(epoch: stop.epoch, batch: stop.batch, batches: batches, kept: "the best weights, \(which): mse \(NumberText.readable(best.loss))"),
                at: statement.range))
        }
        return [.info(summary), .figure(curve)]
    }

    /// Coupling k of population p onto itself as an `EulerNetwork` couples it: the variable of `system` it reads,
    /// with the weights drawn for it.
    func recurrentCoupling(_ coupling: DenseCoupling, _ k: Int, of p: Int, system: CompiledEulerSlopes) throws -> EulerNetwork.Coupling {
        guard let variable = system.variables.firstIndex(of: coupling.variable) else {
            throw Diagnostic(.bpttReadsConstant(population: network.populations[p].name, variable: coupling.variable), at: coupling.range)
        }
        return .init(source: .recurrent(variable: variable), weights: self.state.populations[p].denseWeights[k].values)
    }

    /// A coupling's `delay` in steps of dt: a whole number of them, as the Euler steps bptt differentiates read the
    /// source's states on the grid (the simulation reads the same points of its history).
    private func delaySteps(_ coupling: DenseCoupling, dt: Double) throws -> Int {
        guard let delay = coupling.delay, let s = network.populationIndex(named: coupling.source),
              let read = network.populations[s].model.delays.firstIndex(of: delay) else { return 0 }
        let steps = network.populations[s].delaySteps(dt: dt)[read]
        guard steps >= 1 - 1e-9, abs(steps - steps.rounded()) <= 1e-9 * steps else {
            throw Diagnostic(.outOfRange(what: "a delay bptt reads, in steps of dt,", value: steps, valid: "is a whole number (at least 1)"),
                             at: coupling.range)
        }
        return Int(steps.rounded())
    }

    /// Population p's state now, neurons × the variables of `system`: where an `EulerNetwork` of it starts.
    func stateNow(of p: Int, system: CompiledEulerSlopes) -> [Double] {
        let values = system.variables.map { self.state.populations[p].state[$0]!.values }
        return (0..<network.populations[p].size).flatMap { i in values.map { $0[i] } }
    }

    /// The population a bptt readout reads, as an `EulerNetwork` needs it: checked (no synapses, drives of
    /// time or delays), its slopes compiled with the accumulators of its couplings, of `fed` inputs (a task's,
    /// each `(accumulator, input)` added to the model here) and of the `trained` parameters (so that the generated
    /// code gives ∂f/∂p, and ∂c/∂p and ∂R/∂p of the spike rule), the index of the variable read, and the trained parameters'
    /// values for every neuron; and the generated Euler step and its adjoint, which the passes run. Delayed couplings
    /// are refused unless `delays` (bptt on a recorded series reads them).
    func eulerParts(readout state: ReadoutState, named readout: String, method: SourceRange, surrogate: SurrogateClause?,
                    fed: [(accumulator: String, input: String)] = [], trained: [(name: String, range: SourceRange)] = [], delays: Bool = false)
        throws -> (p: Int, system: CompiledEulerSlopes, couplings: [(offset: Int, element: DenseCoupling)], slopes: EulerNetwork.Slopes,
                   step: EulerNetwork.Step, read: Int, spikes: SpikeRule?, parameters: [Double]) {
        let field = state.declaration.sources[0]
        guard state.features == .linear, state.declaration.sources.count == 1, field.slice == nil else {
            throw Diagnostic(.bpttReadout(readout: readout), at: state.declaration.range)
        }
        let p = try populationIndex(field.population, at: field.range)
        let population = network.populations[p]
        if network.projections.contains(where: { $0.target == p }) || network.poissonInputs.contains(where: { $0.target == p }) {
            throw Diagnostic(.bpttDrivenBySynapses(population: population.name), at: method,
                             hint: "drive it by couple from recorded populations")
        }
        var values = population.parameters
        for (input, drive) in population.drives {
            guard case .constant(let value) = drive else {
                throw Diagnostic(.bpttDrivenByTime(population: population.name, input: input), at: field.range)
            }
            values[input] = value
        }
        var model = population.model
        for (accumulator, input) in fed {
            let dimension = model.input(input)?.dimension ?? .one
            model.variables.append(.init(name: accumulator, initial: .zero, dimension: dimension, unit: model.input(input)?.unit ?? DisplayUnit(name: "", scale: 1)))
            model.addCurrent(.symbol(accumulator), into: input)
        }
        let couplings = network.couplings.enumerated().filter { $0.element.population == population.name }
        if !delays, let delayed = couplings.first(where: { $0.element.delay != nil }) {
            throw Diagnostic(.bpttDelayedCoupling(population: population.name), at: delayed.element.range)
        }
        // The history a delayed coupling reads is the pass's own states, not a delay equation of the model's.
        let equationsRead = model.equations.reduce(into: Set<String>()) { $0.formUnion($1.rhs.symbols) }
        model.delays.removeAll { read in couplings.contains { $0.element.delay == read } && !equationsRead.contains(read.symbol) }
        let condition = try spikeCondition(of: population, surrogate: surrogate, method: method)
        try checkTrainable(trained, of: population)
        let accumulators = couplings.map(\.element.accumulator) + fed.map(\.accumulator)
        let system: CompiledEulerSlopes
        do {
            system = try CompiledEulerSlopes(model: model, values: values, accumulators: accumulators, trained: trained.map(\.name), condition: condition?.c,
                                             cache: cache)
        } catch let failure as DynamicalSystem.ModelFailure {
            throw Diagnostic(failure.problem, at: field.range)
        }
        if let unused = trained.first(where: { !system.reads.contains($0.name) }) {
            throw Diagnostic(.bpttParameterUnused(population: population.name, parameter: unused.name), at: unused.range)
        }
        guard let read = system.variables.firstIndex(of: field.field) else {
            throw Diagnostic(.bpttReadout(readout: readout), at: state.declaration.range)
        }
        let (n, m, c) = (population.size, system.variables.count, accumulators.count + trained.count)
        let slopes: EulerNetwork.Slopes = { x, a in
            var f = [Double](repeating: 0, count: n * m), jacobian = [Double](repeating: 0, count: n * m * m)
            var accumulatorSlopes = [Double](repeating: 0, count: n * c * m)
            system.evaluate(neurons: n, states: x, accumulators: a, f: &f, jacobian: &jacobian, slopes: &accumulatorSlopes)
            return (f, jacobian, accumulatorSlopes)
        }
        let step = EulerNetwork.Step(forward: { shape, x, a, next in
            system.step(neurons: shape.neurons, dt: shape.dt, states: x, accumulators: a, next: next)
        }, adjoint: { shape, x, a, lambda, previous, drive in
            system.adjoint(neurons: shape.neurons, dt: shape.dt, states: x, accumulators: a, adjoint: lambda, previous: previous, drive: drive)
        })
        let spikes = condition.map { SpikeRule(evaluate: system.spikes(neurons: n), surrogate: $0.surrogate) }
        let parameters = (0..<n).flatMap { _ in trained.map { values[$0.name]! } }
        return (p, system, couplings, slopes, step, read, spikes, parameters)
    }

    /// `train = p`: a parameter of the population's model (a state variable or input is not one).
    private func checkTrainable(_ trained: [(name: String, range: SourceRange)], of population: NetworkPopulation) throws {
        let model = population.model
        for (name, range) in trained where model.parameter(name) == nil {
            throw Diagnostic(.noSuchMember(owner: model.name, kind: "parameter", name: name), at: range,
                             hint: model.parameters.isEmpty ? "\(model.name) has no parameters" : "its parameters are " + model.parameters.map(\.name).joined(separator: ", "))
        }
    }

    /// The trained parameters' values (one for all neurons) made the population's, for every later statement; what the summary says of them.
    func adoptTrainedParameters(_ names: [String], _ trained: EulerNetwork, population p: Int) -> String {
        guard !names.isEmpty else { return "" }
        let model = network.populations[p].model
        let said = names.enumerated().map { k, name in
            adoptTrainedParameter(name, value: trained.parameters[k], population: p)
            let unit = model.parameter(name)?.unit ?? DisplayUnit(name: "", scale: 1)
            return "\(name) = \(NumberText.readable(trained.parameters[k] / unit.scale))" + (unit.name.isEmpty ? "" : " \(unit.name)")
        }
        return "; trained " + said.joined(separator: ", ")
    }

    /// `surrogate = fast_sigmoid(0.5 / mV)`, as written: resolved against the spike condition's unit.
    struct SurrogateClause {
        var name: String
        var argument: Expression
        var range: SourceRange
    }

    /// A spiking population's condition as c > 0 (`V > Vth`: c = V − Vth) and the surrogate of its step, whose width
    /// (piecewise_linear) is in c's unit and whose slope (fast_sigmoid, arctan) in its inverse; nil for a population without spikes.
    private func spikeCondition(of population: NetworkPopulation, surrogate: SurrogateClause?, method: SourceRange) throws -> (c: Expr, surrogate: Surrogate)? {
        guard let spike = population.model.spike else { return nil }
        guard let surrogate else {
            throw Diagnostic(.bpttNeedsSurrogate(population: population.name), at: method,
                             hint: "bptt(..., surrogate = piecewise_linear(5 mV)), fast_sigmoid(0.5 / mV) or arctan(0.5 / mV)")
        }
        let c: Expr
        switch spike {
        case .binary(.greater, let a, let b), .binary(.greaterEqual, let a, let b): c = a - b
        case .binary(.less, let a, let b), .binary(.lessEqual, let a, let b): c = b - a
        default: throw Diagnostic(.bpttSpikeRule(population: population.name), at: method)
        }
        guard population.model.refractory == nil else { throw Diagnostic(.bpttSpikeRule(population: population.name), at: method) }
        let variable = population.model.variables.first { c.symbols.contains($0.name) }
        let dimension = variable?.dimension ?? .one
        switch surrogate.name {
        case "piecewise_linear":
            let width = try ExpressionResolver.constant(surrogate.argument, dimension: dimension, what: "the surrogate's width")
            guard width > 0 else { throw Diagnostic(.outOfRange(what: "the surrogate's width", value: width, valid: "is more than 0"), at: surrogate.argument.range) }
            return (c, .piecewiseLinear(width: width))
        case "fast_sigmoid", "arctan":
            let slope = try ExpressionResolver.constant(surrogate.argument, dimension: .one / dimension, what: "the surrogate's slope")
            guard slope > 0 else { throw Diagnostic(.outOfRange(what: "the surrogate's slope", value: slope, valid: "is more than 0"), at: surrogate.argument.range) }
            return (c, surrogate.name == "arctan" ? .arctan(slope: slope) : .fastSigmoid(slope: slope))
        default:
            throw Diagnostic(.unknown(kind: "surrogate", name: surrogate.name), at: surrogate.range,
                             hint: "piecewise_linear(width), fast_sigmoid(slope) or arctan(slope)")
        }
    }

    /// One pass over the samples in batches of `batch`: each batch's gradient from its first sample (the
    /// backward pass truncated there), an Adam step, and the next batch from where this one ended; after each
    /// batch `goOn(batches done)`, and when it says no the pass stops there.
    private func epochOfTruncatedBPTT(_ problem: BackpropagationThroughTime, batch: Int, initial: [Double], optimiser: inout NetworkOptimiser,
                                      goOn: (Int) -> Bool) -> (loss: Double, problem: BackpropagationThroughTime, batches: Int, stopped: Bool) {
        var problem = problem, state = initial, total = 0.0, counted = 0, batches = 0, stopped = false
        let samples = problem.samples, window = problem.window
        for start in stride(from: 0, to: samples, by: batch) where !stopped {
            defer { batches += 1; stopped = !goOn(batches) }
            problem.network.initial = state
            problem.start = start
            problem.samples = min(start + batch, samples)
            let gradient = problem.gradient()
            state = gradient.final
            problem.network.past = gradient.past
            let inWindow = window.clamped(to: start..<problem.samples).count
            guard inWindow > 0 else { continue }
            total += gradient.loss * Double(inWindow)
            counted += inWindow
            optimiser.step(&problem, gradient: gradient)
        }
        problem.network.initial = initial
        problem.network.past = []
        problem.start = 0
        problem.samples = samples
        return (total / Double(max(counted, 1)), problem, batches, stopped)
    }

    /// `bptt(epochs = 100, lr = 1e-3, batch = ..., loss = mse | cross_entropy, dale = true, clip = 2, checkpoint = 50, train = tau, train_lr = 0.01)`.
    struct BPTTOptions {
        var epochs = 100, rate = 1e-3, batch: Int?
        /// `train_lr`: the trained parameters' rate, a fraction of each one's starting value per step; nil: `lr`.
        var parameterRate: Double?
        /// Steps between the states the forward pass keeps; nil: about √T.
        var checkpoint: Int?
        /// The parameters `train = p` names, each once, in order.
        var trained: [(name: String, range: SourceRange)] = []
        /// The global norm each batch's gradient is clipped to; nil: not clipped.
        var clip: Double?
        var crossEntropy = false
        /// `dale = true`: every weight into the population keeps its sign.
        var dale = false
        var surrogate: SurrogateClause?
    }

    /// The options of `clause`; a task's targets are classes, scored by cross-entropy, and recorded targets values, by the squared error.
    func bpttOptions(_ clause: FeatureClause, task: Bool) throws -> BPTTOptions {
        var options = BPTTOptions(crossEntropy: task)
        for option in clause.options {
            switch option.name {
            case "epochs":
                options.epochs = try wholeNumber(option, in: 1...1_000_000)
            case "lr", "train_lr":
                let value = try ExpressionResolver.constant(option.value, dimension: .one, what: option.name)
                guard value > 0, value.isFinite else { throw Diagnostic(.outOfRange(what: option.name, value: value, valid: "is more than 0"), at: option.value.range) }
                if option.name == "lr" { options.rate = value } else { options.parameterRate = value }
            case "clip":
                let value = try ExpressionResolver.constant(option.value, dimension: .one, what: option.name)
                guard value > 0, value.isFinite else { throw Diagnostic(.outOfRange(what: "clip", value: value, valid: "is more than 0"), at: option.value.range) }
                options.clip = value
            case "batch":
                options.batch = try wholeNumber(option, in: 1...1_000_000_000)
            case "checkpoint":
                options.checkpoint = try wholeNumber(option, in: 1...1_000_000_000)
            case "train":
                guard case .name(let name) = option.value.kind else {
                    throw Diagnostic(.unknown(kind: "parameter", name: "an expression"), at: option.value.range, hint: "train = tau, one parameter's name")
                }
                if !options.trained.contains(where: { $0.name == name }) { options.trained.append((name, option.value.range)) }
            case "loss":
                let written: String? = if case .name(let name) = option.value.kind { name } else { nil }
                guard let loss = written, ["mse", "cross_entropy"].contains(loss) else {
                    throw Diagnostic(.unknown(kind: "loss", name: written ?? "an expression"), at: option.value.range, hint: "loss = mse or loss = cross_entropy")
                }
                guard (loss == "cross_entropy") == task else {
                    throw Diagnostic(.lossDoesNotFitTargets(loss: loss), at: option.value.range,
                                     hint: task ? "a task's choice is scored by loss = cross_entropy" : "recorded targets are fitted by loss = mse")
                }
            case "dale":
                guard case .name(let word) = option.value.kind, ["true", "false"].contains(word) else {
                    throw Diagnostic(.outOfRange(what: "dale", value: nil, valid: "is true or false"), at: option.value.range)
                }
                options.dale = word == "true"
            case "surrogate":
                guard case .call(let name, let arguments) = option.value.kind, arguments.count == 1 else {
                    throw Diagnostic(.unknown(kind: "surrogate", name: "that"), at: option.value.range,
                                     hint: "piecewise_linear(5 mV), fast_sigmoid(0.5 / mV) or arctan(0.5 / mV)")
                }
                options.surrogate = SurrogateClause(name: name, argument: arguments[0], range: option.value.range)
            default:
                throw Diagnostic(.unknown(kind: "bptt option", name: option.name), at: option.range,
                                 hint: "bptt takes epochs, lr, batch, clip, loss, dale, surrogate, checkpoint, train and train_lr")
            }
        }
        if options.trained.isEmpty, let rate = clause.options.first(where: { $0.name == "train_lr" }) {
            throw Diagnostic(.parameterRateWithoutParameters, at: rate.range, hint: "name the parameters it moves: train = tau, train_lr = 0.01")
        }
        return options
    }

    /// With `dale = true`, the couplings whose signs training keeps: all of them, each recurrent one checked to give
    /// every neuron outgoing weights of one sign (its column of W), as Dale's law has it.
    func signsKept(_ options: BPTTOptions, _ network: EulerNetwork, _ couplings: [(offset: Int, element: DenseCoupling)],
                   population: String) throws -> Set<Int> {
        guard options.dale else { return [] }
        for (c, coupling) in zip(network.couplings, couplings) {
            guard case .recurrent = c.source else { continue }
            let n = network.neurons
            for j in 0..<n {
                let column = (0..<n).map { c.weights[$0 * n + j] }
                if column.contains(where: { $0 > 0 }), column.contains(where: { $0 < 0 }) {
                    throw Diagnostic(.daleMixedSigns(population: population, neuron: j), at: coupling.element.range,
                                     hint: "give each neuron j one sign, e.g. weight = abs(randn()) * sign(39.5 - j) / sqrt(N)")
                }
            }
        }
        return Set(network.couplings.indices)
    }
}
