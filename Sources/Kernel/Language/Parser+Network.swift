/// Grammar of the network statements:
///
///     synapse      → "synapse" IDENT "{" (synapseItem? NEWLINE)* "}"
///     synapseItem  → "param" binding ("," binding)*
///                  | "var" binding ("," binding)* "per" ("post" | "synapse" | "pre")
///                  | DX "/" "dt" "=" expr
///                  | "on" ("pre" | "post") ("{" (assignment? NEWLINE)* "}" | assignment)
///                  | IDENT "=" expr                     (intermediate; `current = ...` is the output)
///     connect      → "connect" (IDENT | "poisson" "(" expr "," "rate" "=" expr ")") "->" target ("," target)* "using" IDENT ("(" (binding ("," binding)*)? ")")?
///                    (IDENT | binding)*                 (all, one_to_one, p =, fanin =, fanout =, w =, delay =, allow_self =)
///                    ("as" IDENT)?                      (the projection's name, for AB.w)
///     target       → IDENT ("." IDENT)*                (a population, dotted through instances, and an input)
extension Parser {
    /// Words of `connect` that stand alone (the others are options with `=`).
    package static let connectWords: Set<String> = ["all", "one_to_one"]
    package static let connectOptionNames = ["p", "fanin", "fanout", "w", "delay", "allow_self"]
    /// `connect ... as AB`: the word before a projection's name.
    static let projectionNameWord = "as"
    /// Words inside synapse bodies and connect statements, for completion.
    package static let networkWords = ["per", "post", "pre", "on", "current", "using", projectionNameWord, "true", "false"]
        + connectWords.sorted() + connectOptionNames

    mutating func synapse() throws -> SynapseDeclaration {
        let start = advance().range
        let (name, _) = try identifier("a synapse name")
        let (items, close) = try body("synapse \(name)") { try $0.synapseItem() }
        return SynapseDeclaration(name: name, items: items, range: start.union(close))
    }

    private mutating func synapseItem() throws -> SynapseItem {
        let token = peek
        guard case .identifier(let word) = token.kind else {
            throw Diagnostic(.syntax(expected: "a synapse item", found: token.description), at: token.range,
                             hint: "a synapse body holds param, var ... per post|synapse|pre, dX/dt =, on pre { }, on post { } and current = expression lines")
        }
        switch word {
        case "param": advance(); return .parameters(try bindings())
        case "var": advance(); return try synapseVariables()
        case "on" where !isAssignmentAhead: return try event()
        default:
            if case .derivative(let binding)? = try derivativeIfPresent(word) { return .derivative(binding) }
            return .intermediate(try binding())
        }
    }

    private var isAssignmentAhead: Bool {
        if case .symbol("=") = peekNext.kind { return true } else { return false }
    }

    private mutating func synapseVariables() throws -> SynapseItem {
        let list = try bindings()
        guard matchWord("per") else {
            throw Diagnostic(.missingPart(subject: "a synapse variable", part: "'per post', 'per synapse' or 'per pre' after its value"), at: peek.range,
                             hint: Self.scopeHint)
        }
        let (word, range) = try identifier("post, synapse or pre after 'per'")
        guard let scope = SynapseVariableScope(rawValue: word) else {
            throw Diagnostic(.syntax(expected: "'post', 'synapse' or 'pre' after 'per'", found: "'\(word)'"), at: range, hint: Self.scopeHint)
        }
        return .variables(list, per: scope)
    }

    private static let scopeHint = "per post: one per target neuron (linear synapses); per synapse: one per connection; "
        + "per pre: one per source neuron, shared by its synapses"

    private mutating func event() throws -> SynapseItem {
        let start = advance().range
        let (side, sideRange) = try identifier("pre or post after 'on'")
        let (assignments, range) = try assignmentBlock(start, "on \(side)")
        guard side == "pre" || side == "post" else {
            throw Diagnostic(.syntax(expected: "'pre' or 'post' after 'on'", found: "'\(side)'"), at: sideRange,
                             hint: "on pre runs when a presynaptic spike arrives, on post when the target neuron spikes")
        }
        return side == "pre" ? .onPre(assignments, range) : .onPost(assignments, range)
    }

    mutating func connect() throws -> ConnectStatement {
        let start = advance().range
        var (source, sourceRange) = try path("the source population")
        var poisson: PoissonSource?
        if source == "poisson", match("(") {
            let count = try expression()
            try expect(",", "after the number of Poisson sources: poisson(N, rate = 5 Hz)")
            let rate = try binding()
            guard rate.name == "rate" else { throw Diagnostic(.syntax(expected: "rate = ...", found: rate.name), at: rate.range) }
            sourceRange = sourceRange.union(try expect(")", "to close poisson(N, rate = ...)").range)
            poisson = PoissonSource(count: count, rate: rate.value)
        }
        try expect("->", "after \(source): write connect \(source) -> Target using Synapse(...)")
        var targets = [try connectTarget()]
        while match(",") { targets.append(try connectTarget()) }
        guard matchWord("using") else {
            throw Diagnostic(.syntax(expected: "'using' and a synapse after the targets", found: peek.description), at: peek.range,
                             hint: "connect \(source) -> \(targets[0].population) using ExpCond(tau = 5 ms) p = 0.02 w = 1 nS")
        }
        let (synapse, synapseRange) = try identifier("a synapse name after 'using'")
        var end = synapseRange
        var arguments: [Binding] = []
        if match("(") {
            if !check(")") {
                arguments.append(try binding())
                while match(",") { arguments.append(try binding()) }
            }
            end = try expect(")", "to close \(synapse)(...)").range
        }
        var words: [Word] = []
        var options: [Binding] = []
        var name: Word?
        while case .identifier(let word) = peek.kind {
            if word == Parser.projectionNameWord, !isAssignmentAhead {
                advance()
                let (text, range) = try identifier("a name for the projection after 'as'")
                name = Word(text: text, range: range)
                end = range
                break
            }
            if isAssignmentAhead {
                let option = try binding()
                options.append(option)
                end = option.range
            } else {
                end = advance().range
                words.append(Word(text: word, range: end))
            }
        }
        return ConnectStatement(source: source, sourceRange: sourceRange, poisson: poisson, targets: targets, synapse: synapse,
                                synapseRange: synapseRange, arguments: arguments, words: words, options: options,
                                name: name, range: start.union(end))
    }

    private mutating func connectTarget() throws -> ConnectTarget {
        let (population, range) = try identifier("a target population", notOneOf: ["using"])
        guard match(".") else { return ConnectTarget(population: population, input: nil, range: range) }
        let (rest, restRange) = try path("an input of \(population)")
        // V1.E.Isyn or V1.E: which part names the population is known once the network is (`Network.resolvingPath`).
        var parts = ([population] + rest.split(separator: ".").map(String.init))
        let input = parts.removeLast()
        return ConnectTarget(population: parts.joined(separator: "."), input: input, range: range.union(restRange))
    }
}
