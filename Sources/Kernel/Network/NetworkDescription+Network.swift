import Foundation
import Language
import Model
import Support
import Symbolic

/// A network written out for `soma check`: every number in the unit it was written in.
extension NetworkDescription {
    /// `synapses`: how many each projection drew, where it has drawn them.
    public init(_ network: Network, runs: [RunDescription], synapses: [Int?]) {
        let instances = network.instances.map { instance in
            InstanceDescription(name: instance.name, definition: instance.definition, arguments: instance.arguments,
                                populations: network.populations.map(\.name).filter {
                                    $0.hasPrefix(instance.name + ".") && !$0.dropFirst(instance.name.count + 1).contains(".")
                                })
        }
        self.init(instances: instances, sweeps: network.sweeps.map(SweepDescription.init), populations: network.populations.indices.map { network.describe(population: $0) },
                  projections: zip(network.projections, synapses).map { network.describe($0, synapses: $1) },
                  poissonInputs: network.poissonInputs.map { network.describe($0) },
                  couplings: network.couplings.map { CouplingDescription(source: $0.source, population: $0.population, variable: $0.variable, input: $0.input) },
                  recordings: network.describedRecordings(), runs: runs)
    }
}

extension SweepDescription {
    init(_ sweep: Sweep) {
        let ranges = sweep.parameters.indices.map { k in
            var values: [Double] = []
            for member in sweep.members where !values.contains(member.values[k]) { values.append(member.values[k]) }
            let unit = sweep.units[k].isEmpty ? "" : " " + sweep.units[k]
            return sweep.parameters[k] + " in [" + values.map { NumberText.readable($0) + unit }.joined(separator: ", ") + "]"
        }
        self.init(name: sweep.name, definition: sweep.definition, ranges: ranges, members: sweep.members.map(\.instance))
    }
}

extension Network {
    fileprivate func describe(population p: Int) -> PopulationDescription {
        let population = populations[p]
        let model = population.model
        let initial = Dictionary(initialValues.filter { $0.population == p }.map { ($0.variable, $0.value) },
                                 uniquingKeysWith: { $1 })
        return PopulationDescription(
            name: population.name, model: model.name, kind: isSpikeSource(population) ? model.name : model.kind.rawValue, size: population.size,
            variables: model.variables.map { variable in
                let unit = variable.unit.name.isEmpty ? "" : " (\(variable.unit.name))"
                return "\(variable.name)\(unit) = " + Network.valueText(initial[variable.name] ?? variable.initial, variable.unit)
            },
            parameters: model.parameters.compactMap { parameter in
                guard let value = population.parameters[parameter.name], value != parameter.value else { return nil }
                return "\(parameter.name) = " + Network.quantityText(value, parameter.unit)
            },
            inputs: model.inputs.map { input in
                switch population.drives[input.name] ?? .constant(input.defaultValue) {
                case .constant(let value): return "\(input.name) = " + Network.quantityText(value, input.unit)
                case .expression(let e): return "\(input.name) = \(e.text)"
                }
            },
            equations: model.equations.map { "\(model.derivativeText(of: $0.variable)) = \($0.rhs.text)" },
            spike: model.spike?.text,
            reset: model.reset.map { "\($0.variable) = \($0.value.text)" },
            refractory: model.refractory.map {
                switch $0 {
                case .duration(let period): return period.text
                case .whileTrue(let condition): return "while \(condition.text)"
                }
            })
    }

    fileprivate func describe(_ projection: NetworkProjection, synapses: Int?) -> ProjectionDescription {
        let synapse = projection.synapse
        let target = populations[projection.target]
        let parameters = synapse.dynamics.parameters.compactMap { parameter -> String? in
            guard let name = projection.targetNames[parameter.name], let value = target.parameters[name],
                  value != parameter.value else { return nil }
            return "\(parameter.name) = " + Network.quantityText(value, parameter.unit)
        }
        return ProjectionDescription(
            name: projection.name, source: populations[projection.source].name, target: target.name, synapse: synapse.name, parameters: parameters,
            rule: Network.ruleText(projection.rule), allowSelf: !projection.excludeSelf,
            weight: Network.valueText(projection.weight.expr, .preferred(for: synapse.weightDimension)),
            delay: Network.valueText(projection.delay.expr, synapse.dynamics.timeUnit),
            kind: projection.coupling == nil ? "events" : "coupling",
            perSynapse: projection.perSynapseNames.filter { $0 != "w" || projection.weightPerSynapse },
            perSource: synapse.dynamics.variables.map(\.name).filter(synapse.perPre.contains),
            synapses: synapses)
    }

    fileprivate func describe(_ input: PoissonInput) -> PoissonInputDescription {
        PoissonInputDescription(target: populations[input.target].name, synapse: input.synapse.name, sources: input.count,
                                       rate: Network.valueText(input.rate, DisplayUnit(name: "Hz", scale: 1)),
                                       weight: Network.quantityText(input.weight, .preferred(for: input.synapse.weightDimension)))
    }

    fileprivate func describedRecordings() -> [String] {
        let spikes = populations.indices.filter { p in spikeRecordings.contains { $0.population == p } }.map { "\(populations[$0].name).spikes" }
        let states = (stateRecordings + inputRecordings).map { record -> String in
            let population = populations[record.population]
            let whole = record.range == 0..<population.size
            let slice = whole ? "" : record.range.count == 1 ? "[\(record.range.lowerBound)]" : "[\(record.range.lowerBound):\(record.range.upperBound)]"
            let interval = record.every.map { " every " + Network.quantityText($0, population.model.timeUnit) } ?? ""
            // A reduced expression is written with its own fields and slices.
            let field = record.value == nil ? "\(population.name).\(record.variable)\(slice)" : record.variable
            return (record.reduction.map { "\($0.rawValue)(\(field))" } ?? field) + interval
        }
        let synapses = synapseRecordings.map { record -> String in
            let projection = projections[record.projection]
            let interval = record.every.map { " every " + Network.quantityText($0, populations[projection.target].model.timeUnit) } ?? ""
            let field = "\(projection.name).\(record.variable)" + Self.sliceText(record.slice)
            return (record.reduction.map { "\($0.rawValue)(\(field))" } ?? field) + interval
        }
        return spikes + states + synapses
    }

    /// `[a:b]`, `[a]`, `[a:]` as written, with their bounds evaluated (they are constants).
    private static func sliceText(_ slice: Slice?) -> String {
        func bound(_ e: Language.Expression?) -> String {
            e.flatMap { try? ExpressionResolver.constant($0, dimension: .one, what: "an index", scope: Scope()) }.map { String(Int($0)) } ?? ""
        }
        switch slice {
        case nil: return ""
        case .single(let e): return "[\(bound(e))]"
        case .range(let lo, let hi): return "[\(bound(lo)):\(bound(hi))]"
        }
    }

    package static func ruleText(_ rule: ConnectionRule) -> String {
        switch rule {
        case .probability(let p): return "p = \(NumberText.readable(p))"
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

    package static func quantityText(_ value: Double, _ unit: DisplayUnit) -> String {
        let number = NumberText.readable(value / unit.scale)
        return unit.name.isEmpty ? number : "\(number) \(unit.name)"
    }
}
