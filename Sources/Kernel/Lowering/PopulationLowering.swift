import Integrators
import Model
import Symbolic

/// Lowers one population's plan: expands its integrator into stages, names the values each
/// stage's expressions share, and gathers its spike, reset and refractory behaviour.
struct PopulationLowering {
    let plan: NetworkPlan.PopulationPlan
    /// Each equation split into drift and noise, for a population with noise under a method that takes it.
    private let noise: StochasticLowering?

    init(plan: NetworkPlan.PopulationPlan) {
        self.plan = plan
        if plan.model.hasNoise, let stochastic = plan.method.stochastic {
            noise = StochasticLowering(model: plan.model, method: stochastic, calculus: plan.noise, drivenInputs: plan.drivenInputs)
        } else {
            noise = nil
        }
    }

    var model: NeuronModel { plan.model }

    var program: PopulationProgram {
        var invariants = LoopInvariants(invariantSymbols: Set(model.parameters.map(\.name) + constantInputs + ["dt", "N"]))
        let update = update(&invariants)
        return PopulationProgram(
            name: plan.name, method: plan.method,
            variables: model.variables.map(\.name), parameters: model.parameters.map(\.name),
            constantInputs: constantInputs,
            drivenInputs: model.inputs.compactMap { input in plan.drivenInputs[input.name].map { SymbolicAssignment(input.name, $0.exprelSafe()) } },
            invariants: invariants.values, update: update, delays: model.delays, delayedVariables: model.delayedVariables,
            refractoriness: refractoriness,
            frozenWhileRefractory: model.variables.map(\.name).filter(model.frozenWhileRefractory.contains),
            spike: spike, isScheduled: plan.isScheduled, listsSpikes: plan.listsSpikes, recordsSpikes: plan.recordsSpikes,
            randomStream: plan.randomStream, randomSeed: plan.randomSeed, range: model.range, sourceRanges: model.sourceRanges,
            declarationRange: plan.declarationRange)
    }

    private var constantInputs: [String] { model.inputs.map(\.name).filter { plan.drivenInputs[$0] == nil } }

    /// Without noise a stochastic method integrates the drift by its deterministic part.
    private var method: IntegrationMethod {
        guard case .stochastic(let stochastic) = plan.method, !model.hasNoise else { return plan.method }
        return stochastic.driftMethod
    }

    /// The update, its loop invariants named in `invariants`.
    private func update(_ invariants: inout LoopInvariants) -> NeuronUpdate {
        if let noise {
            if noise.method == .exponentialEuler { return .exponentialEuler(exponentialEuler(with: noise, &invariants)) }
            return .stochastic(noise.update(drives: drives(stage: 0)))
        }
        switch method {
        case .explicit(_, let tableau): return rungeKutta(tableau, &invariants)
        case .adaptive(_, let pair): return adaptive(pair, &invariants)
        case .exact: return .exact(exact)
        case .exponentialEuler: return .exponentialEuler(exponentialEuler(with: nil, &invariants))
        case .stochastic: preconditionFailure("a stochastic method without noise integrates its drift method")
        case .fractional(let scheme): return .fractional(fractional(scheme))
        }
    }

    // MARK: - Explicit methods

    private func rungeKutta(_ tableau: ButcherTableau, _ invariants: inout LoopInvariants) -> NeuronUpdate {
        let (stages, results) = rungeKuttaStep(tableau, hoistsTime: true, &invariants)
        return .rungeKutta(stages: stages, results: results)
    }

    /// A later stage reads its own time, and so does every stage of an adaptive method's sub-steps:
    /// only stage 0 of a fixed step (`hoistsTime`) names values of t before the loop.
    private func rungeKuttaStep(_ tableau: ButcherTableau, hoistsTime: Bool,
                                _ invariants: inout LoopInvariants) -> (stages: [LoweredStage], results: [StepResult]) {
        let stages = tableau.expandedStages.map { stage in
            let rhs = model.equations.map { invariants.hoisting($0.rhs.exprelSafe(), readsTime: hoistsTime && stage.index == 0) }
            let group = CommonSubexpressions(rhs) { "@c\(stage.index)_\($0)" }
            return LoweredStage(
                index: stage.index, timeFraction: stage.timeFraction,
                states: stage.index == 0 ? [] : model.equations.map { StageState(variable: $0.variable, terms: stage.increments) },
                drives: drives(stage: stage.index, readsTime: hoistsTime && stage.index == 0, &invariants), shared: group.values.map { SymbolicAssignment($0.name, $0.value) },
                slopes: zip(model.equations, group.expressions).map { SymbolicAssignment($0.0.variable, $0.1) })
        }
        let results = model.variables.map { v in
            StepResult(variable: v.name, terms: hasEquation(v.name) ? tableau.resultTerms : nil)
        }
        return (stages, results)
    }

    // MARK: - Adaptive and exact

    private func adaptive(_ pair: EmbeddedTableau, _ invariants: inout LoopInvariants) -> NeuronUpdate {
        let (stages, results) = rungeKuttaStep(pair.tableau, hoistsTime: false, &invariants)
        let errors = model.equations.map { StepResult(variable: $0.variable, terms: pair.errorTerms) }
        return .adaptive(AdaptiveUpdate(stages: stages, results: results, errors: errors, stepExponent: pair.stepExponent))
    }

