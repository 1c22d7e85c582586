import Language
import Model

/// Models every session knows without defining them, written in the model language itself.
package enum SpikeSources {
    /// `population P = poisson(N, rate = 5 Hz)`: each neuron fires in a step with probability rate·dt,
    /// independently of its past; `P.rate = ...` may vary the rate with t and i.
    static let text = """
        neuron poisson {
          input rate = 0 Hz
          spike rand() < rate * dt
        }
        neuron generator {
          spike t < 0 s
        }
        """

    /// `population G = generator(N, times = "1 ms, 2.5 ms", indices = "0, 1")`: neuron indices[k] fires at times[k];
    /// its spike condition never holds, the schedule drives it.
    package static let generator = "generator"

    package static let models: [String: NeuronModel] = resolved(text)

    /// The generator of a network without units, whose times are plain numbers.
    package static let dimensionlessGenerator = resolved("neuron generator {\n  spike t < 0\n}")[generator]!

    private static func resolved(_ text: String) -> [String: NeuronModel] {
        let statements = (try? Parser.parse(text)) ?? []
        var models: [String: NeuronModel] = [:]
        for case .model(let declaration) in statements {
            models[declaration.name] = try? ModelResolver.resolve(declaration)
        }
        return models
    }
}
