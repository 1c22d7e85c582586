/// `channel NAME { ion Ca ... }`: a membrane current with its own parameters, gating variables and
/// their equations, and `current = ...` (outward positive, like g·(V - E)). A neuron that `use`s it
/// gets them under names prefixed by the channel's (Model/ChannelComposer.swift).
public struct ChannelDeclaration: Sendable, Hashable {
    public var name: String
    /// The ion the current carries (`ion Ca`); a neuron reads the sum of the currents of one ion as `I_Ca`.
    public var ion: String?
    /// Parameters, variables, their equations and intermediates; `current` is one of the intermediates.
    public var items: [ModelItem]
    public var range: SourceRange

    package init(name: String, ion: String?, items: [ModelItem], range: SourceRange) {
        self.name = name
        self.ion = ion
        self.items = items
        self.range = range
    }
}

/// `use INa_HH1952(g_max = 100 mS/cm^2)` in a neuron: the channel, with some of its parameters set.
public struct ChannelUse: Sendable, Hashable {
    public var channel: String
    public var overrides: [Binding]
    public var range: SourceRange

    package init(channel: String, overrides: [Binding], range: SourceRange) {
        self.channel = channel
        self.overrides = overrides
        self.range = range
    }
}

extension ChannelDeclaration {
    /// Its `current = ...`, when it has one.
    package var current: Binding? {
        for case .intermediate(let b) in items where b.name == "current" { return b }
        return nil
    }

    /// The names that stay the neuron's when it declares them: its ion's concentration and reversal potential.
    package var sharedNames: Set<String> {
        guard let ion else { return [] }
        return [ion, "E_" + ion]
    }

    /// Whether it keeps its ion's concentration (a pool: `ion Ca` and `var Ca`).
    package var isPool: Bool {
        guard let ion else { return false }
        for case .variables(let list) in items where list.contains(where: { $0.name == ion }) { return true }
        return false
    }
}
