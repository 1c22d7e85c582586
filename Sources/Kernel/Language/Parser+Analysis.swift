/// The analysis statements:
///
///     fixedpoints  → "fixedpoints" IDENT clause*        clauses: with, fix, in
///     phaseplane   → "phaseplane" IDENT clause*         clauses: x, y, with, fix, from
///     linearize    → "linearize" IDENT clause*          clauses: at (required), with, fix, in
///     clause       → "with" binding ("," binding)*
///                  | "fix" binding ("," binding)*
///                  | "in" IDENT "=" interval ("," IDENT "=" interval)*
///                  | ("x" | "y") "=" IDENT "in" interval
///                  | "from" point ("," point)*
///                  | "at" ("(" binding ("," binding)* ")" | "fixedpoints")
///     interval     → "[" expr "," expr "]" ;  point → "(" expr ("," expr)* ")"
///     couple       → "couple" field "->" field "weight" "=" expr (("p" | "delay") "=" expr)*
extension Parser {
    /// Words that start a clause of an analysis statement, so may follow a number.
    static let clauseWords: Set<String> = ["with", "fix", "in", "from", "at"]

    mutating func analysisRequest(clauses allowed: [String]) throws -> AnalysisRequest {
        let keyword = advance()
        guard case .identifier(let statement) = keyword.kind else { preconditionFailure("called at the statement's keyword") }
        let (model, modelRange) = try identifier("a model or population name after \(statement)")
        var request = AnalysisRequest(model: model, modelRange: modelRange, range: keyword.range.union(modelRange))
        var seen: Set<String> = []
        while case .identifier(let word) = peek.kind, allowed.contains(word) {
            let start = advance().range
            guard seen.insert(word).inserted else {
                throw Diagnostic(.givenTwice(name: "'\(word)'"), at: start, hint: "list everything after one '\(word)', separated by commas")
            }
            if statement == "bifurcation", word == "from" {
                request.start = try continuationStart(at: start)
            } else {
                try clause(word, start: start, into: &request)
            }
            request.range = request.range.union(tokens[current - 1].range)
        }
        guard isAtEnd || peek.kind == .newline else {
            throw Diagnostic(.unexpected(found: peek.description, place: "in \(statement)"), at: peek.range,
                             hint: "\(statement) takes " + allowed.map { "'\($0)'" }.joined(separator: ", "))
        }
        if allowed.contains("x"), !seen.contains("x") {
            throw Diagnostic(.missingPart(subject: "phaseplane", part: "an axis: x = variable in [low, high]"), at: request.range)
        }
        return request
    }

    mutating func linearizeRequest() throws -> AnalysisRequest {
        let request = try analysisRequest(clauses: ["at", "with", "fix", "in"])
        guard request.at != nil else {
            throw Diagnostic(.missingPart(subject: "linearize", part: "a point: at (v = ..., w = ...) or at fixedpoints"), at: request.range,
                             hint: "linearize \(request.model) at (v = -1.2, w = -0.6)")
        }
        return request
    }

    private mutating func clause(_ word: String, start: SourceRange, into request: inout AnalysisRequest) throws {
        switch word {
        case "with": request.with = try bindings()
        case "fix": request.fix = try bindings()
        case "vary": request.vary = try varyClause()
        case "show": (request.show, request.showRange) = try identifier("a state variable to show")
        case "intervals": request.intervals = try numberClause(word)
        case "degree": request.degree = try numberClause(word)
        case "at":
            if match("(") {
                let state = try bindings()
                try expect(")", "to close the state: at (v = -1.2, w = -0.6)")
                request.at = .state(state)
            } else if case .identifier("fixedpoints") = peek.kind {
                advance()
                request.at = .fixedPoints
            } else {
                throw Diagnostic(.syntax(expected: "'(' or 'fixedpoints' after at", found: peek.description), at: peek.range,
                                 hint: "at (v = -1.2, w = -0.6) for a state, at fixedpoints for every equilibrium")
            }
        case "in":
            repeat {
                let (variable, range) = try identifier("a variable")
                try expect("=", "after \(variable): write \(variable) = [low, high]")
                request.region.append(try interval(variable, range))
            } while match(",")
        case "x", "y":
            if word == "y", request.region.isEmpty {
                throw Diagnostic(.order(first: "the x axis", then: "y"), at: start, hint: "phaseplane M x = v in [a, b] y = w in [c, d]")
            }
            try expect("=", "after \(word): write \(word) = variable in [low, high]")
            let (variable, range) = try identifier("a variable")
            guard case .identifier("in") = peek.kind else {
                throw Diagnostic(.syntax(expected: "'in' after \(word) = \(variable)", found: peek.description), at: peek.range,
                                 hint: "\(word) = \(variable) in [low, high]")
            }
            advance()
            request.region.append(try interval(variable, range))
        default:
            repeat { request.starts.append(try point()) } while match(",")
        }
    }

    mutating func interval(_ variable: String, _ start: SourceRange) throws -> VariableInterval {
        try expect("[", "to open the interval of \(variable): [low, high]")
        let low = try expression()
        try expect(",", "between the bounds of \(variable): [low, high]")
        let high = try expression()
        let close = try expect("]", "to close the interval of \(variable)")
        return VariableInterval(variable: variable, low: low, high: high, range: start.union(close.range))
    }

    private mutating func point() throws -> [Expression] {
        try expect("(", "to open a starting point: (v0, w0)")
        var values = [try expression()]
        while match(",") { values.append(try expression()) }
        try expect(")", "to close the starting point")
        return values
    }

    mutating func coupling() throws -> CouplingDeclaration {
        let start = advance().range
        let source = try field()
        try expect("->", "after \(source.population).\(source.field): couple P.x -> P.I weight = ...")
        let target = try field()
        guard case .identifier("weight") = peek.kind else {
            throw Diagnostic(.syntax(expected: "'weight' after the target", found: peek.description), at: peek.range,
                             hint: "couple P.r -> P.I weight = (J0 + J1*cos(2*pi*(i - j)/N)) / N")
        }
        advance()
        try expect("=", "after weight")
        var declaration = CouplingDeclaration(source: source, target: target, weight: try expression(), range: start)
        declaration.range = start.union(declaration.weight.range)
        while case .identifier(let word) = peek.kind, ["p", "delay"].contains(word), case .symbol("=") = peekNext.kind {
            let clause = advance().range
            advance()
            let value = try expression()
            switch word {
            case "p":
                guard declaration.probability == nil else { throw Diagnostic(.givenTwice(name: "'p'"), at: clause) }
                declaration.probability = value
            default:
                guard declaration.delay == nil else { throw Diagnostic(.givenTwice(name: "'delay'"), at: clause) }
                declaration.delay = value
            }
            declaration.range = declaration.range.union(value.range)
        }
        return declaration
    }
}
