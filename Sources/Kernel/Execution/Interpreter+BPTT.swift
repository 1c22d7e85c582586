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
/// trained together by backpropagation through the Euler steps of that population, driven by what the
/// other populations recorded (the discrete adjoint, `BackpropagationThroughTime`), with Adam.
extension Interpreter {
    func trainThroughTime(_ statement: TrainStatement, readout state: ReadoutState, targets: RecordedSeries, ahead: Int,
                          window: Range<Int>) throws -> [Output] {
        let (epochs, rate, batch) = try bpttOptions(statement.method)
        let field = state.declaration.sources[0]
        guard state.features == .linear, state.declaration.sources.count == 1, field.slice == nil else {
            throw Diagnostic(.bpttReadout(readout: statement.readout), at: state.declaration.range)
        }
        let p = try populationIndex(field.population, at: field.range)
        let population = network.populations[p]
        guard population.model.spike == nil else {
            throw Diagnostic(.bpttNeedsRates(population: population.name), at: statement.method.range,
                             hint: "bptt differentiates populations without spikes (rate models); ridge and force train any readout")
        }
        if network.projections.contains(where: { $0.target == p }) || network.poissonInputs.contains(where: { $0.target == p }) {
            throw Diagnostic(.bpttDrivenBySynapses(population: population.name), at: statement.method.range,
                             hint: "drive it by couple from recorded populations")
        }
        var values = population.parameters
        for (input, drive) in population.drives {
            guard case .constant(let value) = drive else {
                throw Diagnostic(.bpttDrivenByTime(population: population.name, input: input), at: field.range)
            }
            values[input] = value
        }
        let couplings = network.couplings.enumerated().filter { $0.element.population == population.name }
        let system: CompiledEulerSlopes
        do {
            system = try CompiledEulerSlopes(model: population.model, values: values, accumulators: couplings.map(\.element.accumulator), cache: cache)
        } catch let failure as DynamicalSystem.ModelFailure {
            throw Diagnostic(failure.problem, at: field.range)
        }
        if let delayed = couplings.first(where: { $0.element.delay != nil }) {
            throw Diagnostic(.bpttDelayedCoupling(population: population.name), at: delayed.element.range)
        }
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
            let values = self.state.populations[p].denseWeights[k].values
            if coupling.isRecurrent {
                guard let variable = system.variables.firstIndex(of: coupling.variable) else {
                    throw Diagnostic(.bpttReadsConstant(population: population.name, variable: coupling.variable), at: coupling.range)
                }
                sources.append(.init(source: .recurrent(variable: variable), weights: values))
            } else {
                let series = try seriesInSI(FieldReference(population: coupling.source, field: coupling.variable, slice: nil, range: coupling.range))
                guard series.series.times == grid.series.times else {
                    throw Diagnostic(.readoutGridsDiffer(readout: "\(coupling.source).\(coupling.variable)"), at: coupling.range,
                                     hint: "record \(coupling.source).\(coupling.variable) with \(population.name)'s variables")
                }
                sources.append(.init(source: .recorded(values: series.series.values, columns: series.series.width), weights: values))
            }
        }
        let slopes: EulerNetwork.Slopes = { x, a in
            var f = [Double](repeating: 0, count: n * m), jacobian = [Double](repeating: 0, count: n * m * m)
            var accumulatorSlopes = [Double](repeating: 0, count: n * couplings.count * m)
            system.evaluate(neurons: n, states: x, accumulators: a, f: &f, jacobian: &jacobian, slopes: &accumulatorSlopes)
            return (f, jacobian, accumulatorSlopes)
        }
        guard let read = system.variables.firstIndex(of: field.field) else {
            throw Diagnostic(.bpttReadout(readout: statement.readout), at: state.declaration.range)
        }
        let network = EulerNetwork(neurons: n, variables: m, dt: dt, initial: initial, couplings: sources, slopes: slopes, readVariable: read)
        // The readout reads display units; the network's states are SI.
        let scale = recorded[read].unit.scale
        var readout = state.fitted?.readout.weights.values ?? Array(repeating: 0, count: (1 + n) * targets.series.width)
        let outputs = targets.series.width
        for k in outputs..<readout.count { readout[k] /= scale }
        var shifted = [Double](repeating: 0, count: samples * outputs)
        for k in 0..<samples - ahead { for o in 0..<outputs { shifted[k * outputs + o] = targets.series.values[(k + ahead) * outputs + o] } }
        var problem = BackpropagationThroughTime(network: network, readout: readout, targets: shifted, outputs: outputs, samples: samples,
                                                 window: window.clamped(to: 0..<(samples - ahead)))
        var readoutAdam = Adam(learningRate: rate, count: readout.count)
        var couplingAdams = sources.map { Adam(learningRate: rate, count: $0.weights.count) }
        var losses: [Double] = [], best = (loss: Double.infinity, problem: problem)
        for epoch in 0..<epochs {
            let (loss, updated) = epochOfTruncatedBPTT(problem, batch: batch ?? samples, initial: initial, readoutAdam: &readoutAdam, couplingAdams: &couplingAdams)
            losses.append(loss)
            if loss < best.loss { best = (loss, problem) }
            problem = updated
            if let progress, !progress(Int64(epoch + 1), Int64(epochs)) { break }
        }
        let final = problem.gradient().loss
        if final < best.loss { best = (final, problem) }
        adoptTrainedWeights(zip(couplings, best.problem.network.couplings).enumerated().map { k, pair in
            (pair.0.offset, k, Matrix(rows: n, columns: pair.1.weights.count / n, values: pair.1.weights))
        }, population: p)
        var trained = best.problem.readout
        for k in outputs..<trained.count { trained[k] *= scale }
        readouts[statement.readout]?.fitted = FittedReadout(
            readout: TrainedReadout(features: .linear, sources: n, weights: Matrix(rows: 1 + n, columns: outputs, values: trained), predictsChange: false),
            targets: statement.targets, ahead: ahead, unit: targets.unit, dimension: targets.dimension)
        let summary = "trained \(statement.readout) and the \(couplings.count) couplings into \(population.name) by bptt: \(losses.count) epochs, "
            + "mse \(NumberText.readable(losses.first ?? 0)) → \(NumberText.readable(best.loss)) (the best kept); "
            + "the recordings are of the weights before: reset and run again to test"
        let curve = Figure(panels: [Panel(xAxis: Axis(label: "epoch"), yAxis: Axis(label: "mse", scale: .log),
                                          series: [.line(name: "training loss", x: losses.indices.map { Double($0 + 1) }, y: losses)], legend: false)])
        return [.info(summary), .figure(curve)]
    }

    /// One pass over the samples in batches of `batch`: each batch's gradient from its first sample (the
    /// backward pass truncated there), an Adam step, and the next batch from where this one ended.
    private func epochOfTruncatedBPTT(_ problem: BackpropagationThroughTime, batch: Int, initial: [Double], readoutAdam: inout Adam,
                                      couplingAdams: inout [Adam]) -> (loss: Double, problem: BackpropagationThroughTime) {
        var problem = problem, state = initial, total = 0.0, counted = 0
        let samples = problem.samples, window = problem.window
        for start in stride(from: 0, to: samples, by: batch) {
            problem.network.initial = state
            problem.start = start
            problem.samples = min(start + batch, samples)
            let gradient = problem.gradient()
            state = gradient.final
            let inWindow = window.clamped(to: start..<problem.samples).count
            guard inWindow > 0 else { continue }
            total += gradient.loss * Double(inWindow)
            counted += inWindow
            readoutAdam.step(&problem.readout, gradient: gradient.readout)
            for c in couplingAdams.indices { couplingAdams[c].step(&problem.network.couplings[c].weights, gradient: gradient.couplings[c]) }
        }
        problem.network.initial = initial
        problem.start = 0
        problem.samples = samples
        return (total / Double(max(counted, 1)), problem)
    }

    private func bpttOptions(_ clause: FeatureClause) throws -> (epochs: Int, rate: Double, batch: Int?) {
        var epochs = 100, rate = 1e-3, batch: Int?
        for option in clause.options {
            switch option.name {
            case "epochs":
                epochs = try wholeNumber(option, in: 1...1_000_000)
            case "lr":
                let value = try ExpressionResolver.constant(option.value, dimension: .one, what: option.name)
                guard value > 0, value.isFinite else { throw Diagnostic(.outOfRange(what: "lr", value: value, valid: "is more than 0"), at: option.value.range) }
                rate = value
            case "batch":
                batch = try wholeNumber(option, in: 1...1_000_000_000)
            default:
                throw Diagnostic(.unknown(kind: "bptt option", name: option.name), at: option.range, hint: "bptt takes epochs, lr and batch")
            }
        }
        return (epochs, rate, batch)
    }
}
