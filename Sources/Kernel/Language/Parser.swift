/// Builds the syntax tree from tokens. One method per grammar rule:
///
///     program      → (statement? NEWLINE)* END
///     statement    → model | synapse | channel | population | connect | record | run | print | fieldAssign
///                    (synapse and connect: see Parser+Network.swift; channel: Parser+Channel.swift)
///     model        → ("neuron" | "system") IDENT "{" (item? NEWLINE)* "}"
///     item         → ("param" | "var" | "input") binding ("," binding)* | "use" channelUse ("," channelUse)*
///                  | DX "/" "dt" "=" expr | "spike" expr | "refractory" expr | "history" binding
///                  | "d" "^" order IDENT "/" "dt" "^" order "=" expr   (Parser+Fractional.swift)
///                  | "reset" ("{" (assignment? NEWLINE)* "}" | assignment)
///                  | IDENT "=" expr                                  (intermediate)
///     population   → "population" IDENT "=" IDENT "(" expr ("," binding)* ")"
///     fieldAssign  → field "=" expr
///     record       → "record" recorded ("," recorded)* ("every" expr)? | "record" "rate" "(" IDENT ")" "window" expr
///     recorded     → field | ("mean" | "sum" | "min" | "max") "(" expr ")"     (a field, or an expression of one population's fields)
///     run          → "run" expr (","? binding)*
///     print        → "print" expr ("," expr)*
///     plot         → "plot" ("raster" spikes ("," spikes)* | ("isi" | "cv") spikes | "rate" IDENT
///                    | "hist" field ("density" "=" expr)? | field "vs" field | field ("," field)*) plotOptions?     (plotOptions: see Parser+PlotOptions.swift)
///     spikes       → IDENT ("[" slice "]")?
///     export       → "export" ("svg" | "pdf") STRING | "export" ("csv" | "npy" | "json") STRING field
///     couple, fixedpoints, phaseplane, linearize: see Parser+Analysis.swift; bifurcation: Parser+Bifurcation.swift
///     field        → IDENT ("." IDENT)+ ("[" slice "]")?   (V1.E.V: the last name is the field)
///     expr         → and ("or" and)* ;  and → not ("and" not)* ;  not → "not" not | comparison
///     comparison   → additive (("<" | ">" | "<=" | ">=" | "==" | "!=") additive)?
///     additive     → term (("+" | "-") term)* ;  term → unary (("*" | "/") unary)*
///     unary        → "-" unary | "+" unary | power ;  power → postfix ("^" unary)?
///     postfix      → primary ("." IDENT | "[" slice "]")*
///     primary      → NUMBER (UNIT ("^" INT)?)? | IDENT ("(" args ")")? | "(" expr ")" | STRING
///
/// After an error the parser skips to the next line, so one pass reports every error.
public struct Parser {
    private(set) var tokens: [Token]
    var current = 0
    var errors: [Diagnostic] = []
    private var nesting = 0

    /// Deeper expressions would overflow the stack of the recursive passes over them.
    static let maximumNesting = 200

    public init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses a whole program; throws a `DiagnosticList` with every lexical and syntax error.
    public static func parse(_ source: String) throws -> [Statement] {
        let (tokens, lexErrors) = Lexer.tokenize(source)
        var parser = Parser(tokens: tokens)
        let statements = parser.program()
        let all = (lexErrors + parser.errors).sorted { $0.range.start < $1.range.start }
        if !all.isEmpty { throw DiagnosticList(all) }
        return statements
    }

    package static let statementKeywords = ["neuron", "system", "population", "synapse", "channel", "network", "connect", "record", "run", "print",
                                    "plot", "export", "couple", "fixedpoints", "phaseplane", "bifurcation", "linearize", "reset", "delete", "store",
                                    "restore", "readout", "train", "forecast", "task", "sweep", "fi"]

    // MARK: - Statements

