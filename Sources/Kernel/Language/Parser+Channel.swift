/// Channels and their use in a neuron:
///
///     channel     → "channel" IDENT "{" (channelItem? NEWLINE)* "}"
///     channelItem → "ion" IDENT | ("param" | "var") binding ("," binding)* | DX "/" "dt" "=" expr | IDENT "=" expr
///     use         → "use" channelUse ("," channelUse)*          (a model item)
///     channelUse  → IDENT ("(" binding ("," binding)* ")")?
extension Parser {
    mutating func channel() throws -> ChannelDeclaration {
        let start = advance().range
        let (name, _) = try identifier("a channel name")
        var ion: String?
        let (items, close) = try body("channel \(name)") { parser -> ModelItem? in
            if case .identifier("ion") = parser.peek.kind, case .identifier = parser.peekNext.kind {
                parser.advance()
                let (element, range) = try parser.identifier("an ion")
                if ion != nil { throw Diagnostic(.second(what: "ion"), at: range) }
                ion = element
                return nil
            }
            return try parser.channelItem()
        }
        return ChannelDeclaration(name: name, ion: ion, items: items.compactMap { $0 }, range: start.union(close))
    }

    private mutating func channelItem() throws -> ModelItem {
        let token = peek
        let item = try modelItem()
        switch item {
        case .parameters, .variables, .derivative, .intermediate: return item
        default:
            throw Diagnostic(.syntax(expected: "a channel item", found: token.description), at: token.range,
                             hint: "a channel body holds ion, param, var, dX/dt = and name = expression lines, and current = ...")
        }
    }

    /// After `use`: one or more channels, each with its parameter overrides.
    mutating func channelUses() throws -> [ChannelUse] {
        var uses = [try channelUse()]
        while match(",") { uses.append(try channelUse()) }
        return uses
    }

    private mutating func channelUse() throws -> ChannelUse {
        let (channel, range) = try identifier("a channel name")
        guard match("(") else { return ChannelUse(channel: channel, overrides: [], range: range) }
        let overrides = try bindings()
        let close = try expect(")", "to close \(channel)(...)")
        return ChannelUse(channel: channel, overrides: overrides, range: range.union(close.range))
    }
}
