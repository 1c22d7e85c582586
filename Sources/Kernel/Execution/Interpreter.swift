import Analysis
import Foundation
import JIT
import Language
import Network
import Output
import Plot
import Runtime
import Support
import Symbolic

/// One session's cells, executed in order: statements that build the network
/// go to `NetworkBuilder`, runs to `Runner`, prints, plots and analyses read
/// the network and its state. A session (or a file run headless) is one
/// interpreter fed one cell after another.
public final class Interpreter: @unchecked Sendable {
    public private(set) var network = Network()
    /// What built `network`: a redefinition, a deletion or a reset changes it, and the network is rebuilt from it.
    private var history = NetworkHistory()
    /// Names the cell being executed defined: defined twice in one cell is a mistake; in a later cell, the second replaces the first.
    private var definedInThisCell: Set<String> = []
    public private(set) var state = NetworkState()
    /// `store NAME`: what `restore NAME` goes back to.
    private var stored: [String: (history: NetworkHistory, network: Network, state: NetworkState)] = [:]
    /// `readout` definitions and what `train` fitted to them.
    var readouts: [String: ReadoutState] = [:]
    /// `task` definitions, their trials and the couplings from them.
    var tasks: [String: TaskState] = [:]
    /// The last diagram in one parameter and the model it is of: what `from branch N point M` points into.
    var lastDiagram: (model: String, diagram: BifurcationDiagram)?
    /// The figure `export svg` writes.
    public internal(set) var lastFigure: Figure?
    let cache: CodeCache
    /// Called between chunks of a run and between batches of a training; return false to interrupt.
    public var progress: (@Sendable (Int64, Int64) -> Bool)?
    /// What the progress is of, beside the steps: a training's epoch and its last epoch's loss; nil for a run.
    public internal(set) var progressNote: String?
    /// Called when a `plot` starts building its figure, which for long recordings takes a while.
    public var preparingFigure: (() -> Void)?
    /// Steps per chunk (results do not depend on it; smaller keeps interrupts snappy).
    public var stepsPerChunk: Int64 = 2000
    /// The optimising tier's compiler and cache (`jit = cc | auto`); nil: none, every run uses tcc.
    public var nativeToolchain: NativeToolchain? = .system()
    /// The GPU runs go to (`soma kernel --device cuda`); nil: this machine's CPU.
    public var gpu: CUDASession?

    public init(cache: CodeCache = CodeCache()) {
        self.cache = cache
    }

    /// Parses and executes `source`. Stops at the first error, which ends the outputs.
    public func execute(_ source: String) -> [Output] {
        var outputs: [Output] = []
        execute(source) { outputs.append($0) }
        return outputs
    }

    /// Executes `source`, handing each output to `emit` as soon as it exists, so a
    /// kernel can send results (and the method a run chose) while a long run still goes.
    public func execute(_ source: String, emit: (Output) -> Void) {
        definedInThisCell = []
        let statements: [Statement]
        do {
            statements = try Parser.parse(source)
        } catch let list as DiagnosticList {
            return list.diagnostics.map(Output.error).forEach(emit)
        } catch {
            return emit(.error(Diagnostic(.external("\(error)"), at: SourceRange(SourcePosition(line: 1, column: 1, offset: 0)))))
        }
        for statement in statements {
            do {
                try execute(statement, source: source, emit: emit)
            } catch {
                return DiagnosticList(error, fallback: statement.range).diagnostics.map(Output.error).forEach(emit)
            }
        }
    }