    private mutating func program() -> [Statement] {
        var statements: [Statement] = []
        while !isAtEnd {
            if match(.newline) { continue }
            do {
                statements.append(try statement())
                try endOfStatement()
            } catch let diagnostic as Diagnostic {
                errors.append(diagnostic)
                synchronize()
            } catch {
                synchronize()
            }
        }
        return statements
    }

    mutating func statement() throws -> Statement {
        let token = peek
        guard case .identifier(let word) = token.kind else {
            throw Diagnostic(.syntax(expected: "a statement", found: token.description), at: token.range,
                             hint: "statements start with " + Parser.statementKeywords.joined(separator: ", ") + ", or Population.field =")
        }
        switch word {
        case "neuron": return .model(try model(.neuron))
        case "system": return .model(try model(.system))
        case "synapse": return .synapse(try synapse())
        case "channel": return .channel(try channel())
        case "network": return try network()
        case "sweep": return try sweep()
        case "fi": return .fiCurve(try fiCurve())
        case "population": return .population(try population())
        case "connect": return .connect(try connect())
        case "record": return try record()
        case "run": return .run(try run())
        case "print": return try printStatement()
        case "plot": return try plot()
        case "export": return try export()
        case "couple": return .couple(try coupling())
        case "readout": return .readout(try readout())
        case "train": return .train(try train())
        case "forecast": return .forecast(try forecast())
        case "task": return .task(try task())
        case "fixedpoints": return .fixedpoints(try analysisRequest(clauses: ["with", "fix", "in"]))
        case "phaseplane": return .phaseplane(try analysisRequest(clauses: ["x", "y", "with", "fix", "from"]))
        case "bifurcation": return .bifurcation(try bifurcationRequest())
        case "linearize": return .linearize(try linearizeRequest())
        case "reset": return .reset(advance().range)
        case "delete":
            let start = advance().range
            let (name, range) = try identifier("the name of a population, model or synapse to delete")
            return .delete(name: name, nameRange: range, start.union(range))
        case "store", "restore":
            let start = advance().range
            var (name, range) = ("default", start)
            if case .identifier = peek.kind { (name, range) = try identifier("a name for the stored state") }
            return word == "store" ? .store(name: name, start.union(range)) : .restore(name: name, nameRange: range, start.union(range))
        default:
            if case .symbol(".") = peekNext.kind { return try fieldAssignment() }
            throw Diagnostic(.unknown(kind: "statement", name: word), at: token.range,
                             hint: "statements start with " + Parser.statementKeywords.joined(separator: ", ") + ", or Population.field =")
        }
    }

    private mutating func model(_ kind: ModelKind) throws -> ModelDeclaration {
        let start = advance().range
        let (name, _) = try identifier("a \(kind.rawValue) name")
        let (items, close) = try body("\(kind.rawValue) \(name)") { try $0.modelItem() }
        return ModelDeclaration(kind: kind, name: name, items: items, range: start.union(close))
    }

    /// `{ (item? NEWLINE)* }`: a broken item is reported and skipped, the rest of the body still parses.
    mutating func body<Item>(_ what: String, item: (inout Parser) throws -> Item) throws -> ([Item], SourceRange) {
        let open = try expect("{", "to open the body of \(what)")
        var items: [Item] = []
        while true {
            if match(.newline) { continue }
            if check("}") { break }
            if isAtEnd || startsTopLevelStatement {
                throw Diagnostic(.unclosed(what: what), at: open.range,
                                 hint: "the body opened here never closes")
            }
            do {
                items.append(try item(&self))
                if !check("}") { try endOfStatement() }
            } catch let diagnostic as Diagnostic {
                errors.append(diagnostic)
                skipToLineEnd()
            }
        }
        return (items, advance().range)
    }

