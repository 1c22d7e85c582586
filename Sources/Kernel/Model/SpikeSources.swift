/// Models every session knows without defining them, written in the model language itself.
enum SpikeSources {
    /// `population P = poisson(N, rate = 5 Hz)`: each neuron fires in a step with probability rate·dt,
    /// independently of its past; `P.rate = ...` may vary the rate with t and i.
    static let poissonText = """
        neuron poisson {
          input rate = 0 Hz
          spike rand() < rate * dt
        }
        """

    static let models: [String: NeuronModel] = {
        guard case .model(let declaration)? = try? Parser.parse(poissonText).first,
              let model = try? ModelResolver.resolve(declaration) else { return [:] }
        return [model.name: model]
    }()
}
