import Foundation

/// `soma check` and `soma emit`: a file's statements applied up to running them.
/// Definitions, populations, connections, values and recordings build the network;
/// each `run` is checked, its connections drawn (check) or its network lowered
/// to C (emit), but nothing is simulated; prints,
/// plots and analyses are left for `soma run`. Every statement is tried, so one
/// check reports every error that does not follow from an earlier one.
public enum NetworkCheck {
    public struct Checked: Sendable {
        public var network: NetworkDescription
        public var diagnostics: [Diagnostic]
    }

    /// The C one `run` statement compiles, with the notes a run would print about it.
    public struct EmittedUnit: Sendable {
        public var line: Int
        public var notes: [String]
        public var source: String
    }

    public struct Emitted: Sendable {
        public var units: [EmittedUnit]
        public var diagnostics: [Diagnostic]
    }

    public static func check(_ source: String) -> Checked {
        var runs: [RunDescription] = []
        let interpreter = Interpreter()
        let diagnostics = walk(source, interpreter) { statement in
            let prepared = try interpreter.prepare(statement)
            if let seed = prepared.options.seed { interpreter.seed = seed }
            try interpreter.prepareProjections(dt: prepared.options.dt, at: statement.range)
            runs.append(describe(prepared, statement, interpreter))
        }
        return Checked(network: interpreter.describeNetwork(runs: runs), diagnostics: diagnostics)
    }

    public static func emit(_ source: String) -> Emitted {
        var units: [EmittedUnit] = []
        let interpreter = Interpreter()
        let diagnostics = walk(source, interpreter) { statement in
            let prepared = try interpreter.prepare(statement)
            var notes: [String] = []
            let plan = interpreter.networkPlan(prepared.options) { if case .info(let note) = $0 { notes.append(note) } }
            units.append(EmittedUnit(line: statement.range.start.line, notes: notes, source: NetworkCodegen.generate(plan).source))
        }
        return Emitted(units: units, diagnostics: diagnostics)
    }

    /// Applies the statements that build the network and hands each `run` to `onRun`; returns every diagnostic.
    private static func walk(_ source: String, _ interpreter: Interpreter, onRun: (RunStatement) throws -> Void) -> [Diagnostic] {
        let statements: [Statement]
        do {
            statements = try Parser.parse(source)
        } catch let list as DiagnosticList {
            return list.diagnostics
        } catch {
            return [Diagnostic("\(error)", at: SourceRange(SourcePosition(line: 1, column: 1, offset: 0)))]
        }
        var diagnostics: [Diagnostic] = []
        for statement in statements {
            do {
                switch statement {
                case .model, .synapse, .population, .connect, .assign, .record, .couple:
                    try interpreter.execute(statement, source: source) { _ in }
                case .run(let run):
                    try onRun(run)
                case .print, .plot, .export, .fixedpoints, .phaseplane, .bifurcation, .linearize:
                    continue
                }
            } catch {
                diagnostics.append(error as? Diagnostic ?? Diagnostic("\(error)", at: interpreter.range(of: statement)))
            }
        }
        return diagnostics
    }

    private static func describe(_ run: Interpreter.PreparedRun, _ statement: RunStatement, _ interpreter: Interpreter) -> RunDescription {
        let options = run.options
        let timeUnit = interpreter.timeUnit(run.timeDimension)
        var described = ["dt = " + Interpreter.quantityText(options.dt, timeUnit)]
        if let method = options.method {
            described.append("method = \(method.name)")
        } else {
            let chosen = interpreter.populations.map { "\($0.name): \(IntegrationMethod.defaultChoice(for: $0.model).0.name)" }
            described.append("method = default (" + chosen.joined(separator: ", ") + ")")
        }
        described.append("precision = \(options.precision.rawValue)")
        if let seed = options.seed { described.append("seed = \(seed)") }
        described.append("jit = \(options.jit.rawValue)")
        if let threads = options.threads { described.append("threads = \(threads)") }
        return RunDescription(line: statement.range.start.line, duration: Interpreter.quantityText(run.duration, timeUnit),
                              options: described)
    }
}
