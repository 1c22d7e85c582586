/// Grammar of batched runs:
///
///     sweep    → "sweep" IDENT "=" IDENT "(" argument ("," argument)* ")"
///     argument → IDENT "=" expr | IDENT "in" "[" expr ("," expr)* "]"
///     fi       → "fi" IDENT IDENT "in" "[" expr "," expr "]" ("n" "=" expr)? "for" expr (IDENT "=" expr)*
extension Parser {
    /// `for` before the duration of an `fi` run.
    static let durationWord = "for"

    /// `sweep W = Wang(coherence in [0, 25.6], seed in [1, 2])`: an instance per combination of the listed values.
    mutating func sweep() throws -> Statement {
        let start = advance().range
        let (name, nameRange) = try identifier("a name for the sweep")
        try expect("=", "after sweep \(name): write sweep \(name) = Definition(p in [a, b, c])")
        let (definition, definitionRange) = try identifier("the network definition to sweep")
        try expect("(", "after \(definition): write \(definition)(p in [a, b, c])")
        var arguments: [Binding] = [], swept: [SweptParameter] = []
        repeat {
            let (parameter, range) = try identifier("a parameter of \(definition), or seed")
            if case .identifier("in") = peek.kind {
                advance()
                swept.append(try valueList(parameter, range))
            } else {
                try expect("=", "after \(parameter): a value (\(parameter) = 2) or a list to sweep (\(parameter) in [1, 2, 3])")
                let value = try expression()
                arguments.append(Binding(name: parameter, value: value, range: range.union(value.range)))
            }
        } while match(",")
        let close = try expect(")", "to close the arguments of \(definition)").range
        guard !swept.isEmpty else {
            throw Diagnostic(.syntax(expected: "a parameter with a list of values (p in [a, b, c])", found: nil), at: start.union(close),
                             hint: "a sweep varies at least one parameter; for one instance write network \(name) = \(definition)(...)")
        }
        var instance = NetworkInstance(name: name, nameRange: nameRange, definition: definition, definitionRange: definitionRange,
                                       arguments: arguments, range: start.union(close))
        instance.sweep = swept
        return .networkInstance(instance)
    }

    /// `[0, 25.6, 51.2]` after `coherence in`.
    private mutating func valueList(_ name: String, _ nameRange: SourceRange) throws -> SweptParameter {
        try expect("[", "to open the values of \(name): [a, b, c]")
        var values = [try expression()]
        while match(",") { values.append(try expression()) }
        let close = try expect("]", "to close the values of \(name)").range
        return SweptParameter(name: name, nameRange: nameRange, values: values, range: nameRange.union(close))
    }

    /// `fi LIF I in [0 nA, 1 nA] n = 50 for 1 s dt = 0.1 ms`.
    mutating func fiCurve() throws -> FICurveRequest {
        let start = advance().range
        let (model, modelRange) = try identifier("a neuron model")
        let (input, inputRange) = try identifier("the input of \(model) to drive")
        guard case .identifier("in") = peek.kind else {
            throw Diagnostic(.syntax(expected: "in [low, high] after \(input)", found: peek.description), at: peek.range)
        }
        let interval = try self.interval(input, inputRange.union(advance().range))
        var count: Expression?
        if case .identifier("n") = peek.kind {
            advance()
            try expect("=", "after n: the number of drives (n = 50)")
            count = try expression()
        }
        guard case .identifier(Parser.durationWord) = peek.kind else {
            throw Diagnostic(.syntax(expected: "for DURATION (for 1 s)", found: peek.description), at: peek.range,
                             hint: "write fi \(model) \(input) in [low, high] n = 50 for 1 s")
        }
        let keyword = advance().range
        let duration = try expression()
        var options: [Binding] = []
        while case .identifier = peek.kind {
            options.append(try binding())
            _ = match(",")
        }
        let run = RunStatement(duration: duration, options: options, range: keyword.union(options.last?.range ?? duration.range))
        return FICurveRequest(model: model, modelRange: modelRange, input: input, inputRange: inputRange, low: interval.low,
                              high: interval.high, count: count, run: run, range: start.union(run.range))
    }
}
