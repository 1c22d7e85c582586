import Analysis
import Language
import Model
import Output
import Support

/// `bifurcation ... from branch N point M`, `from orbit` and `from P at I = 10`: a continuation that starts where
/// the user points, as XPPAUT's "grab" does, rather than at the model's state.
extension Interpreter {
    /// The system to continue, with the start's parameter values and state, and the cycle to
    /// start from (nil: the equilibrium at the system's state), named in words for errors.
    func started(at start: ContinuationStart, _ request: AnalysisRequest, _ original: DynamicalSystem,
                 _ system: DynamicalSystem, varied: [(Int, ClosedRange<Double>)],
                 mesh: (intervals: Int, degree: Int)) throws -> (DynamicalSystem, CollocationOrbit?, String) {
        var system = system
        let (k, range) = varied[0]
        let cycle: CollocationOrbit?
        let words: String
        switch start {
        case .point(let branch, let point):
            let (earlier, picked) = try pickedPoint(request.model, branch: branch, point: point)
            words = "point \(Int(point.value)) of branch \(Int(branch.value))"
            switch picked {
            case .equilibrium(let equilibrium):
                system.parameterValues[earlier] = equilibrium.parameter
                system.initialState = equilibrium.state
                cycle = nil
            case .cycle(let stored):
                system.parameterValues[earlier] = stored.parameter
                var orbit = stored.collocation
                orbit.values[orbit.values.count - 1] = system.parameterValues[k]
                cycle = orbit
            }
        case .orbit(let at):
            words = "the recorded orbit of \(request.model)"
            let (times, states) = try recordedOrbit(of: request.model, original, at: at)
            let continuation = try CycleContinuation(system: system, parameterIndex: k, range: range,
                                                     intervals: mesh.intervals, degree: mesh.degree)
            do {
                cycle = try continuation.orbit(recordedAt: times, states: states)
            } catch let failure as RecordedCycle.Failure {
                throw Diagnostic(.notPeriodic(population: request.model, reason: failure.words), at: at,
                                 hint: "run longer, until the orbit repeats, with its variables recorded over at least two periods")
            }
        case .population(let name, let at, let bindings):
            // As for an equilibrium of the last diagram: its state is the guess that Newton corrects
            // at the start's parameter values, and the branch through it is continued both ways.
            words = "the state of \(name)"
            system.initialState = try currentState(of: name, at: at, request, original)
            for binding in bindings {
                let k = try startParameter(binding, original, varied: varied.map(\.0))
                let value = try ExpressionResolver.constant(binding.value, dimension: original.parameterDimension(k), what: binding.name, scope: Scope())
                system.parameterValues[k] = value / original.parameterUnit(k).scale
            }
            cycle = nil
        }
        for (k, range) in varied where !range.contains(system.parameterValues[k]) {
            let unit = system.parameterUnit(k).name
            let bounds = [range.lowerBound, range.upperBound].map(NumberText.readable)
            throw Diagnostic(.outOfRange(what: "the start (\(words)) has \(system.parameters[k]), which", value: system.parameterValues[k],
                                         valid: "must lie in [\(bounds[0]), \(bounds[1])]" + (unit.isEmpty ? "" : " \(unit)")),
                             at: start.range, hint: "widen the range of vary to include it")
        }
        if case .population = start {
            // Newton at the start's own parameter values: the continuation would otherwise also
            // try the range's ends, and could start a branch that does not pass near this state.
            guard let equilibrium = try EquilibriumContinuation(system: system, parameterIndex: k, range: range)
                      .equilibrium(near: system.initialState) else {
                throw Diagnostic(.noEquilibriumNear(start: words), at: start.range,
                                 hint: "run the population closer to rest first (its state is Newton's guess), or start elsewhere")
            }
            system.initialState = equilibrium
        }
        return (system, cycle, words)
    }