    mutating func modelItem() throws -> ModelItem {
        let token = peek
        guard case .identifier(let word) = token.kind else {
            throw Diagnostic(.syntax(expected: "a model item", found: token.description), at: token.range,
                             hint: "a model body holds param, var, input, dX/dt =, spike, reset, refractory and name = expression lines")
        }
        switch word {
        case "param": advance(); return .parameters(try bindings())
        case "var": advance(); return .variables(try bindings())
        case "input": advance(); return .inputs(try bindings())
        case "spike": advance(); return .spike(try expression())
        case "refractory": advance(); return .refractory(try expression())
        case "use" where peekNext.kind != .symbol("="): advance(); return .use(try channelUses())
        case "reset": return try reset()
        case "history":
            guard case .identifier = peekNext.kind else { fallthrough }
            advance()
            return .history(try binding())
        default:
            if let derivative = try derivativeIfPresent(word) { return derivative }
            if let fractional = try fractionalIfPresent(word) { return fractional }
            let binding = try self.binding()
            return .intermediate(binding)
        }
    }

    /// `dV/dt = expr`: an identifier starting with d, then `/ dt =`.
    mutating func derivativeIfPresent(_ word: String) throws -> ModelItem? {
        guard word.count > 1, word.hasPrefix("d"),
              case .symbol("/") = peekNext.kind,
              current + 2 < tokens.count, case .identifier("dt") = tokens[current + 2].kind else { return nil }
        let start = advance().range
        advance(); advance()
        try expect("=", "after d\(word.dropFirst())/dt")
        let value = try expression()
        return .derivative(Binding(name: String(word.dropFirst()), value: value, range: start.union(value.range)))
    }

    mutating func reset() throws -> ModelItem {
        let start = advance().range
        let (assignments, range) = try assignmentBlock(start, "reset")
        return .reset(assignments, range)
    }

    /// `{ (assignment? NEWLINE)* }` or one assignment on the same line.
    mutating func assignmentBlock(_ start: SourceRange, _ what: String) throws -> ([Assignment], SourceRange) {
        guard match("{") else {
            let single = try assignment()
            return ([single], start.union(single.range))
        }
        var assignments: [Assignment] = []
        while true {
            if match(.newline) { continue }
            if check("}") { break }
            if isAtEnd { throw Diagnostic(.unclosed(what: what), at: start) }
            assignments.append(try assignment())
            if !check("}") { try endOfStatement() }
        }
        let close = advance()
        return (assignments, start.union(close.range))
    }

    mutating func assignment() throws -> Assignment {
        let (name, range) = try identifier("a variable to assign")
        let token = advance()
        guard case .symbol(let text) = token.kind, let op = Assignment.Operator(rawValue: text) else {
            throw Diagnostic(.syntax(expected: "'=', '+=', '-=', '*=' or '/=' after \(name)", found: token.description), at: token.range)
        }
        let value = try expression()
        return Assignment(target: name, op: op, value: value, range: range.union(value.range))
    }

    mutating func bindings() throws -> [Binding] {
        var list = [try binding()]
        while match(",") { list.append(try binding()) }
        return list
    }

    mutating func binding() throws -> Binding {
        let (name, range) = try identifier("a name")
        try expect("=", "after \(name)")
        let value = try expression()
        return Binding(name: name, value: value, range: range.union(value.range))
    }

    private mutating func population() throws -> PopulationDeclaration {
        let start = advance().range
        let (name, _) = try identifier("a population name")
        try expect("=", "after population \(name)")
        let (model, modelRange) = try identifier("a neuron or system name")
        try expect("(", "after \(model): write \(model)(N) with the number of copies")
        let size = try expression()
        var overrides: [Binding] = []
        while match(",") { overrides.append(try binding()) }
        let close = try expect(")", "to close \(model)(...)")
        return PopulationDeclaration(name: name, model: model, modelRange: modelRange, size: size,
                                     overrides: overrides, range: start.union(close.range))
    }

    private mutating func fieldAssignment() throws -> Statement {
        let target = try field()
        try expect("=", "after \(target.population).\(target.field)")
        return .assign(target, try expression())
    }

