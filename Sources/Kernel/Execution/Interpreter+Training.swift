import Language
import Model
import Network
import Output
import Plot
import Support
import Symbolic
import Training

/// A readout as defined, and what `train` fitted to it.
struct ReadoutState {
    var declaration: ReadoutDeclaration
    var features: FeatureMap
    var fitted: FittedReadout?
}

/// What `train` made: the weights, and the targets and lead they were fitted for, which `mse`, `mae` and `forecast` use.
struct FittedReadout {
    var readout: TrainedReadout
    var targets: [FieldReference]
    var ahead: Int
    /// The targets' unit and dimension, which errors are reported in.
    var unit: DisplayUnit
    var dimension: Dimension
    /// What `force(feedback = ...)` produced: the outputs of the network it ran, from a sample on (nil for a readout
    /// of recorded variables), which `mse` and `mae` compare with the targets.
    var closedLoop: ClosedLoopOutputs? = nil
}

/// The readout's outputs at samples start..<start + outputs.count / width, row-major.
struct ClosedLoopOutputs {
    var start: Int
    var outputs: [Double]
}

/// `readout`, `train`, `forecast` and the errors `print mse(Z, a, b)` and `mae` report: readouts are fitted
/// to what the last runs recorded, in display units.
extension Interpreter {
    func defineReadout(_ declaration: ReadoutDeclaration) throws -> String {
        for field in declaration.sources { _ = try recordedVariable(field) }
        let features = try declaration.features.map(featureMap) ?? .linear
        readouts[declaration.name] = ReadoutState(declaration: declaration, features: features)
        let reads = declaration.sources.map(\.text).joined(separator: ", ")
        switch features {
        case .linear:
            return "readout \(declaration.name): a bias and \(reads); fit it with train"
        case .nvar(let delays, let order, let skip):
            return "readout \(declaration.name): NVAR features of \(reads) (delays = \(delays), order = \(order), skip = \(skip)); fit it with train"
        }
    }

    func train(_ statement: TrainStatement) throws -> [Output] {
        if let task = targetTask(statement) { return try trainOnTask(statement, task: task) }
        var state = try readoutState(statement.readout, at: statement.readoutRange)
        if statement.method.name == "force", statement.method.options.contains(where: { $0.name == "feedback" }) {
            return try trainWithFeedback(statement, readout: state)
        }
        let sources = try series(state.declaration.sources)
        let targets = try series(statement.targets)
        guard targets.series.times == sources.series.times else {
            throw Diagnostic(.readoutGridsDiffer(readout: statement.readout), at: statement.range,
                             hint: "record \((state.declaration.sources + statement.targets).map(\.text).joined(separator: ", ")) in one record statement")
        }
        let ahead = try aheadSamples(statement.ahead, grid: sources)
        let predictsChange = state.features != .linear
        if predictsChange, try !reads(statement.targets, sameAs: state.declaration.sources) || ahead != 1 {
            throw Diagnostic(.nvarTargets(readout: statement.readout), at: statement.range,
                             hint: "train \(statement.readout) to \(state.declaration.sources.map(\.text).joined(separator: ", ")) ahead "
                                 + NumberText.readable(sources.interval) + " by ridge(alpha = ...)")
        }
        let window = try samples(statement.window, grid: sources)
        if statement.method.name == "bptt" {
            return try trainThroughTime(statement, readout: state, targets: targets, ahead: ahead, window: window)
        }
        let method = try fitMethod(statement.method)
        let fit = ReadoutFit(features: state.features, predictsChange: predictsChange)
        let used = fit.usable(window, count: sources.series.count, ahead: ahead)
        let width = state.features.count(sources: sources.series.width)
        guard used.count >= 1 else {
            throw Diagnostic(.noTrainingSamples(readout: statement.readout), at: statement.window?.range ?? statement.range,
                             hint: "the recording holds t = \(NumberText.readable(sources.series.times.first ?? 0)) to \(NumberText.readable(sources.series.times.last ?? 0))")
        }
        let trained: TrainedReadout
        do {
            trained = try fit.fit(sources: sources.series, targets: targets.series, ahead: ahead, window: window, method: method)
        } catch TrainingFailure.singular(let features, let samples) {
            throw Diagnostic(.normalEquationsSingular(features: features, samples: samples), at: statement.method.range,
                             hint: "give a positive alpha, or train on more samples than features")
        }
        state.fitted = FittedReadout(readout: trained, targets: statement.targets, ahead: ahead, unit: targets.unit, dimension: targets.dimension)
        readouts[statement.readout] = state
        let error = PredictionError(trained, sources: sources.series, targets: targets.series, ahead: ahead, samples: used)
        let unit = targets.unit.name.isEmpty ? "" : " \(targets.unit.name)^2"
        return [.info("trained \(statement.readout) by \(statement.method.name): \(trained.outputs) outputs from \(width) features on \(used.count) samples; "
            + "mse on them \(NumberText.readable(error.meanSquared))\(unit)")]
    }

