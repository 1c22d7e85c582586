import Language

/// A synapse definition after names and units are resolved. Its variables
/// evolve by their equations between events; `on pre` and `on post` change
/// them at events; `current` (resolved per target, since it reads the
/// target's names as `V_post`) adds into an input of the target.
public struct SynapseModel: Sendable {
    public var name: String
    /// Parameters, variables and equations, resolved as a system.
    public var dynamics: NeuronModel
    /// Variables kept once per connection.
    public var perSynapse: Set<String>
    /// Variables kept once per source neuron, shared by its synapses: `on pre` reads them at each
    /// synapse of a spike, and its lines that set them (the block's last) run once per spike.
    /// The others are kept once per target neuron.
    public var perPre: Set<String> = []
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
        dynamics.variables.filter { !keptByProjection($0.name) }
    }

    /// Whether the projection keeps `variable` (per synapse or per source), rather than the target neuron.
    public func keptByProjection(_ variable: String) -> Bool {
        perSynapse.contains(variable) || perPre.contains(variable)
    }

    /// The `on pre` lines that run at each synapse of a spike, and those that run once per spike (setting per-source variables).
    public var onPreSplit: (perSynapse: [NeuronModel.Reset], perSource: [NeuronModel.Reset]) {
        (onPre.filter { !perPre.contains($0.variable) }, onPre.filter { perPre.contains($0.variable) })
    }
}
