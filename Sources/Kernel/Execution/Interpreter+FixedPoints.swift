import Analysis
import Language
import Model
import Output
import Support

/// `fixedpoints MODEL [with ...] [fix ...] [in v = [a, b], ...]`: the table of equilibria.
extension Interpreter {
    /// Systems with more variables than this get the slow-point search (one Newton grid would need too many seeds).
    static let largestGridSearch = 8

    func fixedPoints(_ request: AnalysisRequest) throws -> [Output] {
        let system = try dynamicalSystem(request.model, at: request.modelRange, with: request.with, fix: request.fix)
        let (box, restricted) = try searchBox(system, request)
        let title = title("fixed points of", request, system)
        if system.dimension > Interpreter.largestGridSearch {
            let points = try SlowPointSearch(system: system, parameters: system.parameterValues, box: box).run()
            let table = SlowPointTable(system: system, title: title)
            return [.table(table.table(points)), .figure(table.spectra(points))]
        }
        return [.table(FixedPointTable(system: system, title: title).table(try gridSearch(system, box, restricted: restricted).run()))]
    }

    /// The states of the equilibria `fixedpoints` finds with the same clauses.
    func equilibria(_ system: DynamicalSystem, _ request: AnalysisRequest) throws -> [[Double]] {
        let (box, restricted) = try searchBox(system, request)
        if system.dimension > Interpreter.largestGridSearch {
            return try SlowPointSearch(system: system, parameters: system.parameterValues, box: box).run().filter(\.isFixed).map(\.state)
        }
        return try gridSearch(system, box, restricted: restricted).run().map(\.state)
    }

    private func gridSearch(_ system: DynamicalSystem, _ box: [ClosedRange<Double>], restricted: Bool) throws(BLAS.LoadFailure) -> FixedPointSearch {
        var search = FixedPointSearch(system: system, parameters: system.parameterValues, box: box, blas: try BLAS.require())
        search.restrictToBox = restricted
        if !restricted { search.extraSeedBoxes = [defaultBox(system, units: 1), defaultBox(system, units: 100)] }
        return search
    }

    /// The intervals written with `in` (or as axes), in SI; elsewhere around the initial value.
    func searchBox(_ system: DynamicalSystem, _ request: AnalysisRequest) throws -> ([ClosedRange<Double>], restricted: Bool) {
        var box = defaultBox(system, units: 10)
        for interval in request.region {
            let indices = try variableIndices(interval.variable, in: system, at: interval.range)
            let dimension = system.variableDimension(indices[0])
            let low = try ExpressionResolver.constant(interval.low, dimension: dimension, what: "the low end of \(interval.variable)", scope: Scope())
            let high = try ExpressionResolver.constant(interval.high, dimension: dimension, what: "the high end of \(interval.variable)", scope: Scope())
            guard low < high else {
                throw Diagnostic(.emptyInterval(noun: "interval", variable: interval.variable), at: interval.range, hint: "write [low, high] with low < high")
            }
            for k in indices { box[k] = low...high }
        }
        return (box, !request.region.isEmpty)
    }

    /// The indices of a variable; in a population, `r` names every neuron's r[i].
    func variableIndices(_ name: String, in system: DynamicalSystem, at range: SourceRange) throws -> [Int] {
        let indices = system.variables.indices.filter { system.variables[$0] == name || system.variables[$0].hasPrefix(name + "[") }
        guard !indices.isEmpty else {
            throw Diagnostic(.notAStateVariable(name: name, system: "the analysed system"), at: range,
                             hint: "its variables are " + system.variables.prefix(8).joined(separator: ", ") + (system.dimension > 8 ? ", …" : ""))
        }
        return indices
    }

    /// Initial values ± twice their size, and at least ± `units` display units.
    private func defaultBox(_ system: DynamicalSystem, units: Double) -> [ClosedRange<Double>] {
        system.initialState.enumerated().map { i, x0 in
            let half = max(2 * abs(x0), units * system.variableUnit(i).scale)
            return (x0 - half)...(x0 + half)
        }
    }

    /// "fixed points of FHN with Iext = 0.5": the values the user set, in their units.
    func title(_ what: String, _ request: AnalysisRequest, _ system: DynamicalSystem) -> String {
        let settings = (request.with + request.fix).compactMap { binding -> String? in
            guard let k = system.parameterIndex(binding.name) else { return nil }
            let unit = system.parameterUnit(k)
            let value = NumberText.readable(system.parameterValues[k] / unit.scale)
            return "\(binding.name) = \(value)" + (unit.name.isEmpty ? "" : " \(unit.name)")
        }
        let noise = system.diffusion == nil ? "" : " (its drift; orbits with noise)"
        return "\(what) \(request.model)" + (settings.isEmpty ? "" : " with " + settings.joined(separator: ", ")) + noise
    }
}
