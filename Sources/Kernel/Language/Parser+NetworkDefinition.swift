/// Grammar of reusable networks and of the dotted names of what they hold:
///
///     network      → "network" IDENT ("(" (binding ("," binding)*)? ")")? "{" (bodyLine? NEWLINE)* "}"
///                  | "network" IDENT "=" IDENT "(" (binding ("," binding)*)? ")"
///     bodyLine     → population | connect | couple | record | field "=" expr | "network" IDENT "=" IDENT "(" ... ")"
///     path         → IDENT ("." IDENT)*                  (V1.E: population E of instance V1)
extension Parser {
    /// The statements a network body holds (besides `P.field = value`).
    static let networkBodyWords: Set<String> = ["population", "connect", "couple", "record", "network"]

    mutating func network() throws -> Statement {
        let start = advance().range
        let (name, nameRange) = try identifier("a network name")
        if match("=") {
            let (definition, definitionRange) = try identifier("the network definition to instantiate")
            try expect("(", "after \(definition): write \(definition)() or \(definition)(N = 100)")
            let arguments = check(")") ? [] : try bindings()
            let close = try expect(")", "to close the arguments of \(definition)").range
            return .networkInstance(NetworkInstance(name: name, nameRange: nameRange, definition: definition, definitionRange: definitionRange,
                                                    arguments: arguments, range: start.union(close)))
        }
        var parameters: [Binding] = []
        if match("(") {
            parameters = check(")") ? [] : try bindings()
            try expect(")", "to close the parameters of network \(name)")
        }
        let (body, close) = try networkBody(name)
        return .networkDefinition(NetworkDefinition(name: name, parameters: parameters, body: body, range: start.union(close)))
    }

    /// `{ ... }` of statements that build: a broken line is reported and skipped, the rest still parses.
    private mutating func networkBody(_ name: String) throws -> ([Statement], SourceRange) {
        let open = try expect("{", "to open the body of network \(name), or = Definition(...) to instantiate one")
        var body: [Statement] = []
        while true {
            if match(.newline) { continue }
            if check("}") { break }
            if isAtEnd { throw Diagnostic(.unclosed(what: "network \(name)"), at: open.range, hint: "the body opened here never closes") }
            do {
                let token = peek
                guard case .identifier(let word) = token.kind, Parser.networkBodyWords.contains(word) || peekNext.kind == .symbol(".") else {
                    throw Diagnostic(.notInNetworkBody(word: token.description), at: token.range,
                                     hint: "a network body holds population, connect, couple, P.field = value, record and network X = Definition(...)")
                }
                let statement = try self.statement()
                if case .networkDefinition(let nested) = statement {
                    throw Diagnostic(.notInNetworkBody(word: "network \(nested.name) { }"), at: nested.range,
                                     hint: "define networks at the top level; a body may instantiate one: network X = \(nested.name)(...)")
                }
                body.append(statement)
                if !check("}") { try endOfStatement() }
            } catch let diagnostic as Diagnostic {
                errors.append(diagnostic)
                skipToLineEnd()
            }
        }
        return (body, advance().range)
    }

    /// `V1.E`: a population's name, dotted through the instances that hold it.
    mutating func path(_ what: String) throws -> (String, SourceRange) {
        var (name, range) = try identifier(what)
        while case .symbol(".") = peek.kind, case .identifier(let part) = peekNext.kind {
            advance()
            range = range.union(advance().range)
            name += "." + part
        }
        return (name, range)
    }
}
