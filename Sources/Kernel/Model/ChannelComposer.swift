import Language

/// Composition, the stage before a model is resolved: a neuron that `use`s channels becomes the
/// ordinary declaration one would write by hand, so resolution, lowering and analysis see no channels.
///
/// A channel's own names (parameters, variables, intermediates) are prefixed with its name and an
/// underscore (`INa_HH1952_m`), its `current` is named after the channel (`INa_HH1952`), and the names
/// it does not declare (V, t, E_Ca, Ca) are the neuron's. In the neuron, `I_channels` stands for the
/// channels' currents and `I_Ca` (any ion) for those of one ion, written out in the order of `use`:
/// `I - I_channels` reads as `I - INa_HH1952 - IK_HH1952 - IL`, the same arithmetic as the hand-written
/// sum, so a neuron composed from channels computes what the written-out neuron does, bit for bit.
///
/// A channel that declares its ion's concentration (`ion Ca` with `var Ca`) is a pool: that name and
/// the ion's reversal (`E_Ca`) are the neuron's, not prefixed, so every channel of the neuron reads the
/// one pool; it needs no current, and its `I_Ca` is the sum of the calcium currents of the other channels.
package struct ChannelComposer {
    /// The session's own channels by name: a name here wins over the library's.
    let session: [String: ChannelDeclaration]
    /// The library's channels by name, asked for only when a neuron uses a channel the session lacks:
    /// building the library's table parses its text, which a model without `use` never needs.
    /// Their text positions mean nothing where they are used, so their expressions take the position
    /// of the `use`, and a problem is shown where the user wrote it.
    let library: () -> [String: ChannelDeclaration]

    package init(session: [String: ChannelDeclaration], library: @escaping () -> [String: ChannelDeclaration]) {
        self.session = session
        self.library = library
    }

    /// The currents' reserved names in a neuron.
    package static let allCurrents = "I_channels"

    package func compose(_ declaration: ModelDeclaration) throws -> ModelDeclaration {
        let uses = declaration.items.flatMap { item -> [ChannelUse] in
            if case .use(let list) = item { return list } else { return [] }
        }
        guard !uses.isEmpty else { return declaration }
        var seen: Set<String> = []
        var currents: [String: [String]] = [ChannelComposer.allCurrents: []]
        var added: [ModelItem] = []
        for use in uses {
            guard let channel = session[use.channel] ?? library()[use.channel] else {
                throw Diagnostic(.unknown(kind: "channel", name: use.channel), at: use.range,
                                 hint: "channels are " + Set(session.keys).union(library().keys).sorted().joined(separator: ", "))
            }
            guard seen.insert(use.channel).inserted else { throw Diagnostic(.second(what: "use of \(use.channel)"), at: use.range) }
            added += try items(of: channel, as: use)
            guard channel.current != nil else { continue }
            currents[ChannelComposer.allCurrents]!.append(channel.name)
            if let ion = channel.ion { currents["I_" + ion, default: []].append(channel.name) }
        }
        let own = declaration.items.compactMap { item -> ModelItem? in
            if case .use = item { return nil }
            return item.mapExpressions { $0.splicing(currents) }
        }
        var composed = declaration
        composed.items = own + added.map { $0.mapExpressions { $0.splicing(currents) } }
        return composed
    }

    /// The channel's items under the neuron's names, its parameters set as `use` overrides them.
    private func items(of channel: ChannelDeclaration, as use: ChannelUse) throws -> [ModelItem] {
        var renamed: [String: String] = [:]
        var parameters: Set<String> = []
        let shared = channel.sharedNames
        func own(_ name: String) { if !shared.contains(name) { renamed[name] = channel.name + "_" + name } }
        for item in channel.items {
            switch item {
            case .parameters(let list):
                for b in list { own(b.name); parameters.insert(b.name) }
            case .variables(let list):
                for b in list { own(b.name) }
            case .intermediate(let b):
                if b.name == "current" { renamed[b.name] = channel.name } else { own(b.name) }
            default: continue
            }
        }
        guard channel.current != nil || channel.isPool else {
            throw Diagnostic(.missingPart(subject: "channel \(channel.name)", part: "a current (current = ...)"), at: use.range,
                             hint: "write its current as current = g * (V - E)")
        }
        for override in use.overrides where !parameters.contains(override.name) {
            throw Diagnostic(.noSuchMember(owner: channel.name, kind: "parameter", name: override.name), at: override.range,
                             hint: parameters.isEmpty ? "\(channel.name) has no parameters" : "its parameters are " + parameters.sorted().joined(separator: ", "))
        }
        let overrides = Dictionary(use.overrides.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
        let place = session[channel.name] == nil ? use.range : nil
        return channel.items.map { item in
            var item = item.mapExpressions { $0.renaming(renamed, placedAt: place) }
            if case .parameters(let list) = item {
                item = .parameters(list.map { b in
                    var b = b
                    if let value = overrides[b.name] { b.value = value }
                    return b
                })
            }
            return item.renamingDeclared(renamed, placedAt: place)
        }
    }
}
