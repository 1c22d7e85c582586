import Foundation

/// The live network written out as a `NetworkDescription` (what `soma check` prints).
extension Interpreter {
    func describeNetwork(runs: [RunDescription]) -> NetworkDescription {
        NetworkDescription(populations: populations.map(describe), projections: projections.map(describe),
                           poissonInputs: poissonInputs.map(describe),
                           couplings: couplings.map { CouplingDescription(population: $0.population, variable: $0.variable, input: $0.input) },
                           recordings: describedRecordings(), runs: runs)
    }

    private func describe(_ population: Population) -> PopulationDescription {
        let model = population.model
        let isSource = SpikeSources.models[model.name] != nil && models[model.name] == nil
        let initial = Dictionary(pendingInitialValues.filter { $0.population === population }.map { ($0.variable, $0.value) },
                                 uniquingKeysWith: { $1 })
        return PopulationDescription(
            name: population.name, model: model.name, kind: isSource ? model.name : model.kind.rawValue, size: population.size,
            variables: model.variables.map { variable in
                let unit = variable.unit.name.isEmpty ? "" : " (\(variable.unit.name))"
                return "\(variable.name)\(unit) = " + Interpreter.valueText(initial[variable.name] ?? variable.initial, variable.unit)
            },
            parameters: model.parameters.compactMap { parameter in
                guard let value = population.parameters[parameter.name], value != parameter.value else { return nil }
                return "\(parameter.name) = " + Interpreter.quantityText(value, parameter.unit)
            },
            inputs: model.inputs.map { input in
                switch population.drives[input.name] ?? .constant(input.defaultValue) {
                case .constant(let value): return "\(input.name) = " + Interpreter.quantityText(value, input.unit)
                case .expression(let e): return "\(input.name) = \(e.text)"
                }
            },
            equations: model.equations.map { "d\($0.variable)/dt = \($0.rhs.text)" },
            spike: model.spike?.text,
            reset: model.reset.map { "\($0.variable) = \($0.value.text)" },
            refractory: model.refractory.map {
                switch $0 {
                case .duration(let period): return period.text
                case .whileTrue(let condition): return "while \(condition.text)"
                }
            })
    }

    private func describe(_ projection: Projection) -> ProjectionDescription {
        let synapse = projection.synapse
        let parameters = synapse.dynamics.parameters.compactMap { parameter -> String? in
            guard let name = projection.targetNames[parameter.name], let value = projection.target.parameters[name],
                  value != parameter.value else { return nil }
            return "\(parameter.name) = " + Interpreter.quantityText(value, parameter.unit)
        }
        return ProjectionDescription(
            source: projection.source.name, target: projection.target.name, synapse: synapse.name, parameters: parameters,
            rule: Interpreter.ruleText(projection.rule), allowSelf: !projection.excludeSelf,
            weight: Interpreter.valueText(projection.weight.expr, .preferred(for: synapse.weightDimension)),
            delay: Interpreter.valueText(projection.delay.expr, synapse.dynamics.timeUnit),
            kind: projection.coupling == nil ? "events" : "coupling",
            perSynapse: synapse.dynamics.variables.map(\.name).filter(synapse.perSynapse.contains),
            synapses: projection.isBuilt ? projection.count : nil)
    }

    private func describe(_ input: PoissonInput) -> PoissonInputDescription {
        PoissonInputDescription(target: input.target.name, synapse: input.synapse.name, sources: input.count,
                                       rate: Interpreter.valueText(input.rate, DisplayUnit(name: "Hz", scale: 1)),
                                       weight: Interpreter.quantityText(input.weight, .preferred(for: input.synapse.weightDimension)))
    }

    private func describedRecordings() -> [String] {
        let spikes = populations.filter { spikeRecords[$0.name] != nil }.map { "\($0.name).spikes" }
        let states = zip(stateRecords, recordEvery).map { record, every -> String in
            let population = population(named: record.population)
            let whole = record.range == 0..<(population?.size ?? 0)
            let slice = whole ? "" : record.range.count == 1 ? "[\(record.range.lowerBound)]" : "[\(record.range.lowerBound):\(record.range.upperBound)]"
            let interval = every.map { " every " + Interpreter.quantityText($0, population?.model.timeUnit ?? .none) } ?? ""
            return "\(record.population).\(record.variable)\(slice)\(interval)"
        }
        return spikes + states
    }

    static func ruleText(_ rule: ConnectionRule) -> String {
        switch rule {
        case .probability(let p): return "p = \(numberText(p))"
        case .fanin(let k): return "fanin = \(k)"
        case .fanout(let k): return "fanout = \(k)"
        case .all: return "all"
        case .oneToOne: return "one_to_one"
        }
    }

    /// A constant in its unit; an expression as written back, in SI.
    static func valueText(_ value: Expr, _ unit: DisplayUnit) -> String {
        value.constantValue.map { quantityText($0, unit) } ?? value.text
    }

    static func quantityText(_ value: Double, _ unit: DisplayUnit) -> String {
        let number = numberText(value / unit.scale)
        return unit.name.isEmpty ? number : "\(number) \(unit.name)"
    }

    /// Ten significant digits, so that -65 mV does not print as -65.00000000000001.
    static func numberText(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        return Expr.numberText(Double(String(format: "%.10g", value)) ?? value)
    }
}
