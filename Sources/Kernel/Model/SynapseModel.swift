import Language

/// A synapse definition after names and units are resolved. Its variables
/// evolve by their equations between events; `on pre` and `on post` change
/// them at events; `current` (resolved per target, since it reads the
/// target's names as `V_post`) adds into an input of the target.
public struct SynapseModel: Sendable {
    public var name: String
    /// Parameters, variables and equations, resolved as a system.
    public var dynamics: NeuronModel
    /// Variables kept once per connection; the others are kept once per target neuron.
    public var perSynapse: Set<String>
    public var onPre: [NeuronModel.Reset]
    public var onPost: [NeuronModel.Reset]
    /// The dimension of `w`, the projection's weight: that of the variable the first `on pre` line adds it to.
    public var weightDimension: Dimension
    /// The written `current = ...`, resolved against each target by `SynapseResolver.current`.
    var current: Binding?
    /// The declaration as a system, to resolve the current against a target.
    var declaration: ModelDeclaration
    /// Whether it comes from `SynapseLibrary` rather than the session's text.
    package var isLibrary = false

    /// Whether an event block assigns `w`: then every synapse keeps its own weight.
    public var isPlastic: Bool { (onPre + onPost).contains { $0.variable == "w" } }

    public var perPostVariables: [NeuronModel.StateVariable] {
        dynamics.variables.filter { !perSynapse.contains($0.name) }
    }
}