    private mutating func record() throws -> Statement {
        let start = advance().range
        if case .identifier("rate") = peek.kind, case .symbol("(") = peekNext.kind {
            advance()
            try expect("(", "after rate")
            let (population, populationRange) = try path("a population")
            try expect(")", "to close rate(\(population)")
            guard case .identifier("window") = peek.kind else {
                throw Diagnostic(.syntax(expected: "window", found: peek.description), at: peek.range,
                                 hint: "record rate(\(population)) window 5 ms")
            }
            advance()
            let window = try expression()
            return .recordRate(population: population, populationRange: populationRange, window: window, start.union(window.range))
        }
        var fields = [try recordedField()]
        while match(",") { fields.append(try recordedField()) }
        var every: Expression?
        if case .identifier("every") = peek.kind {
            advance()
            every = try expression()
        }
        let end = every?.range ?? fields.last!.range
        return .record(fields, every: every, start.union(end))
    }

    private mutating func run() throws -> RunStatement {
        let start = advance().range
        let duration = try expression()
        var options: [Binding] = []
        while case .identifier = peek.kind {
            options.append(try binding())
            _ = match(",")
        }
        return RunStatement(duration: duration, options: options, range: start.union(options.last?.range ?? duration.range))
    }

    private mutating func printStatement() throws -> Statement {
        let start = advance().range
        var values = [try expression()]
        while match(",") { values.append(try expression()) }
        return .print(values, start.union(values.last!.range))
    }

    private mutating func plot() throws -> Statement {
        let start = advance().range
        let request = try plotRequest()
        let options = try plotOptions()
        return .plot(request, options, start.union(tokens[current - 1].range))
    }

    private mutating func plotRequest() throws -> PlotRequest {
        if case .identifier("raster") = peek.kind, case .identifier = peekNext.kind {
            let keyword = advance().range
            var groups = [try spikesOf()]
            while !optionAfterComma(), match(",") { groups.append(try spikesOf()) }
            return .raster(groups, keyword.union(groups.last!.range))
        }
        if case .identifier("rate") = peek.kind, case .identifier = peekNext.kind {
            advance()
            let (population, range) = try path("a population")
            return .rate(population, range)
        }
        if case .identifier(let name) = peek.kind, let statistic = SpikeStatistic(rawValue: name), case .identifier = peekNext.kind {
            advance()
            return .spikeStatistic(statistic, try spikesOf())
        }
        if case .identifier("hist") = peek.kind, case .identifier = peekNext.kind {
            advance()
            let values = try field()
            guard case .identifier("density") = peek.kind, case .symbol("=") = peekNext.kind else { return .histogram(values, density: nil) }
            advance()
            advance()
            return .histogram(values, density: try expression())
        }
        let first = try recordedField()
        if case .identifier("vs") = peek.kind {
            advance()
            return .xy(first, try recordedField())
        }
        var fields = [first]
        while !optionAfterComma(), match(",") { fields.append(try recordedField()) }
        return .traces(fields)
    }

    /// `E` or `E[0:100]` after `plot raster`, `plot isi`, `plot cv`: that population's spikes.
    private mutating func spikesOf() throws -> FieldReference {
        let (population, start) = try path("a population")
        var range = start
        var slice: Slice?
        if match("[") {
            slice = try self.slice()
            range = range.union(try expect("]", "to close the index").range)
        }
        return FieldReference(population: population, field: "spikes", slice: slice, range: range)
    }