    private var exact: ExactUpdate {
        let timeDependent = Set(plan.drivenInputs.filter { $0.value.symbols.contains("t") }.keys)
        guard let system = try? LinearSystem(model: model, timeDependentInputs: timeDependent) else {
            preconditionFailure("RunSettings refuses exact for \(model.name), whose equations are not linear with constant coefficients")
        }
        return ExactUpdate(variables: system.variables,
                           constants: zip(system.variables, system.constants).map { SymbolicAssignment($0.0, $0.1.exprelSafe()) },
                           drives: drives(stage: 0))
    }

    /// A drive that does not read t has the same value in every stage.
    func drives(stage: Int) -> [StageDrive] {
        model.inputs.compactMap { input in
            guard let drive = plan.drivenInputs[input.name] else { return nil }
            let readsTime = stage == 0 || drive.symbols.contains("t")
            return StageDrive(input: input.name, value: readsTime ? drive.exprelSafe() : nil)
        }
    }

    /// A drive the same for every neuron (`I = 1 nA * sin(t / 1 ms)`) is a loop invariant; one that
    /// reads i or the state is left whole, so it has the bits the spike loop's own evaluation has.
    private func drives(stage: Int, readsTime: Bool, _ invariants: inout LoopInvariants) -> [StageDrive] {
        drives(stage: stage).map { drive in
            guard let value = drive.value, invariants.isInvariant(value, readsTime: readsTime) else { return drive }
            return StageDrive(input: drive.input, value: invariants.hoisting(value, readsTime: readsTime))
        }
    }

    // MARK: - Exponential Euler

    /// `noise` splits each equation into its drift, in the method's calculus, and its noise. A slope
    /// the same for every neuron makes its factor dt·exprel(dt·slope) a loop invariant.
    private func exponentialEuler(with noise: StochasticLowering?, _ invariants: inout LoopInvariants) -> ExponentialEulerUpdate {
        let equations = driftEquations(noise)
        let rules = equations.map { ExponentialEulerRule(rhs: $0.rhs, variable: $0.variable, isSameForEveryNeuron: isSameForEveryNeuron) }
        let perNeuron: [(equation: Int, slope: Expr)] = rules.enumerated().compactMap { k, rule in
            if case .perNeuron(let slope) = rule { return (k, slope) }
            return nil
        }
        let dt = Expr.symbol("dt")
        let factors: [Expr?] = rules.map { rule in
            guard case .hoistedFactor(let slope) = rule else { return nil }
            return invariants.name(.binary(.multiply, dt, .call(.exprel, [.binary(.multiply, slope.exprelSafe(), dt)])))
        }
        let group = CommonSubexpressions((equations.map(\.rhs) + perNeuron.map(\.slope)).map { invariants.hoisting($0.exprelSafe()) }) { "@c0_\($0)" }
        let noises = noise.map { _ in model.noises } ?? []
        let increments = noises.map { SymbolicAssignment("@dW_\($0)", .call(.sqrt, [dt]) * .call(.randn, [])) }
        let results = model.variables.map { v -> ExponentialEulerUpdate.Result in
            guard let k = equations.firstIndex(where: { $0.variable == v.name }) else { return .init(variable: v.name, form: .unchanged) }
            let rate = group.expressions[k]
            let noiseTerm = (noise?.diffusion).map { g in
                noises.map { invariants.hoisting(g[$0]![k].exprelSafe()) * .symbol("@dW_\($0)") }.reduce(Expr.zero, +)
            }
            switch rules[k] {
            case .euler: return .init(variable: v.name, form: .euler(rate: rate), noise: noiseTerm)
            case .hoistedFactor: return .init(variable: v.name, form: .hoisted(rate: rate, factor: factors[k]!), noise: noiseTerm)
            case .perNeuron:
                let slope = group.expressions[equations.count + perNeuron.firstIndex { $0.equation == k }!]
                return .init(variable: v.name, form: .perNeuron(rate: rate, slope: slope), noise: noiseTerm)
            }
        }
        return ExponentialEulerUpdate(drives: drives(stage: 0, readsTime: true, &invariants), increments: increments,
                                      shared: group.values.map { SymbolicAssignment($0.name, $0.value) }, results: results)
    }

    /// The equations in declaration order of their variables, as drift only when there is noise.
    private func driftEquations(_ noise: StochasticLowering?) -> [(variable: String, rhs: Expr)] {
        let equations = model.variables.compactMap { v in model.equations.first { $0.variable == v.name } }
        guard let drift = noise?.drift else { return equations }
        return zip(equations, drift).map { ($0.0.variable, $0.1) }
    }

    private func isSameForEveryNeuron(_ e: Expr) -> Bool {
        let perNeuron = Set(model.variables.map(\.name) + model.delays.map(\.symbol) + plan.drivenInputs.keys + ["i"])
        return e.symbols.isDisjoint(with: perNeuron) && !e.isRandom
    }

    private func hasEquation(_ variable: String) -> Bool {
        model.equations.contains { $0.variable == variable }
    }

    // MARK: - Spikes and refractoriness

    private var refractoriness: PopulationProgram.Refractoriness? {
        switch model.refractory {
        case .duration?: return .forSteps
        case .whileTrue(let condition)?: return .whileTrue(condition.exprelSafe())
        case nil: return nil
        }
    }

    private var spike: SpikeProgram? {
        guard let condition = model.spike else { return nil }
        let read = model.reset.reduce(condition.symbols) { $0.union($1.value.symbols) }
        return SpikeProgram(condition: condition.exprelSafe(),
                            reset: model.reset.map { SymbolicAssignment($0.variable, $0.value.exprelSafe()) },
                            readsDrivenInputs: !read.isDisjoint(with: plan.drivenInputs.keys))
    }
}