    /// `mse(Z, a, b)` and `mae(Z, a, b)`: the fitted readout's error over the recorded samples with a ≤ t ≤ b.
    func readoutError(_ name: String, _ args: [Expression], at range: SourceRange) throws -> (PredictionError, FittedReadout) {
        guard args.count == 3, case .name(let readout) = args[0].kind else {
            throw Diagnostic(.printArguments(function: name, takes: "a readout and a window: \(name)(Z, start, end)", found: args.count), at: range)
        }
        let state = try readoutState(readout, at: args[0].range)
        guard let fitted = state.fitted else {
            throw Diagnostic(.readoutNotTrained(readout: readout), at: args[0].range, hint: "train \(readout) to ... by ridge(alpha = ...) first")
        }
        let targets = try series(fitted.targets)
        let window = TimeWindow(low: args[1], high: args[2], range: args[1].range.union(args[2].range))
        if let loop = fitted.closedLoop {
            let width = targets.series.width, end = loop.start + loop.outputs.count / width
            let used = try samples(window, grid: targets).clamped(to: loop.start..<max(loop.start, min(end, targets.series.count - fitted.ahead)))
            guard !used.isEmpty else { throw Diagnostic(.noTrainingSamples(readout: readout), at: window.range) }
            let predicted = Array(loop.outputs[(used.lowerBound - loop.start) * width..<(used.upperBound - loop.start) * width])
            let expected = targets.series.values[(used.lowerBound + fitted.ahead) * width..<(used.upperBound + fitted.ahead) * width]
            return (PredictionError(predicted: predicted, expected: expected, width: width), fitted)
        }
        let sources = try series(state.declaration.sources)
        let used = ReadoutFit(features: state.features, predictsChange: fitted.readout.predictsChange)
            .usable(try samples(window, grid: sources), count: sources.series.count, ahead: fitted.ahead)
        guard !used.isEmpty else { throw Diagnostic(.noTrainingSamples(readout: readout), at: window.range) }
        return (PredictionError(fitted.readout, sources: sources.series, targets: targets.series, ahead: fitted.ahead, samples: used), fitted)
    }

