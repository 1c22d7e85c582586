import Codegen
import Foundation
import Integrators
import JIT
import Language
import Lowering
import Network
import Runtime
import Support

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
        var layouts: [String: (text: String, difference: SweepDifference?)] = [:]
        let state = NetworkState()
        let (network, diagnostics) = walk(source) { network, statement in
            let settings = try RunSettings(statement, network: network)
            if let seed = settings.options.seed { state.seed = seed }
            try Runner(network: network, state: state, cache: CodeCache(), nativeToolchain: nil, stepsPerChunk: 1, progress: nil)
                .drawConnections(dt: settings.options.dt, at: statement.range)
            runs.append(describe(settings, statement, network))
            if let batch = SweepBatch.of(network, options: settings.options) { layouts[network.sweeps[0].name] = layout(batch) }
        }
        let synapses = state.projections.map { $0.isBuilt ? $0.count : nil }
        var description = NetworkDescription(network, runs: runs, synapses: synapses + Array(repeating: nil, count: network.projections.count - synapses.count))
        for s in description.sweeps.indices {
            let layout = layouts[description.sweeps[s].name]
            description.sweeps[s].layout = layout?.text
            description.sweeps[s].sideBySide = layout?.difference
        }
        return Checked(network: description, diagnostics: diagnostics)
    }

    /// A sweep's layout as `check` prints it.
    private static func layout(_ batch: Result<SweepBatch, SweepBatch.SideBySide>) -> (text: String, difference: SweepDifference?) {
        switch batch {
        case .success(let batch): return ("a batch: one compiled step for its \(batch.sweep.members.count) members", nil)
        case .failure(let sideBySide): return ("side by side, one copy of the code per member: " + sideBySide.reason, sideBySide.difference)
        }
    }

    /// The back end whose code `emit` renders.
    public enum Target: String, Sendable, CaseIterable {
        case c, cuda
    }

    public static func emit(_ source: String, target: Target = .c) -> Emitted {
        var units: [EmittedUnit] = []
        let (_, diagnostics) = walk(source) { network, statement in
            let settings = try RunSettings(statement, network: network)
            var notes: [String] = []
            let plan = NetworkPlan(network, options: settings.options) { notes.append($0) }
            var code: String
            switch target {
            case .c:
                code = NetworkCodegen.generate(plan).source
                if case .success(let batch)? = SweepBatch.of(network, options: settings.options) {
                    let members = batch.sweep.members
                    notes.append("sweep \(batch.sweep.name) runs as a batch: this one step runs its \(members.count) members, "
                                 + "compiled once (\(members[0].instance)'s names; the others read their own slots and parameters)")
                    code = batch.unit.source
                }
            case .cuda:
                code = try CUDACodegen.generate(plan).source
            }
            units.append(EmittedUnit(line: statement.range.start.line, notes: notes, source: code))
        }
        return Emitted(units: units, diagnostics: diagnostics)
    }

    /// Applies the statements that build the network and hands each `run` to `onRun`; returns the network and every diagnostic.
    private static func walk(_ source: String, onRun: (Network, RunStatement) throws -> Void) -> (Network, [Diagnostic]) {
        let statements: [Statement]
        do {
            statements = try Parser.parse(source)
        } catch let list as DiagnosticList {
            return (Network(), list.diagnostics)
        } catch {
            return (Network(), [Diagnostic(.external("\(error)"), at: SourceRange(SourcePosition(line: 1, column: 1, offset: 0)))])
        }
        var network = Network(), history = NetworkHistory()
        var diagnostics: [Diagnostic] = []
        // A task's couplings are the interpreter's, not the network's.
        var tasks: Set<String> = []
        for statement in statements {
            do {
                if case .task(let task) = statement {
                    tasks.insert(task.name)
                } else if case .couple(let couple) = statement, tasks.contains(couple.source.population) {
                    continue
                } else if NetworkBuilder.builds(statement) {
                    network = try history.apply(statement, to: network, time: 0)
                } else if case .delete(let name, _, _) = statement, network.population(named: name) != nil {
                    history = history.deletingPopulation(name, of: network)
                    network = try history.rebuilt()
                } else if case .run(let run) = statement {
                    try onRun(network, run)
                }
            } catch {
                diagnostics += DiagnosticList(error, fallback: statement.range).diagnostics
            }
        }
        return (network, diagnostics)
    }

    private static func describe(_ run: RunSettings, _ statement: RunStatement, _ network: Network) -> RunDescription {
        let options = run.options
        let timeUnit = DisplayUnit.preferred(for: run.timeDimension)
        var described = ["dt = " + Network.quantityText(options.dt, timeUnit)]
        if let method = options.method {
            described.append("method = \(method.name)")
            if case .adaptive = method {
                described += ["rtol = \(NumberText.readable(options.tolerance.relative))", "atol = \(NumberText.readable(options.tolerance.absolute))"]
            }
        } else {
            let chosen = network.populations.map { "\($0.name): \(IntegrationMethod.defaultChoice(for: $0.model).0.name)" }
            described.append("method = default (" + chosen.joined(separator: ", ") + ")")
        }
        described.append("precision = \(options.precision.rawValue)")
        if let seed = options.seed { described.append("seed = \(seed)") }
        described.append("jit = \(options.jit.rawValue)")
        if let threads = options.threads { described.append("threads = \(threads)") }
        if let memory = options.memory { described.append("memory = " + Network.quantityText(memory, timeUnit)) }
        return RunDescription(line: statement.range.start.line, duration: Network.quantityText(run.duration, timeUnit),
                              options: described)
    }
}
