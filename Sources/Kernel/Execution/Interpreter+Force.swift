import Language
import Model
import Network
import Output
import Plot
import Runtime
import Support
import Symbolic
import Training

/// `train Z to T.f in [a, b] by force(alpha = 1, feedback = R.I, scale = 1, every = 2, seed = 3)`: FORCE learning with
/// the readout fed back into the population it reads (Sussillo & Abbott 2009). From the population's state now, it is
/// stepped by Euler's method at the targets' sampling interval from the window's start, with z = Wᵀ[1, r] added to the
/// input through fixed weights drawn uniform in [−scale, scale] by `seed`; W is updated by recursive least squares
/// (P(0) = I / alpha) every `every` samples of the window, and after it the network runs on closed loop, W fixed, to
/// the end of the targets' recording: those outputs are what `mse(Z, a, b)` and `mae` compare.
extension Interpreter {
    func trainWithFeedback(_ statement: TrainStatement, readout state: ReadoutState) throws -> [Output] {
        let clause = statement.method
        var alphaOnly = clause
        alphaOnly.options = clause.options.filter { $0.name == "alpha" }
        guard case .force(let alpha) = try fitMethod(alphaOnly) else {
            preconditionFailure("fitMethod of force gives force")
        }
        let field = state.declaration.sources[0]
        guard state.features == .linear, state.declaration.sources.count == 1, field.slice == nil else {
            throw Diagnostic(.forceFeedbackReadout(readout: statement.readout), at: state.declaration.range)
        }
        let p = try populationIndex(field.population, at: field.range)
        let population = network.populations[p]
        let targets = try series(statement.targets)
        let options = try feedbackOptions(clause, population: population, readout: statement.readout,
                                          outputDimension: targets.dimension)
        guard population.model.spike == nil else {
            throw Diagnostic(.forceFeedbackOfSpikes(population: population.name), at: field.range)
        }
        if let driven = network.couplings.first(where: { $0.population == population.name && !$0.isRecurrent }) {
            throw Diagnostic(.forceFeedbackDrivenByCouple(population: population.name, source: driven.source), at: driven.range)
        }
        let accumulator = "force_feedback"
        let parts = try forceWording {
            try eulerParts(readout: state, named: statement.readout, method: clause.range, surrogate: nil,
                           fed: [(accumulator: accumulator, input: options.input)])
        }
        try self.state.realizeInitialValues(of: network)
        var couplings: [EulerNetwork.Coupling] = []
        for (k, (_, coupling)) in parts.couplings.enumerated() {
            couplings.append(try forceWording { try recurrentCoupling(coupling, k, of: p, system: parts.system) })
        }
        let n = population.size, outputs = targets.series.width
        couplings.append(.init(source: .recorded(values: Array(repeating: 0, count: outputs), columns: outputs),
                               weights: feedbackWeights(neurons: n, outputs: outputs, scale: options.scale, seed: options.seed)))
        let ahead = try aheadSamples(statement.ahead, grid: targets)
        let window = try samples(statement.window, grid: targets)
        let start = window.lowerBound, end = targets.series.count - ahead
        guard start < end else {
            throw Diagnostic(.noTrainingSamples(readout: statement.readout), at: statement.window?.range ?? statement.range)
        }
        let dt = targets.interval * targets.timeUnit.scale
        let network = try EulerNetwork(neurons: n, variables: parts.system.variables.count, dt: dt, initial: stateNow(of: p, system: parts.system),
                                   couplings: couplings, slopes: parts.slopes,
                                   readVariable: parts.read)
        let readScale = 1 / (population.model.variable(field.field)?.unit.scale ?? 1)
        let system = parts.system
        let force = ForceWithFeedback(network: network, outputs: outputs, readScale: readScale, outputScale: targets.unit.scale,
                                      alpha: alpha, every: options.every,
                                      rates: { x, a, f in system.rates(neurons: n, states: x, accumulators: a, f: f) })
        let shifted = Array(targets.series.values[(start + ahead) * outputs..<(end + ahead) * outputs])
        let learning = 0..<(min(window.upperBound, end) - start), total = end - start
        defer { progressNote = nil }
        let run = force.run(samples: total, learning: learning, targets: shifted, block: Self.forceBlock) { [self] done, error in
            progressNote = (done <= learning.upperBound ? "learning" : "closed loop") + ", mse \(NumberText.readable(error)) over the last "
                + "\((done - 1) % Self.forceBlock + 1) samples"
            return continuesTraining(afterBatch: done, of: total)
        }
        let trained = TrainedReadout(features: .linear, sources: n, weights: Matrix(rows: 1 + n, columns: outputs, values: run.weights), predictsChange: false)
        readouts[statement.readout]?.fitted = FittedReadout(readout: trained, targets: statement.targets, ahead: ahead, unit: targets.unit,
                                                             dimension: targets.dimension,
                                                             closedLoop: ClosedLoopOutputs(start: start, outputs: run.outputs))
        let times = Array(targets.series.times[start..<start + run.samples])
        let learnt = min(learning.count, run.samples)
        let trainedUntil = NumberText.readable(targets.series.times[start + learnt - 1])
        let updates: Int = (learnt + options.every - 1) / options.every
        let closed: Int = times.count - learnt
        let from: String = NumberText.readable(times[0])
        var summary = "trained \(statement.readout) by force with feedback into \(population.name).\(options.input): "
        summary += "\(updates) updates over \(learnt) samples (t = \(from) to \(trainedUntil)), "
        summary += "then closed loop over \(closed) samples; compare with mse(\(statement.readout), start, end)"
        let produced: [Double] = run.outputs
        let panels: [Panel] = (0..<outputs).map { (o: Int) -> Panel in
            Panel(xAxis: Axis(label: "t", unit: targets.timeUnit.name.isEmpty ? nil : targets.timeUnit.name), yAxis: Axis(label: statement.targets[o].text),
                  series: [.line(name: "target", x: times, y: times.indices.map { shifted[$0 * outputs + o] }),
                           .line(name: statement.readout, x: times, y: times.indices.map { produced[$0 * outputs + o] }, style: Style(dash: .dashed))],
                  legend: o == 0)
        }
        if run.samples < total {
            let kept = learnt < learning.count
                ? "the weights at the stop, those of \(updates) updates over the window's first \(learnt) samples (to t = \(trainedUntil))"
                : "the weights of the whole window (the stop cut the closed loop short)"
            throw TrainingInterrupted(outputs: [.info(summary), .figure(Figure(panels: panels, sharedX: true))],
                                      diagnostic: Diagnostic(.forceInterrupted(sample: run.samples, samples: total, kept: kept), at: statement.range))
        }
        return [.info(summary), .figure(Figure(panels: panels, sharedX: true))]
    }

