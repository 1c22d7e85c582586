import Analysis
import Language
import Model
import Output
import Plot
import Support

/// `bifurcation MODEL vary P in [a, b] [show X] [with ...] [fix ...] [intervals = N] [degree = M] [from ...]`:
/// the diagram, the table of its special points and that of every cycle (period, extremes,
/// Floquet multipliers); with `vary P in [a, b], Q in [c, d]` the curves of folds and Hopf
/// points in (P, Q) and their codimension-two points, or, from a cycle, the curves of its
/// branch's period doublings and folds of cycles.
extension Interpreter {
    func bifurcation(_ request: AnalysisRequest) throws -> (Figure, [Table]) {
        let original = try dynamicalSystem(request.model, at: request.modelRange, with: request.with, fix: request.fix)
        var system = original.inDisplayUnits
        let varied = try request.vary.map { interval in
            let (k, range) = try variedParameter(interval, of: original)
            let scale = original.parameterUnit(k).scale
            return (k, (range.lowerBound / scale)...(range.upperBound / scale))
        }
        let shown = try shownVariable(request, of: system)
        let (k, range) = varied[0]
        let name = title("bifurcation diagram of", request, system)
        let mesh = try cycleMesh(request)
        var (cycle, words): (CollocationOrbit?, String) = (nil, "")
        if let start = request.start {
            (system, cycle, words) = try started(at: start, request, original, system, varied: varied, mesh: mesh)
        }
        if varied.count == 2 {
            let diagram = try codimensionTwo(request, system, (k, varied[1].0), (range, varied[1].1), from: cycle, words)
            return (diagram.figure(title: name), [diagram.table(title: "codimension-two points of \(request.model)")])
        }
        let continuation = try CycleContinuation(system: system, parameterIndex: k, range: range,
                                                 intervals: mesh.intervals, degree: mesh.degree)
        let diagram: BifurcationDiagram
        if let cycle {
            guard let cycles = continuation.family(through: cycle, switches: CycleContinuation.defaultSwitches) else {
                throw noCycle(near: request, words)
            }
            diagram = BifurcationDiagram(system: system, parameterIndex: k, shown: shown, equilibria: [], cycles: cycles)
        } else {
            let equilibria = try startingBranch(request, system, k, range) {
                try EquilibriumContinuation(system: system, parameterIndex: k, range: range).branches(from: system.initialState)
            }
            let cycles = cycleBranches(system, k, range, equilibria.flatMap(\.special)) { continuation }
            diagram = BifurcationDiagram(system: system, parameterIndex: k, shown: shown, equilibria: equilibria, cycles: cycles)
        }
        lastDiagram = (request.model, diagram)
        return (diagram.figure(title: name),
                [diagram.table(title: "special points of \(request.model)")]
                    + [diagram.cycleTable(title: "cycles of \(request.model)")].compactMap { $0 })
    }

    /// The curves of folds and Hopf points from the equilibrium at the system's state, or from a
    /// cycle those of its branch's period doublings, folds of cycles and torus bifurcations.
    private func codimensionTwo(_ request: AnalysisRequest, _ system: DynamicalSystem, _ varied: (Int, Int),
                                _ box: (ClosedRange<Double>, ClosedRange<Double>), from cycle: CollocationOrbit?,
                                _ words: String) throws -> CodimensionTwoDiagram {
        if request.start == nil, let option = [("intervals", request.intervals), ("degree", request.degree)].first(where: { $0.1 != nil }) {
            throw Diagnostic(.cycleOptionWithoutCycles(option: option.0), at: option.1!.range,
                             hint: "vary one parameter for a diagram with cycles, or start from one: from orbit")
        }
        let continuation = try CodimensionTwoContinuation(system: system, varied: varied, ranges: box)
        let (curves, special): ([BifurcationCurve], [BifurcationPoint])
        if let cycle {
            guard let found = continuation.cycleCurves(through: cycle) else { throw noCycle(near: request, words) }
            (curves, special) = (found, [])
        } else {
            (curves, special) = try startingBranch(request, system, varied.0, box.0) { try continuation.run(from: system.initialState) }
        }
        return CodimensionTwoDiagram(system: system, varied: varied, box: box, curves: curves, special: special)
    }