    func execute(_ statement: Statement, source: String, emit: (Output) -> Void) throws {
        switch statement {
        case .fixedpoints, .phaseplane, .bifurcation, .fiCurve, .linearize, .train, .forecast: try BLAS.require()
        default: break
        }
        switch statement {
        case .record(let fields, let every, let range):
            do {
                try buildSummarising(statement, emit)
            } catch let list as DiagnosticList {
                // A bad field fails alone: the others are recorded, and recorded once when the corrected statement runs again.
                let good = fields.filter { field in !list.diagnostics.contains { field.range.start <= $0.range.start && $0.range.start < field.range.end } }
                if !good.isEmpty, good.count < fields.count { try buildSummarising(.record(good, every: every, range), emit) }
                throw list
            }
        case .couple(let declaration) where couplesTask(statement):
            emit(.defined(try coupleTask(declaration)))
        case .model, .synapse, .channel, .population, .connect, .assign, .recordRate, .couple, .networkDefinition, .networkInstance:
            try buildSummarising(statement, emit)
        case .run(let run):
            let settings = try RunSettings(run, network: network)
            let undrawn = state.projections.indices.filter { !state.projections[$0].isBuilt }
            defer { synapseCounts(drawnAmong: undrawn).forEach(emit) }
            do {
                emit(.run(try runner.run(settings, at: run.range) { emit(.info($0)) }))
            } catch let left as MembersLeftStopped {
                emit(.run(left.summary))
                throw DiagnosticList(left.diagnostics)
            }
        case .print(let expressions, _):
            try state.realizeInitialValues(of: network)
            if let sweep = sweep(namedIn: expressions) { return try sweepTables(sweep, expressions, source: source).forEach(emit) }
            for expression in expressions {
                emit(try PrintEvaluator(interpreter: self, source: source).output(for: expression))
            }
        case .plot(let request, let options, _):
            preparingFigure?()
            emitRemembering(.figure(try applying(options, to: try figure(for: request))), emit)
        case .export(let request):
            emit(try export(request))
        case .fixedpoints(let request):
            try fixedPoints(request).forEach { emitRemembering($0, emit) }
        case .phaseplane(let request):
            emitRemembering(.figure(try phasePlane(request)), emit)
        case .bifurcation(let request):
            let (figure, tables) = try bifurcation(request)
            emitRemembering(.figure(figure), emit)
            tables.forEach { emit(.table($0)) }
        case .fiCurve(let request):
            try fiCurve(request).forEach { emitRemembering($0, emit) }
        case .linearize(let request):
            try linearize(request).forEach { emitRemembering($0, emit) }
        case .readout(let declaration):
            emit(.defined(try defineReadout(declaration)))
        case .train(let statement):
            do {
                try train(statement).forEach { emitRemembering($0, emit) }
            } catch let stopped as TrainingInterrupted {
                stopped.outputs.forEach { emitRemembering($0, emit) }
                throw stopped.diagnostic
            }
        case .forecast(let statement):
            try forecast(statement).forEach { emitRemembering($0, emit) }
        case .task(let declaration):
            emit(.defined(try defineTask(declaration)))
        case .reset:
            history = history.atTimeZero()
            network = try history.rebuilt()
            state.restart(for: network)
            emit(.info("reset: t = 0, every value back to its initial one, connections kept"))
        case .delete(let name, let nameRange, _):
            emit(.info(try delete(name, at: nameRange)))
        case .store(let name, _):
            stored[name] = (history, network, state.copy())
            emit(.info("stored \(name) at \(clock)"))
        case .restore(let name, let range, _):
            guard let snapshot = stored[name] else {
                throw Diagnostic(.unknown(kind: "stored state", name: name), at: range,
                                 hint: stored.isEmpty ? "store it first: store \(name)" : "stored: " + stored.keys.sorted().joined(separator: ", "))
            }
            (history, network, state) = (snapshot.history, snapshot.network, snapshot.state.copy())
            emit(.info("restored \(name): \(clock)"))
        }
    }

    /// Builds `statement` and says what it defined.
    private func buildSummarising(_ statement: Statement, _ emit: (Output) -> Void) throws {
        let (projections, inputs) = (network.projections.count, network.poissonInputs.count)
        try build(statement)
        DefinitionSummary.lines(for: statement, in: network, projections: network.projections.dropFirst(projections),
                                inputs: network.poissonInputs.dropFirst(inputs)).map(Output.defined).forEach(emit)
    }

    /// `t = 250 ms`: the session's model time, in the network's unit.
    private var clock: String { "t = " + TimeText.format(state.time, network.timeDimensions.first ?? .one) }

