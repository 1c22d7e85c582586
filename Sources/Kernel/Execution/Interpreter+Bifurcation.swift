import Analysis
import Language
import Model
import Output
import Plot
import Support

/// `bifurcation MODEL vary P in [a, b] [show X] [with ...] [fix ...]`: the diagram
/// and the table of its special points; with `vary P in [a, b], Q in [c, d]` the curves
/// of folds and Hopf points in (P, Q) and their codimension-two points.
extension Interpreter {
    func bifurcation(_ request: AnalysisRequest) throws -> (Figure, Table) {
        let system = try dynamicalSystem(request.model, at: request.modelRange, with: request.with, fix: request.fix)
        let varied = try request.vary.map { try variedParameter($0, of: system) }
        let shown = try shownVariable(request, of: system)
        let (k, range) = varied[0]
        let name = title("bifurcation diagram of", request, system)
        if varied.count == 2 {
            let (curves, special) = try startingBranch(request, system, k, range) {
                try CodimensionTwoContinuation(system: system, varied: (k, varied[1].0), ranges: (range, varied[1].1))
                    .run(from: system.initialState)
            }
            let diagram = CodimensionTwoDiagram(system: system, varied: (k, varied[1].0), box: (range, varied[1].1),
                                                curves: curves, special: special)
            return (diagram.figure(title: name), diagram.table(title: "codimension-two points of \(request.model)"))
        }
        let equilibria = try startingBranch(request, system, k, range) {
            try EquilibriumContinuation(system: system, parameterIndex: k, range: range).branches(from: system.initialState)
        }
        let diagram = BifurcationDiagram(system: system, parameterIndex: k, shown: shown, equilibria: equilibria,
                                         cycles: cycleBranches(system, k, range, equilibria.flatMap(\.special)))
        return (diagram.figure(title: name), diagram.table(title: "special points of \(request.model)"))
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

    /// The cycles born at each Hopf point, once per branch: a branch that ends on a
    /// later Hopf point (shrinking onto it) is not continued again from there.
    private func cycleBranches(_ system: DynamicalSystem, _ k: Int, _ range: ClosedRange<Double>,
                               _ special: [BifurcationPoint]) -> [CycleBranch] {
        let width = range.upperBound - range.lowerBound
        var branches: [CycleBranch] = []
        for hopf in special where hopf.kind == .hopf {
            let reached = branches.contains { branch in
                guard let end = branch.points.last else { return false }
                return abs(end.parameter - hopf.parameters[0]) < 1e-3 * width
                    && abs(end.period - 2 * .pi / hopf.frequency!) < 0.05 * end.period
            }
            if !reached, let branch = CycleContinuation(system: system, parameterIndex: k, range: range).run(from: hopf) {
                branches.append(branch)
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

    /// The variable named by `show`, else the first.
    private func shownVariable(_ request: AnalysisRequest, of system: DynamicalSystem) throws -> Int {
        guard let name = request.show else { return 0 }
        guard let i = system.variableIndex(name) else {
            throw Diagnostic(.notAStateVariable(name: name, system: "the analysed system"), at: request.showRange ?? request.range,
                             hint: "its variables are " + system.variables.joined(separator: ", "))
        }
        return i
    }
}