    /// `forecast N in [a, b]`: N run on its own outputs from a, against the recording; its error, how long it
    /// stays valid, and a figure of each output predicted and recorded.
    func forecast(_ statement: ForecastStatement) throws -> [Output] {
        let state = try readoutState(statement.readout, at: statement.readoutRange)
        guard let fitted = state.fitted else {
            throw Diagnostic(.readoutNotTrained(readout: statement.readout), at: statement.readoutRange,
                             hint: "train \(statement.readout) to ... by ridge(alpha = ...) first")
        }
        guard fitted.readout.predictsChange else {
            throw Diagnostic(.forecastNeedsOwnSources(readout: statement.readout), at: statement.readoutRange,
                             hint: "a readout with features nvar(...) trained to its own sources one sample ahead forecasts")
        }
        var lyapunov: Double?, threshold = 0.4
        for option in statement.options {
            switch option.name {
            case "lyapunov": lyapunov = try ExpressionResolver.constant(option.value, dimension: .one / timeDimension(of: state), what: "lyapunov")
            case "threshold": threshold = try ExpressionResolver.constant(option.value, dimension: .one, what: "threshold")
            default:
                throw Diagnostic(.unknown(kind: "forecast option", name: option.name), at: option.range, hint: "forecast takes lyapunov = λ and threshold = 0.4")
            }
        }
        let truth = try series(state.declaration.sources)
        let window = try samples(statement.window, grid: truth)
        let start = max(window.lowerBound, state.features.lookback + 1)
        guard start < window.upperBound else { throw Diagnostic(.noTrainingSamples(readout: statement.readout), at: statement.window.range) }
        let forecast = Forecast(fitted.readout, truth: truth.series, start: start, end: window.upperBound)
        let valid = Double(forecast.validSamples(threshold: threshold)) * truth.interval
        let name = statement.readout
        let squared = fitted.unit.name.isEmpty ? "" : "\(fitted.unit.name)^2"
        var outputs: [Output] = [
            .value(expression: "mse(forecast \(name))", values: [forecast.error().meanSquared], isArray: false, unit: squared),
            .value(expression: "valid time(forecast \(name))", values: [valid], isArray: false, unit: truth.timeUnit.name),
        ]
        if let lyapunov {
            let lyapunovTime = 1 / (lyapunov * truth.timeUnit.scale)
            let first = forecast.error(samples: Int((lyapunovTime / truth.interval).rounded()))
            outputs.append(.value(expression: "Lyapunov times(forecast \(name))", values: [valid / lyapunovTime], isArray: false, unit: ""))
            outputs.append(.value(expression: "mse(forecast \(name), first Lyapunov time)", values: [first.meanSquared], isArray: false, unit: squared))
        }
        outputs.append(.figure(forecastFigure(forecast, truth: truth, names: state.declaration.sources.map(\.text))))
        return outputs
    }

    private func forecastFigure(_ forecast: Forecast, truth: RecordedSeries, names: [String]) -> Figure {
        let width = truth.series.width, count = forecast.predicted.count / width
        let times = Array(truth.series.times[forecast.start..<forecast.start + count])
        let panels = (0..<width).map { o in
            Panel(xAxis: Axis(label: "t", unit: truth.timeUnit.name.isEmpty ? nil : truth.timeUnit.name), yAxis: Axis(label: names[o]),
                  series: [.line(name: "recorded", x: times, y: times.indices.map { truth.series.values[(forecast.start + $0) * width + o] }),
                           .line(name: "forecast", x: times, y: times.indices.map { forecast.predicted[$0 * width + o] }, style: Style(dash: .dashed))],
                  legend: o == 0)
        }
        guard width > 1 else { return Figure(panels: panels, sharedX: true) }
        // The attractor in the plane of the first and last outputs (x–z for Lorenz), forecast over recorded.
        let (first, last) = (0, width - 1)
        func column(_ values: [Double], _ o: Int, from start: Int) -> [Double] { (0..<count).map { values[(start + $0) * width + o] } }
        let plane = Panel(xAxis: Axis(label: names[first]), yAxis: Axis(label: names[last]),
                          series: [.line(name: "recorded", x: column(truth.series.values, first, from: forecast.start),
                                         y: column(truth.series.values, last, from: forecast.start)),
                                   .line(name: "forecast", x: column(forecast.predicted, first, from: 0), y: column(forecast.predicted, last, from: 0),
                                         style: Style(dash: .dashed))])
        return Figure(panels: [Panel](panels) + [plane])
    }

    private func readoutState(_ name: String, at range: SourceRange) throws -> ReadoutState {
        guard let state = readouts[name] else {
            throw Diagnostic(.unknown(kind: "readout", name: name), at: range,
                             hint: readouts.isEmpty ? "define one: readout \(name) = Population.variable" : "readouts: " + readouts.keys.sorted().joined(separator: ", "))
        }
        return state
    }

