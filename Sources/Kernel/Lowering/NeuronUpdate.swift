/// One neuron's update after its integrator is expanded: from the state x at time t to the new
/// state n at t + dt, before refractoriness and spikes.
public enum NeuronUpdate: Sendable, Hashable {
    case rungeKutta(stages: [LoweredStage], results: [StepResult])
    case exponentialEuler(ExponentialEulerUpdate)
}
