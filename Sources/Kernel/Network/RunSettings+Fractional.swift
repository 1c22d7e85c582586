import Integrators
import Language

extension RunSettings {
    /// A model with fractional equations needs a fractional method (caputo_l1 or gl); a fractional
    /// method integrates ordinary equations by Euler, so it takes any model without noise.
    static func checkFractional(_ options: RunOptions, _ statement: RunStatement, _ network: Network) throws {
        guard let method = options.method else { return }
        if case .fractional = method { return }
        let option = statement.options.first { $0.name == "method" }!
        for model in network.populations.map(\.model) where !model.fractionalOrders.isEmpty {
            throw Diagnostic(.methodNotFractional(method: method.name, model: model.name), at: option.value.range,
                             hint: "methods for fractional equations are caputo_l1 and gl")
        }
    }
}