    /// Applies a building statement; the network changes only when it succeeds. A model, synapse or
    /// population defined again in a later cell replaces the first definition, as re-running a cell does,
    /// and what was built on it is built again.
    func build(_ statement: Statement) throws {
        defer { if let name = statement.definedName { definedInThisCell.insert(name) } }
        if let name = statement.definedName, !definedInThisCell.contains(name), let changed = history.replacing(name, with: statement) {
            return try adopt(changed, fresh: freshNames(name))
        }
        network = try history.apply(statement, to: network, time: state.time)
        state.update(for: network)
    }

    /// What starts over when `name` is defined again: itself, and the populations and projections of the
    /// instance (or the sweep's members) it names or of every instance of the network definition it names.
    private func freshNames(_ name: String) -> Set<String> {
        let members = Set(network.sweeps.filter { $0.name == name }.flatMap { $0.members.map(\.instance) })
        let prefixes = network.instances.filter { $0.name == name || $0.definition == name || members.contains($0.name) }.map { $0.name + "." }
        let held = (network.populations.map(\.name) + network.projections.map(\.name)).filter { n in prefixes.contains { n.hasPrefix($0) } }
        return Set([name] + held)
    }

    /// A population and everything about it, or a definition nothing uses.
    private func delete(_ name: String, at range: SourceRange) throws -> String {
        if network.population(named: name) != nil {
            try adopt(history.deletingPopulation(name, of: network), fresh: [])
            return "deleted population \(name) and its connections, inputs and recordings"
        }
        guard history.defines(name) else {
            let known = network.populations.map(\.name) + network.models.keys.sorted() + network.synapses.keys.sorted()
            throw Diagnostic(.unknown(kind: "population, model or synapse", name: name), at: range,
                             hint: known.isEmpty ? "nothing is defined yet" : "defined: " + known.joined(separator: ", "))
        }
        let users = history.users(of: name)
        guard users.isEmpty else {
            throw Diagnostic(.inUse(name: name, users: users), at: range,
                             hint: "delete " + users.joined(separator: ", ") + " first")
        }
        try adopt(history.deletingDefinition(name), fresh: [])
        return "deleted \(name)"
    }

    /// Takes a changed history if the network it builds builds; its state keeps what did not change.
    private func adopt(_ changed: NetworkHistory, fresh: Set<String>) throws {
        let rebuilt = try changed.rebuilt()
        state.carry(from: network, to: rebuilt, fresh: fresh)
        (history, network) = (changed, rebuilt)
    }

    /// Weights `train ... by bptt` fitted, in the history (so that `reset` and rebuilds keep them), the network and the state.
    func adoptTrainedWeights(_ weights: [(coupling: Int, weightIndex: Int, matrix: Matrix)], population p: Int) {
        for trained in weights {
            history.train(coupling: trained.coupling, weights: trained.matrix)
            network.setTrainedWeights(ofCoupling: trained.coupling, trained.matrix)
            state.populations[p].setDenseWeights(trained.weightIndex, trained.matrix)
        }
    }

    /// A population's parameter as training left it, for every later statement and through rebuilds.
    func adoptTrainedParameter(_ name: String, value: Double, population p: Int) {
        history.train(parameter: name, ofPopulation: network.populations[p].name, value: value)
        network.setTrainedParameter(name, ofPopulation: network.populations[p].name, value)
    }

    var runner: Runner {
        Runner(network: network, state: state, cache: cache, nativeToolchain: nativeToolchain, stepsPerChunk: stepsPerChunk,
               progress: progress, gpu: gpu)
    }

    /// Emits an output, keeping a figure as the one `export` writes. The figure kept is
    /// whole, so an SVG at any size is drawn from every event; the one emitted is reduced
    /// to what a screen shows, so millions of spikes do not cross to the workbench.
    private func emitRemembering(_ output: Output, _ emit: (Output) -> Void) {
        guard case .figure(let figure) = output else { return emit(output) }
        lastFigure = figure
        emit(.figure(figure.reducedForDisplay()))
    }

    /// The values of a population's state variable, by names.
    public func buffer(_ variable: String, of population: String) -> StateBuffer? {
        network.populationIndex(named: population).flatMap { state.populations[$0].state[variable] }
    }

    /// The index of a population a statement names, or a diagnostic naming those that exist.
    func populationIndex(_ name: String, at range: SourceRange) throws -> Int {
        try network.populationIndex(name, at: range)
    }
}
