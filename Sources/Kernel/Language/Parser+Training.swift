/// Training statements:
///
///     readout  → "readout" IDENT "=" field ("," field)* ("features" call)?
///     train    → "train" IDENT "to" field ("," field)* ("ahead" expr)? ("in" window)? "by" call
///                (force's options: alpha, and feedback = P.I with scale, every, seed)
///     forecast → "forecast" IDENT "in" window ("," IDENT "=" expr)*      (options: lyapunov, threshold)
///     window   → "[" expr "," expr "]"
///     task     → "task" IDENT "=" IDENT "(" (option ("," option)*)? ")"
///     option   → IDENT "=" (expr | "[" expr ("," expr)* "]")
///     call     → IDENT "(" (binding ("," binding)*)? ")"
extension Parser {
    /// Words of training statements that may follow a number (`ahead 0.05 by ridge(...)`).
    static let trainingWords: Set<String> = ["by", "ahead"]

    mutating func readout() throws -> ReadoutDeclaration {
        let start = advance().range
        let (name, nameRange) = try identifier("a name for the readout")
        try expect("=", "after readout \(name): readout \(name) = Population.variable")
        var sources = [try field()]
        while match(",") { sources.append(try field()) }
        var declaration = ReadoutDeclaration(name: name, nameRange: nameRange, sources: sources, features: nil,
                                             range: start.union(sources.last!.range))
        if matchWord("features") {
            let features = try call("features, e.g. nvar(delays = 2, order = 2)")
            declaration.features = features
            declaration.range = declaration.range.union(features.range)
        }
        return declaration
    }

    mutating func train() throws -> TrainStatement {
        let start = advance().range
        let (readout, readoutRange) = try identifier("the readout to train")
        guard matchWord("to") else {
            throw Diagnostic(.syntax(expected: "'to' and the targets after \(readout)", found: peek.description), at: peek.range,
                             hint: "train \(readout) to P.x, P.y ahead 0.05 in [5, 80] by ridge(alpha = 1e-6)")
        }
        var targets = [try field()]
        while match(",") { targets.append(try field()) }
        let ahead = matchWord("ahead") ? try expression() : nil
        let window = matchWord("in") ? try timeWindow("of the training") : nil
        guard matchWord("by") else {
            throw Diagnostic(.syntax(expected: "'by' and a method: ridge(alpha = ...) or force(alpha = ...)", found: peek.description),
                             at: peek.range)
        }
        let method = try call("a training method: ridge(alpha = ...) or force(alpha = ...)")
        return TrainStatement(readout: readout, readoutRange: readoutRange, targets: targets, ahead: ahead, window: window,
                              method: method, range: start.union(method.range))
    }

    mutating func forecast() throws -> ForecastStatement {
        let start = advance().range
        let (readout, readoutRange) = try identifier("the readout to forecast with")
        guard matchWord("in") else {
            throw Diagnostic(.syntax(expected: "'in' and the forecast's window after \(readout)", found: peek.description), at: peek.range,
                             hint: "forecast \(readout) in [15, 25]")
        }
        let window = try timeWindow("of the forecast")
        var options: [Binding] = []
        while match(",") || (options.isEmpty && peekIsOption) { options.append(try binding()) }
        return ForecastStatement(readout: readout, readoutRange: readoutRange, window: window, options: options,
                                 range: start.union(options.last?.range ?? window.range))
    }

    mutating func task() throws -> TaskDeclaration {
        let start = advance().range
        let (name, nameRange) = try identifier("a name for the task")
        try expect("=", "after task \(name): task \(name) = decision(coherences = [0, 6.4, 12.8, 25.6, 51.2])")
        let (kind, kindRange) = try identifier("a task: decision(...) or evidence(...)")
        try expect("(", "after \(kind): \(kind)(name = value, ...)")
        var options: [TaskOption] = []
        if !check(")") {
            options.append(try taskOption())
            while match(",") { options.append(try taskOption()) }
        }
        let close = try expect(")", "to close \(kind)(...)")
        return TaskDeclaration(name: name, nameRange: nameRange, kind: kind, kindRange: kindRange, options: options, range: start.union(close.range))
    }

    private mutating func taskOption() throws -> TaskOption {
        let (name, range) = try identifier("a task option")
        try expect("=", "after \(name)")
        guard match("[") else {
            let value = try expression()
            return TaskOption(name: name, values: [value], isList: false, range: range.union(value.range))
        }
        var values = [try expression()]
        while match(",") { values.append(try expression()) }
        let close = try expect("]", "to close the list of \(name)")
        return TaskOption(name: name, values: values, isList: true, range: range.union(close.range))
    }

    private var peekIsOption: Bool {
        if case .identifier = peek.kind, case .symbol("=") = peekNext.kind { return true }
        return false
    }

    private mutating func timeWindow(_ what: String) throws -> TimeWindow {
        let open = try expect("[", "to open the window \(what): [start, end]")
        let low = try expression()
        try expect(",", "between the start and the end of the window \(what)")
        let high = try expression()
        let close = try expect("]", "to close the window \(what)")
        return TimeWindow(low: low, high: high, range: open.range.union(close.range))
    }

    /// `nvar(delays = 2, order = 2)`, `ridge(alpha = 1e-6)`, `force()`.
    private mutating func call(_ what: String) throws -> FeatureClause {
        let (name, nameRange) = try identifier(what)
        try expect("(", "after \(name): \(name)(name = value, ...)")
        var options: [Binding] = []
        if !check(")") { options = try bindings() }
        let close = try expect(")", "to close \(name)(...)")
        return FeatureClause(name: name, options: options, range: nameRange.union(close.range))
    }
}