    /// Neuron 0's state of population `name` as it stands now, in the display units the continuation
    /// uses; `name` must be a population of the analysed model (or the analysed population).
    private func currentState(of name: String, at range: SourceRange, _ request: AnalysisRequest,
                              _ system: DynamicalSystem) throws -> [Double] {
        let analysed = network.population(named: request.model)?.model.name ?? request.model
        guard let p = network.populationIndex(named: name) else {
            let mine = network.populations.filter { $0.model.name == analysed }.map(\.name)
            throw Diagnostic(.unknown(kind: "population", name: name), at: range,
                             hint: mine.isEmpty ? "population P = \(analysed)(1), then bifurcation ... from P at I = 10"
                                                : "populations of \(analysed): " + mine.joined(separator: ", "))
        }
        let population = network.populations[p]
        guard population.model.name == analysed else {
            throw Diagnostic(.startOfOtherModel(population: name, model: population.model.name, analysed: analysed), at: range,
                             hint: "start from a population of \(analysed), or analyse \(population.model.name)")
        }
        // A population that has not run yet still has its initial values to realise.
        try state.realizeInitialValues(of: network)
        return try system.variables.indices.map { i in
            guard let buffer = state.populations[p].state[system.variables[i]] else {
                throw Diagnostic(.notAStateVariable(name: system.variables[i], system: name), at: range,
                                 hint: "from P starts a system of one neuron's variables; analyse the model by name")
            }
            return buffer[0] / system.variableUnit(i).scale
        }
    }

    /// The index of the parameter that `at name = value` sets, which must be one the diagram varies.
    private func startParameter(_ binding: Binding, _ system: DynamicalSystem, varied: [Int]) throws -> Int {
        guard let k = system.parameterIndex(binding.name), varied.contains(k) else {
            throw Diagnostic(.notVaried(name: binding.name), at: binding.range,
                             hint: "the diagram varies " + varied.map { system.parameters[$0] }.joined(separator: " and ")
                                 + "; set the others with: with \(binding.name) = ...")
        }
        return k
    }

    /// Point `point` of branch `branch` of the last diagram of `model`, and the parameter that diagram varied.
    private func pickedPoint(_ model: String, branch: NumberClause, point: NumberClause) throws
        -> (Int, BifurcationDiagram.Start) {
        guard let last = lastDiagram, last.model == model else {
            throw Diagnostic(.noEarlierDiagram(model: model), at: branch.range,
                             hint: "draw one first: bifurcation \(model) vary P in [low, high]")
        }
        let diagram = last.diagram
        let n = try branch.wholeNumber("branch", in: 1...diagram.branchCount,
                                       hint: "the diagram's branches are numbered from its equilibria's, then its cycles' (the cycles table's branch column)")
        let m = try point.wholeNumber("point", in: 1...max(1, diagram.pointCount(onBranch: n)),
                                      hint: "points are numbered along their branch (for cycles, its rows in the cycles table)")
        return (diagram.variedParameter, diagram.start(branch: n, point: m))
    }

    /// The times and states (one row per sample, in display units) of neuron 0 of `population`
    /// as recorded, every variable of the analysed system needed.
    private func recordedOrbit(of population: String, _ system: DynamicalSystem, at range: SourceRange) throws
        -> ([Double], [[Double]]) {
        guard network.population(named: population) != nil else {
            throw Diagnostic(.orbitNeedsPopulation(name: population), at: range,
                             hint: "population O = \(population)(1), record its variables, run, then bifurcation O ... from orbit")
        }
        let everything = "record " + system.variables.map { "\(population).\($0)" }.joined(separator: ", ")
        var times: [Double] = []
        var columns: [[Double]] = []
        for variable in system.variables {
            let field = FieldReference(population: population, field: variable, slice: nil, range: range)
            let table = try recordingTable(for: field)
            guard case .state(_, let neurons, _, let values) = table.content, let first = neurons.firstIndex(of: 0),
                  times.isEmpty || table.times == times else {
                throw Diagnostic(.notRecorded(population: population, field: variable, someNeurons: true), at: range,
                                 hint: "from orbit reads neuron 0 of every variable, recorded together: \(everything)")
            }
            times = table.times
            columns.append(values.map { $0[first] })
        }
        return (times, times.indices.map { k in columns.map { $0[k] } })
    }
}

extension RecordedCycle.Failure {
    /// What the recording ends on, in words.
    var words: String {
        switch self {
        case .settled: return "it settles at an equilibrium"
        case .tooShort(let crossings): return "it crosses its mid-range \(crossings) time\(crossings == 1 ? "" : "s") in its second half, too few for a period"
        case .notPeriodic(let mismatch):
            return "no crossing of its mid-range returns to within 1% of the last; the closest is \(NumberText.readable(100 * mismatch))% away"
        }
    }
}
