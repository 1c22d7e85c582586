import Integrators
import Model
import Network
import Support
import Symbolic

/// The plan of a network for one run: what changes the C text, read off the
/// network and the run's options without touching any state.
extension NetworkPlan {
    /// `notes` hears the integration method chosen by default for each model the session defined.
    public init(_ network: Network, options: RunOptions, notes: (String) -> Void) {
        var plans: [PopulationPlan] = []
        var explained: Set<String> = []
        let coupled = network.coupledPopulations
        if case .adaptive(let name, _)? = options.method {
            notes("method: \(name), rtol = \(NumberText.readable(options.tolerance.relative)), atol = "
                + "\(NumberText.readable(options.tolerance.absolute)) in each variable's unit")
        }
        for (p, population) in network.populations.enumerated() {
            let method: IntegrationMethod
            if let chosen = options.method {
                method = chosen
            } else {
                var (choice, reason) = IntegrationMethod.defaultChoice(for: population.model)
                let readsOnce = coupled.contains(p) || !population.model.delays.isEmpty
                if readsOnce, let stochastic = choice.stochastic, population.model.hasNoise, !stochastic.evaluatesOnce {
                    (choice, reason) = (.stochastic(.milstein), reason + "; coupled or delayed, so a method that reads them once")
                }
                method = choice
                if !network.isSpikeSource(population), explained.insert(population.model.name).inserted {
                    let calculus = population.model.hasNoise ? ", noise read as \(options.noise.name)" : ""
                    notes("method: \(choice.name) for \(population.model.name) (default: \(reason)\(calculus))")
                }
            }
            var driven: [String: Expr] = [:]
            for (name, drive) in population.drives {
                if case .expression(let e) = drive { driven[name] = e }
            }
            plans.append(PopulationPlan(
                name: population.name, model: population.model, method: method, noise: options.noise, drivenInputs: driven,
                recordsSpikes: network.spikeRecordings.contains { $0.population == p },
                listsSpikes: network.projections.contains {
                    ($0.source == p && !$0.synapse.onPre.isEmpty) || ($0.target == p && !$0.synapse.onPost.isEmpty)
                }, isScheduled: population.spikeTimes != nil))
            plans[p].randomStream = population.randomStream ?? UInt32(p + 1)
            plans[p].randomSeed = population.seed
            plans[p].declarationRange = population.declarationRange
        }
        self.init(populations: plans,
                  recorders: network.stateRecordings.map { recording in
                      RecorderPlan(population: recording.population, variable: recording.variable, reduction: recording.reduction,
                                   value: recording.value,
                                   variables: recording.value.map { value in
                                       value.symbols.filter { network.populations[recording.population].model.variable($0) != nil }
                                   })
                  },
                  projections: network.projections.map { ProjectionPlan($0, targets: network.populations[$0.target].size) },
                  poissonInputs: network.poissonInputs.enumerated().map { k, input in
                      let rate = PoissonRate(input.rate)
                      return PoissonInputPlan(target: input.target, rate: rate.expression, rateConstants: rate.constants.count, increments: input.increments,
                                              randomStream: input.randomStream ?? UInt32(0x3000 + k), randomSeed: input.seed)
                  },
                  denseCouplings: NetworkPlan.denseCouplings(network), precision: options.precision)
    }

    /// The plans of every `couple`, numbered within their population as its weight matrices are.
    private static func denseCouplings(_ network: Network) -> [DenseCouplingPlan] {
        var seen: [String: Int] = [:]
        return network.couplings.map { coupling in
            let index = seen[coupling.population, default: 0]
            seen[coupling.population] = index + 1
            let p = network.populationIndex(named: coupling.population)!, s = network.populationIndex(named: coupling.source)!
            return DenseCouplingPlan(source: s, population: p, index: index, variable: coupling.variable, accumulator: coupling.accumulator,
                                     delay: coupling.delay.flatMap { network.populations[s].model.delays.firstIndex(of: $0) })
        }
    }
}

extension ProjectionPlan {
    /// The event blocks over the target's names, and the per-synapse and per-source equations advanced exactly between events.
    init(_ projection: NetworkProjection, targets: Int) {
        let synapse = projection.synapse
        let rename = projection.targetNames.mapValues(Expr.symbol)
        func renamed(_ block: [NeuronModel.Reset]) -> [NeuronModel.Reset] {
            block.map { .init(variable: projection.targetNames[$0.variable] ?? $0.variable, value: $0.value.substituting(rename)) }
        }
        func equations(_ kept: Set<String>) -> [(variable: String, rhs: Expr)] {
            synapse.dynamics.equations.filter { kept.contains($0.variable) }.map { ($0.variable, $0.rhs.substituting(rename)) }
        }
        let variables = synapse.dynamics.variables.map(\.name)
        let onPre = synapse.onPreSplit
        self.init(source: projection.source, target: projection.target, onPre: renamed(onPre.perSynapse), onPreOnce: renamed(onPre.perSource),
                  onPost: renamed(synapse.onPost),
                  perSynapseEquations: equations(synapse.perSynapse), perSynapseVariables: variables.filter(synapse.perSynapse.contains),
                  perSourceEquations: equations(synapse.perPre), perSourceVariables: variables.filter(synapse.perPre.contains),
                  weightPerSynapse: projection.weightPerSynapse, delayPerSynapse: projection.delay.isPerSynapse,
                  coupling: projection.coupling, targetIndexWidth: TargetIndexWidth(targets: targets), range: synapse.dynamics.range)
    }
}
