/// The assignments one event runs at a synapse, those it runs once per spike (on per-source variables,
/// after the synapses), and the target's names they (or the advances before them) read.
public struct EventBlock: Sendable, Hashable {
    public var assignments: [SymbolicAssignment]
    public var oncePerSpike: [SymbolicAssignment] = []
    public var targetVariables: [String]
    public var targetParameters: [String]
}
