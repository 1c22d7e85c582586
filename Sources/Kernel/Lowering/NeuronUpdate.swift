/// One neuron's update after its integrator is expanded: from the state x at time t to the new
/// state n at t + dt, before refractoriness and spikes.
public enum NeuronUpdate: Sendable, Hashable {
    case rungeKutta(stages: [LoweredStage], results: [StepResult])
    case exponentialEuler(ExponentialEulerUpdate)
    case stochastic(StochasticUpdate)
    case adaptive(AdaptiveUpdate)
    case exact(ExactUpdate)
    case fractional(FractionalUpdate)

    /// The variables with an equation, in declaration order: those with stage values and slopes.
    public var integratedVariables: [String] {
        switch self {
        case .rungeKutta(let stages, _): return stages.first?.slopes.map(\.name) ?? []
        case .exponentialEuler(let update): return update.results.filter { $0.form != .unchanged }.map(\.variable)
        case .stochastic(let update): return update.results.filter { $0.value != .symbol($0.name) }.map(\.name)
        case .adaptive(let update): return update.stages.first?.slopes.map(\.name) ?? []
        case .exact(let update): return update.variables
        case .fractional(let update): return update.results.filter { $0.rate != nil }.map(\.variable)
        }
    }
}