    private func noCycle(near request: AnalysisRequest, _ words: String) -> Diagnostic {
        Diagnostic(.noCycleNear(start: words), at: request.start!.range,
                   hint: "the start must be a cycle at its parameter value (a stable one, for a recorded orbit)")
    }

    /// `intervals = N` and `degree = M`, each a whole number in its range, else the defaults.
    private func cycleMesh(_ request: AnalysisRequest) throws -> (intervals: Int, degree: Int) {
        func whole(_ clause: NumberClause?, _ option: String, _ limits: ClosedRange<Int>, _ otherwise: Int) throws -> Int {
            try clause?.wholeNumber(option, in: limits, hint: "\(option) = \(otherwise) is the default") ?? otherwise
        }
        return (try whole(request.intervals, "intervals", CycleContinuation.intervalLimits, CycleContinuation.defaultIntervals),
                try whole(request.degree, "degree", CycleContinuation.degreeLimits, CycleContinuation.defaultDegree))
    }

    /// Runs a continuation that starts from the branch of equilibria in the first parameter,
    /// turning "no equilibrium" into a positioned error.
    private func startingBranch<Result>(_ request: AnalysisRequest, _ system: DynamicalSystem, _ k: Int,
                                        _ range: ClosedRange<Double>, _ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch is ContinuationFailure {
            let unit = system.parameterUnit(k)
            let bounds = [range.lowerBound, range.upperBound].map { NumberText.readable($0 / unit.scale) }
            throw Diagnostic(.noEquilibrium(parameter: system.parameters[k], low: bounds[0], high: bounds[1], unit: unit.name), at: request.vary[0].range,
                             hint: "start the variables near an equilibrium (their initial values are the guess), or widen the range")
        }
    }

    /// The cycles born at each Hopf point and those switched onto at their branch points and
    /// period doublings, once per branch: a branch that ends on a later Hopf point (shrinking
    /// onto it) is not continued again from there.
    private func cycleBranches(_ system: DynamicalSystem, _ k: Int, _ range: ClosedRange<Double>,
                               _ special: [BifurcationPoint], continuation: () -> CycleContinuation) -> [CycleBranch] {
        let width = range.upperBound - range.lowerBound
        var branches: [CycleBranch] = []
        for hopf in special where hopf.kind == .hopf {
            let reached = branches.contains { branch in
                guard let end = branch.points.last else { return false }
                return abs(end.parameter - hopf.parameters[0]) < 1e-3 * width
                    && abs(end.period - 2 * .pi / hopf.frequency!) < 0.05 * end.period
            }
            if !reached {
                branches += continuation().family(from: hopf, switches: CycleContinuation.defaultSwitches)
            }
        }
        return branches
    }

    private func variedParameter(_ interval: VariableInterval, of system: DynamicalSystem) throws -> (Int, ClosedRange<Double>) {
        guard let k = system.parameterIndex(interval.variable) else {
            throw Diagnostic(.notAParameter(name: interval.variable), at: interval.range,
                             hint: "its parameters and inputs are " + system.parameters.joined(separator: ", "))
        }
        let dimension = system.parameterDimension(k)
        let low = try ExpressionResolver.constant(interval.low, dimension: dimension, what: "the low end of \(interval.variable)", scope: Scope())
        let high = try ExpressionResolver.constant(interval.high, dimension: dimension, what: "the high end of \(interval.variable)", scope: Scope())
        guard low < high else {
            throw Diagnostic(.emptyInterval(noun: "range", variable: interval.variable), at: interval.range,
                             hint: "write [low, high] with low < high")
        }
        return (k, low...high)
    }

    /// The variable named by `show`, else the first; `show period` (where no variable has that
    /// name) draws the cycles' periods.
    private func shownVariable(_ request: AnalysisRequest, of system: DynamicalSystem) throws -> BifurcationDiagram.Shown {
        guard let name = request.show else { return .variable(0) }
        if let i = system.variableIndex(name) { return .variable(i) }
        guard name != "period" else { return .period }
        throw Diagnostic(.notAStateVariable(name: name, system: "the analysed system"), at: request.showRange ?? request.range,
                         hint: "its variables are " + system.variables.joined(separator: ", ") + ", or show period for the cycles' periods")
    }
}