    private func timeDimension(of state: ReadoutState) throws -> Dimension {
        let p = try populationIndex(state.declaration.sources[0].population, at: state.declaration.sources[0].range)
        return network.populations[p].model.timeDimension
    }

    /// `nvar(delays = 2, order = 2, skip = 1)`.
    private func featureMap(_ clause: FeatureClause) throws -> FeatureMap {
        guard clause.name == "nvar" else {
            throw Diagnostic(.unknown(kind: "features", name: clause.name), at: clause.range, hint: "features nvar(delays = 2, order = 2)")
        }
        var settings = ["delays": 2, "order": 2, "skip": 1]
        for option in clause.options {
            guard settings[option.name] != nil else {
                throw Diagnostic(.unknown(kind: "nvar option", name: option.name), at: option.range, hint: "nvar takes delays, order and skip")
            }
            settings[option.name] = try wholeNumber(option, in: 1...(option.name == "order" ? 4 : 1000))
        }
        return .nvar(delays: settings["delays"]!, order: settings["order"]!, skip: settings["skip"]!)
    }

    /// `name = N` of a training clause: a whole number within `limits`.
    func wholeNumber(_ option: Binding, in limits: ClosedRange<Int>) throws -> Int {
        try wholeNumber(option.name, option.value, in: limits)
    }

    func wholeNumber(_ name: String, _ expression: Expression, in limits: ClosedRange<Int>) throws -> Int {
        let value = try ExpressionResolver.constant(expression, dimension: .one, what: name)
        return try NumberClause(value: value, range: expression.range).wholeNumber(name, in: limits)
    }

    func fitMethod(_ clause: FeatureClause) throws -> FitMethod {
        guard ["ridge", "force"].contains(clause.name) else {
            throw Diagnostic(.unknown(kind: "training method", name: clause.name), at: clause.range,
                             hint: "ridge(alpha = 1e-6) (offline), force(alpha = 1) (recursive least squares) or bptt(epochs = 100, lr = 1e-3)")
        }
        var alpha = clause.name == "ridge" ? 0 : 1.0
        for option in clause.options {
            guard option.name == "alpha" else {
                throw Diagnostic(.unknown(kind: "\(clause.name) option", name: option.name), at: option.range,
                                 hint: clause.name == "ridge" ? "ridge takes alpha" : "force takes alpha, and with feedback = P.I also scale, every and seed")
            }
            alpha = try ExpressionResolver.constant(option.value, dimension: .one, what: "alpha")
            guard alpha >= 0, clause.name == "ridge" || alpha > 0, alpha.isFinite else {
                throw Diagnostic(.outOfRange(what: "alpha", value: alpha, valid: clause.name == "ridge" ? "is 0 or more" : "is more than 0"),
                                 at: option.value.range)
            }
        }
        return clause.name == "ridge" ? .ridge(alpha: alpha) : .force(alpha: alpha)
    }

    /// `ahead T`: a whole number of sample intervals (0 when left out).
    func aheadSamples(_ ahead: Expression?, grid: RecordedSeries) throws -> Int {
        guard let ahead else { return 0 }
        let seconds = try ExpressionResolver.constant(ahead, dimension: grid.timeDimension, what: "ahead")
        let samples = seconds / grid.timeUnit.scale / grid.interval
        guard samples >= 0, abs(samples - samples.rounded()) <= 1e-6 * max(1, samples) else {
            throw Diagnostic(.aheadNotWholeSamples(interval: NumberText.readable(grid.interval) + (grid.timeUnit.name.isEmpty ? "" : " \(grid.timeUnit.name)")),
                             at: ahead.range)
        }
        return Int(samples.rounded())
    }

    /// The recorded samples in `[a, b]`, or all of them.
    func samples(_ window: TimeWindow?, grid: RecordedSeries) throws -> Range<Int> {
        guard let window else { return 0..<grid.series.count }
        let low = try ExpressionResolver.constant(window.low, dimension: grid.timeDimension, what: "the start of the window") / grid.timeUnit.scale
        let high = try ExpressionResolver.constant(window.high, dimension: grid.timeDimension, what: "the end of the window") / grid.timeUnit.scale
        guard low < high else {
            throw Diagnostic(.outOfRange(what: "the window", value: nil, valid: "starts before it ends"), at: window.range)
        }
        return grid.series.samples(from: low, to: high)
    }