    private mutating func export() throws -> Statement {
        let start = advance().range
        let formats = ExportRequest.Format.allCases.map(\.rawValue).joined(separator: ", ")
        let (name, formatRange) = try identifier("a format (\(formats))")
        guard let format = ExportRequest.Format(rawValue: name) else {
            throw Diagnostic(.unknown(kind: "export format", name: name), at: formatRange,
                             hint: "formats are \(formats): export svg \"figure.svg\" or export csv \"v.csv\" P.V")
        }
        let example = format.writesRecording ? "export \(name) \"v.\(name)\" P.V" : "export \(name) \"figure.\(name)\""
        let token = advance()
        guard case .string(let path) = token.kind, !path.isEmpty else {
            throw Diagnostic(.syntax(expected: "a file name in quotes", found: token.description), at: token.range, hint: example)
        }
        guard format.writesRecording else {
            return .export(ExportRequest(format: format, path: path, pathRange: token.range, recording: nil, range: start.union(token.range)))
        }
        guard case .identifier = peek.kind else {
            throw Diagnostic(.syntax(expected: "a recording such as P.V or P.spikes", found: peek.description), at: peek.range, hint: example)
        }
        let recording = try recordedField()
        return .export(ExportRequest(format: format, path: path, pathRange: token.range, recording: recording,
                                     range: start.union(recording.range)))
    }

    /// `P.V[0:5]`, or one reduced over its neurons: `mean(P.V)`, `sum(P.g_A[0:100])`, `min(...)`, `max(...)`,
    /// or an expression of one population's fields reduced: `mean(E.V - E.El)`.
    private mutating func recordedField() throws -> FieldReference {
        guard case .identifier(let name) = peek.kind, let reduction = Reduction(rawValue: name), case .symbol("(") = peekNext.kind else {
            return try field()
        }
        let start = advance().range
        try expect("(", "after \(name)")
        let first = current
        let argument = try expression()
        let text = ExpressionText.canonical(tokens[first..<current])
        let end = try expect(")", "to close \(name)(\(text)").range
        var reference = argument.fieldReference
            ?? FieldReference(population: argument.firstPopulation ?? "", field: text, slice: nil, range: argument.range, expression: argument)
        reference.reduction = reduction
        reference.range = start.union(end)
        return reference
    }

    mutating func field() throws -> FieldReference {
        var (population, start) = try identifier("a population name")
        try expect(".", "after \(population): write \(population).variable")
        var (name, nameRange) = try identifier("a variable of \(population)")
        while case .symbol(".") = peek.kind, case .identifier(let next) = peekNext.kind {
            advance()
            nameRange = advance().range
            (population, name) = (population + "." + name, next)
        }
        var range = start.union(nameRange)
        var slice: Slice?
        if match("[") {
            slice = try self.slice()
            range = range.union(try expect("]", "to close the index").range)
        }
        return FieldReference(population: population, field: name, slice: slice, range: range)
    }

    // MARK: - Expressions

    public mutating func expression() throws -> Expression {
        let start = peek.range
        try enterNesting(at: start)
        defer { nesting -= 1 }
        let e = try logical(.or, next: { try $0.logical(.and, next: { try $0.negation() }) })
        guard e.depth <= Parser.maximumNesting else {
            throw Diagnostic(.nestedTooDeeply(limit: Parser.maximumNesting), at: e.range,
                             hint: "split it with intermediate expressions")
        }
        return e
    }

    private mutating func enterNesting(at range: SourceRange) throws {
        nesting += 1
        guard nesting <= Parser.maximumNesting else {
            nesting -= 1
            throw Diagnostic(.nestedTooDeeply(limit: Parser.maximumNesting), at: range)
        }
    }

    private mutating func logical(_ op: BinaryOperator, next: (inout Parser) throws -> Expression) throws -> Expression {
        var left = try next(&self)
        while matchWord(op.rawValue) || match(op == .or ? "||" : "&&") {
            let right = try next(&self)
            left = Expression(.binary(op, left, right), left.range.union(right.range))
        }
        return left
    }

    private mutating func negation() throws -> Expression {
        let start = peek.range
        if matchWord("not") || match("!") {
            try enterNesting(at: start)
            defer { nesting -= 1 }
            let operand = try negation()
            return Expression(.unary(.not, operand), start.union(operand.range))
        }
        return try comparison()
    }

