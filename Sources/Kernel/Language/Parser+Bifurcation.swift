/// The bifurcation statement:
///
///     bifurcation  → "bifurcation" IDENT clause*     clauses: vary (required), show, with, fix, intervals, degree, from
///     vary         → "vary" IDENT "in" interval ("," IDENT "in" interval)?
///     show         → "show" IDENT
///     intervals    → "intervals" "=" NUMBER           the cycles' mesh intervals
///     degree       → "degree" "=" NUMBER              the degree of their polynomials
///     from         → "from" ("branch" NUMBER "point" NUMBER | "orbit" | IDENT ("at" binding ("," binding)*)?)
extension Parser {
    mutating func bifurcationRequest() throws -> AnalysisRequest {
        let request = try analysisRequest(clauses: ["vary", "show", "with", "fix", "intervals", "degree", "from"])
        guard !request.vary.isEmpty else {
            throw Diagnostic(.missingPart(subject: "bifurcation", part: "a parameter to vary"), at: request.range,
                             hint: "bifurcation \(request.model) vary P in [low, high] show X")
        }
        return request
    }

    /// After `from`: `branch N point M`, `orbit`, or a population `P` with `at I = 10` optional.
    mutating func continuationStart(at start: SourceRange) throws -> ContinuationStart {
        let hint = "from branch 2 point 17 (of the last diagram), from orbit (the population's recorded run), "
            + "or from P at I = 10 (the equilibrium near population P's state)"
        let token = advance()
        switch token.kind {
        case .identifier("orbit"): return .orbit(range: start.union(token.range))
        case .identifier("branch"):
            let branch = try wholeNumber(after: "branch", hint: hint)
            guard case .identifier("point") = peek.kind else {
                throw Diagnostic(.syntax(expected: "'point' after from branch N", found: peek.description), at: peek.range, hint: hint)
            }
            advance()
            return .point(branch: branch, point: try wholeNumber(after: "point", hint: hint))
        case .identifier(let name):
            guard case .identifier("at") = peek.kind else { return .population(name: name, range: token.range, at: []) }
            advance()
            return .population(name: name, range: token.range, at: try bindings())
        default:
            throw Diagnostic(.syntax(expected: "'branch', 'orbit' or a population after from", found: token.description), at: token.range, hint: hint)
        }
    }

    /// The number after `branch` or `point` of `from`, whose range the analysis checks.
    private mutating func wholeNumber(after word: String, hint: String) throws -> NumberClause {
        let token = advance()
        guard case .number(let value) = token.kind else {
            throw Diagnostic(.syntax(expected: "a number after \(word)", found: token.description), at: token.range, hint: hint)
        }
        return NumberClause(value: value, range: token.range)
    }

    /// `= N` after `intervals` or `degree`: a number, whose range the analysis checks.
    mutating func numberClause(_ word: String) throws -> NumberClause {
        try expect("=", "after \(word): write \(word) = N")
        let token = advance()
        guard case .number(let value) = token.kind else {
            throw Diagnostic(.syntax(expected: "a number after \(word) =", found: token.description), at: token.range,
                             hint: word == "degree" ? "degree = 5" : "intervals = 40")
        }
        return NumberClause(value: value, range: token.range)
    }

    /// `P in [a, b]` or `P in [a, b], Q in [c, d]`.
    mutating func varyClause() throws -> [VariableInterval] {
        var intervals: [VariableInterval] = []
        repeat {
            let (name, range) = try identifier("a parameter or input to vary", notOneOf: ["in"])
            guard case .identifier("in") = peek.kind else {
                throw Diagnostic(.syntax(expected: "'in' after vary \(name)", found: peek.description), at: peek.range,
                                 hint: "vary \(name) in [low, high]")
            }
            advance()
            intervals.append(try interval(name, range))
        } while match(",")
        guard intervals.count <= 2 else {
            throw Diagnostic(.wrongCount(rule: "bifurcation varies one or two parameters", found: intervals.count), at: intervals[2].range,
                             hint: "vary P in [a, b] for branches, vary P in [a, b], Q in [c, d] for curves of folds and Hopf points")
        }
        return intervals
    }
}