    /// A field's recording with its values in SI units (as the equations take them).
    func seriesInSI(_ field: FieldReference) throws -> RecordedSeries {
        var recorded = try series([field])
        recorded.series.values = recorded.series.values.map { $0 * recorded.unit.scale }
        return recorded
    }

    /// The fields' recordings side by side, in display units, with their common grid.
    func series(_ fields: [FieldReference]) throws -> RecordedSeries {
        var columns: [[[Double]]] = [], times: [Double]? = nil
        var unit: DisplayUnit?, dimension = Dimension.one, timeDimension = Dimension.one, timeUnit = DisplayUnit(name: "", scale: 1)
        for field in fields {
            let (population, recorded) = try recordedVariable(field)
            let table = try recordingTable(for: field)
            guard case .state(_, _, _, let values) = table.content else { continue }
            if let times, times != table.times {
                throw Diagnostic(.readoutGridsDiffer(readout: field.text), at: field.range,
                                 hint: "record \(fields.map(\.text).joined(separator: ", ")) in one record statement")
            }
            if let unit, unit != recorded.unit {
                throw Diagnostic(.readoutUnitsDiffer(first: unit.name, other: recorded.unit.name), at: field.range)
            }
            times = table.times
            unit = recorded.unit
            dimension = recorded.dimension
            timeDimension = population.model.timeDimension
            timeUnit = population.model.timeUnit
            columns.append(values)
        }
        let count = times?.count ?? 0
        let width = columns.reduce(0) { $0 + ($1.first?.count ?? 0) }
        var values: [Double] = []
        values.reserveCapacity(count * width)
        for k in 0..<count { for column in columns { values += column[k] } }
        return RecordedSeries(series: SampleSeries(times: times ?? [], values: values, width: width), unit: unit ?? DisplayUnit(name: "", scale: 1),
                              dimension: dimension, timeUnit: timeUnit, timeDimension: timeDimension)
    }

    /// Whether two lists of fields name the same neurons' variables, in the same order.
    private func reads(_ a: [FieldReference], sameAs b: [FieldReference]) throws -> Bool {
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) {
            guard x.population == y.population, x.field == y.field else { return false }
            let p = try populationIndex(x.population, at: x.range)
            guard try network.indexRange(x.slice, in: p, at: x.range) == network.indexRange(y.slice, in: p, at: y.range) else { return false }
        }
        return true
    }

    /// The population and the state variable (or input) a readout field names.
    private func recordedVariable(_ field: FieldReference) throws -> (NetworkPopulation, (unit: DisplayUnit, dimension: Dimension)) {
        let p = try populationIndex(field.population, at: field.range)
        let model = network.populations[p].model
        if let variable = model.variable(field.field) { return (network.populations[p], (variable.unit, variable.dimension)) }
        if let input = model.input(field.field) { return (network.populations[p], (input.unit, input.dimension)) }
        throw Diagnostic(.noSuchMember(owner: model.name, kind: "state variable", name: field.field), at: field.range,
                         hint: "a readout reads recorded variables: " + (model.variables.map(\.name) + model.inputs.map(\.name)).joined(separator: ", "))
    }
}

/// Recorded fields side by side, with the unit of their values and of their times.
struct RecordedSeries {
    var series: SampleSeries
    var unit: DisplayUnit
    var dimension: Dimension
    var timeUnit: DisplayUnit
    var timeDimension: Dimension

    /// The time between samples, in `timeUnit`.
    var interval: Double { series.count > 1 ? series.times[1] - series.times[0] : 1 }
}

extension FieldReference {
    /// `P.V`, or `P.V[…]` for some of P's neurons: how a readout names what it reads.
    var text: String { "\(population).\(field)" + (slice == nil ? "" : "[…]") }
}