    private mutating func comparison() throws -> Expression {
        let left = try additive()
        guard case .symbol(let text) = peek.kind, let op = BinaryOperator(rawValue: text), op.isComparison else { return left }
        advance()
        let right = try additive()
        return Expression(.binary(op, left, right), left.range.union(right.range))
    }

    private mutating func additive() throws -> Expression {
        var left = try term()
        while case .symbol(let text) = peek.kind, text == "+" || text == "-" {
            advance()
            let right = try term()
            left = Expression(.binary(text == "+" ? .add : .subtract, left, right), left.range.union(right.range))
        }
        return left
    }

    private mutating func term() throws -> Expression {
        var left = try unary()
        while case .symbol(let text) = peek.kind, text == "*" || text == "/" {
            advance()
            let right = try unary()
            left = Expression(.binary(text == "*" ? .multiply : .divide, left, right), left.range.union(right.range))
        }
        return left
    }

    private mutating func unary() throws -> Expression {
        let start = peek.range
        if match("-") {
            try enterNesting(at: start)
            defer { nesting -= 1 }
            let operand = try unary()
            return Expression(.unary(.negate, operand), start.union(operand.range))
        }
        if match("+") { return try unary() }
        return try power()
    }

    private mutating func power() throws -> Expression {
        let base = try postfix()
        guard match("^") else { return base }
        let exponent = try unary()
        return Expression(.binary(.power, base, exponent), base.range.union(exponent.range))
    }

    private mutating func postfix() throws -> Expression {
        var value = try primary()
        while true {
            if match(".") {
                let (name, range) = try identifier("a field name after '.'")
                value = Expression(.member(value, name), value.range.union(range))
            } else if match("[") {
                let slice = try self.slice()
                let close = try expect("]", "to close the index")
                value = Expression(.index(value, slice), value.range.union(close.range))
            } else {
                return value
            }
        }
    }

    mutating func slice() throws -> Slice {
        let lower: Expression? = check(":") ? nil : try expression()
        guard match(":") else {
            guard let lower else { throw Diagnostic(.syntax(expected: "an index", found: nil), at: peek.range) }
            return .single(lower)
        }
        let upper: Expression? = check("]") ? nil : try expression()
        return .range(lower, upper)
    }

    private mutating func primary() throws -> Expression {
        let token = advance()
        switch token.kind {
        case .number(let value):
            return try unitIfPresent(after: value, token.range)
        case .string(let text):
            return Expression(.string(text), token.range)
        case .identifier(let name):
            guard match("(") else { return Expression(.name(name), token.range) }
            var arguments: [Expression] = []
            if !check(")") {
                arguments.append(try expression())
                while match(",") { arguments.append(try expression()) }
            }
            let close = try expect(")", "to close the arguments of \(name)")
            return Expression(.call(name, arguments), token.range.union(close.range))
        case .symbol("("):
            let inner = try expression()
            let open = token.range.start
            let close = try expect(")", "to close the '(' at line \(open.line), column \(open.column)")
            return Expression(inner.kind, token.range.union(close.range))
        default:
            throw Diagnostic(.syntax(expected: "a value", found: token.description), at: token.range,
                             hint: "a value is a number (with a unit: 10 ms), a name, a function call or ( expression )")
        }
    }