    /// What `body` throws, in FORCE's words where the refusal is one it shares with bptt (whose checks of the
    /// population it takes): the same place and hint, the method named as written.
    private func forceWording<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch var diagnostic as Diagnostic {
            switch diagnostic.problem {
            case .bpttReadout(let readout): diagnostic.problem = .forceFeedbackReadout(readout: readout)
            case .bpttDrivenBySynapses(let population): diagnostic.problem = .forceFeedbackDrivenBySynapses(population: population)
            case .bpttDrivenByTime(let population, let input): diagnostic.problem = .forceFeedbackDrivenByTime(population: population, input: input)
            case .bpttDelayedCoupling(let population): diagnostic.problem = .forceFeedbackDelayedCoupling(population: population)
            case .bpttReadsConstant(let population, let variable):
                diagnostic.problem = .forceFeedbackReadsConstant(population: population, variable: variable)
            default: break
            }
            throw diagnostic
        }
    }

    /// `feedback = P.I`, `scale`, `every` and `seed` of force(...), checked against the readout's population.
    private func feedbackOptions(_ clause: FeatureClause, population: NetworkPopulation, readout: String, outputDimension: Dimension)
        throws -> (input: String, scale: Double, every: Int, seed: UInt64) {
        var input = "", scale = 1.0, every = 1, seed = self.state.seed
        let named = ["alpha", "feedback", "scale", "every", "seed"]
        // feedback first: the unit of scale is that of its input over the outputs'.
        for option in clause.options.sorted(by: { ($0.name == "feedback" ? 0 : 1) < ($1.name == "feedback" ? 0 : 1) }) {
            switch option.name {
            case "alpha": continue
            case "feedback":
                guard let target = option.value.fieldReference, target.slice == nil else {
                    throw Diagnostic(.outOfRange(what: "feedback", value: nil, valid: "names an input of the population the readout reads: feedback = P.I"),
                                     at: option.value.range)
                }
                let q = try populationIndex(target.population, at: target.range)
                guard q == network.populations.firstIndex(where: { $0.name == population.name }) else {
                    throw Diagnostic(.forceFeedbackElsewhere(readout: readout, reads: population.name, target: network.populations[q].name), at: option.value.range,
                                     hint: "feedback = \(population.name).\(population.model.inputs.first?.name ?? "I")")
                }
                guard population.model.input(target.field) != nil else {
                    throw Diagnostic(.noSuchMember(owner: population.model.name, kind: "input", name: target.field), at: option.value.range,
                                     hint: "feedback goes into an input: " + population.model.inputs.map(\.name).joined(separator: ", "))
                }
                input = target.field
            case "scale":
                let inputDimension = population.model.input(input)?.dimension ?? .one
                scale = try ExpressionResolver.constant(option.value, dimension: inputDimension / outputDimension, what: "scale")
                guard scale >= 0, scale.isFinite else {
                    throw Diagnostic(.outOfRange(what: "scale", value: scale, valid: "is 0 or more"), at: option.value.range)
                }
            case "every": every = try wholeNumber(option, in: 1...1_000_000)
            case "seed": seed = UInt64(try wholeNumber(option, in: 0...Int(Int32.max)))
            default:
                throw Diagnostic(.unknown(kind: "force option", name: option.name), at: option.range, hint: "force takes " + named.joined(separator: ", "))
            }
        }
        return (input, scale, every, seed)
    }

    /// Neurons × outputs weights uniform in [−scale, scale], neuron by neuron from `seed`'s stream of feedback weights.
    private func feedbackWeights(neurons: Int, outputs: Int, scale: Double, seed: UInt64) -> [Double] {
        var random = CounterRandom(seed: seed, stream: Self.feedbackStream)
        var weights: [Double] = []
        weights.reserveCapacity(neurons * outputs)
        for i in 0..<neurons {
            random.startNeuron(i)
            for _ in 0..<outputs { weights.append(scale * (2 * random.uniform() - 1)) }
        }
        return weights
    }

    /// Samples between looks at the progress hook: an interrupt stops FORCE within this many steps (at N = 500, well
    /// under a second), and the hook's cost is lost among them.
    static let forceBlock = 1000

    /// A stream of its own, so that the feedback weights are not the draws of any initial value or coupling.
    private static let feedbackStream: UInt32 = 0x4642_4B57
}