    /// A unit written right after a number binds to it: `20 ms`, `2 cm^2`.
    private mutating func unitIfPresent(after value: Double, _ range: SourceRange) throws -> Expression {
        guard case .identifier(let name) = peek.kind else { return Expression(.number(value), range) }
        guard Units.lookup(name) != nil else {
            // `run 500 dt = 0.1`, `with I = 0 in v = ...`: the name starts an option or a clause, not a unit;
            // `var g = 0 per post`: a synapse variable's scope; `w = 1 as AB`: a projection's name; `n = 50 for 1 s`: fi's duration.
            if case .symbol("=") = peekNext.kind { return Expression(.number(value), range) }
            if name == "per" || name == Parser.projectionNameWord || name == Parser.durationWord || Parser.clauseWords.contains(name) || Parser.connectWords.contains(name)
                || Parser.trainingWords.contains(name) {
                return Expression(.number(value), range)
            }
            throw Diagnostic(.notAUnit(name: name), at: peek.range,
                             hint: Units.suggestion(for: name).map { "did you mean \($0)?" } ?? "write * to multiply by a name: \(Parser.format(value)) * \(name)")
        }
        var end = advance().range
        var power = 1
        if check("^") {
            let caret = advance().range
            let negative = match("-")
            let token = advance()
            guard case .number(let exponent) = token.kind, exponent == exponent.rounded(), exponent <= 12 else {
                throw Diagnostic(.outOfRange(what: "a unit's power", value: nil, valid: "must be a whole number from -12 to 12"), at: range.union(caret).union(token.range))
            }
            end = token.range
            power = negative ? -Int(exponent) : Int(exponent)
        }
        return Expression(.quantity(value, unit: name, power: power), range.union(end))
    }

    package static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// `population P = ...` (not `population = ...`): a statement that cannot be a model item.
    /// (`reset` is both: a model's reset block, and the statement that restarts the clock.)
    var startsTopLevelStatement: Bool {
        guard case .identifier(let word) = peek.kind, word != "reset", Parser.statementKeywords.contains(word) else { return false }
        if case .symbol(let next) = peekNext.kind, next == "=" || next == "." || next == "/" { return false }
        return true
    }

    // MARK: - Token helpers

    package var peek: Token { tokens[current] }
    var peekNext: Token { current + 1 < tokens.count ? tokens[current + 1] : tokens[tokens.count - 1] }
    package var isAtEnd: Bool { if case .end = peek.kind { return true } else { return false } }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[current]
        if !isAtEnd { current += 1 }
        return token
    }

    func check(_ symbol: String) -> Bool {
        if case .symbol(symbol) = peek.kind { return true } else { return false }
    }

    package mutating func match(_ symbol: String) -> Bool {
        guard check(symbol) else { return false }
        advance()
        return true
    }

    package mutating func match(_ kind: Token.Kind) -> Bool {
        guard peek.kind == kind else { return false }
        advance()
        return true
    }

    mutating func matchWord(_ word: String) -> Bool {
        guard case .identifier(word) = peek.kind else { return false }
        advance()
        return true
    }

    @discardableResult
    mutating func expect(_ symbol: String, _ context: String) throws -> Token {
        guard check(symbol) else {
            throw Diagnostic(.syntax(expected: "'\(symbol)' \(context)", found: peek.description), at: peek.range)
        }
        return advance()
    }

    /// A name; `keywords` are the words that may follow in this place, so a missing name
    /// is reported where it is missing instead of the keyword being taken for it.
    mutating func identifier(_ what: String, notOneOf keywords: Set<String> = []) throws -> (String, SourceRange) {
        let token = peek
        guard case .identifier(let name) = token.kind, !keywords.contains(name) else {
            throw Diagnostic(.syntax(expected: "\(what)", found: token.description), at: token.range)
        }
        advance()
        return (name, token.range)
    }

    mutating func endOfStatement() throws {
        if isAtEnd || match(.newline) { return }
        throw Diagnostic(.unexpected(found: peek.description, place: "at the end of the statement"), at: peek.range,
                         hint: "one statement per line; the statement before it is complete")
    }

    /// Skips the rest of a broken statement, including a whole `{ ... }` body it opened.
    private mutating func synchronize() {
        var depth = 0
        while !isAtEnd {
            if check("{") { depth += 1 }
            if check("}") { depth = max(0, depth - 1) }
            if case .newline = peek.kind, depth == 0 { advance(); return }
            advance()
        }
    }

    mutating func skipToLineEnd() {
        while !isAtEnd, !check("}") {
            if case .newline = peek.kind { advance(); return }
            advance()
        }
    }
}
