import Foundation
import Plot

/// Executes statements against one live network: definitions, populations,
/// initial values, drives, recordings, runs and prints. A session (or a file
/// run headless) is one interpreter fed one cell after another.
public final class Interpreter: @unchecked Sendable {
    public internal(set) var models: [String: NeuronModel] = [:]
    var modelRanges: [String: SourceRange] = [:]
    public internal(set) var synapses: [String: SynapseModel] = [:]
    var synapseRanges: [String: SourceRange] = [:]
    public internal(set) var projections: [Projection] = []
    public internal(set) var poissonInputs: [PoissonInput] = []
    public internal(set) var populations: [Population] = []
    public internal(set) var spikeRecords: [String: SpikeRecord] = [:]
    public internal(set) var stateRecords: [StateRecord] = []
    var recordEvery: [Double?] = []
    /// Model time since the first run (seconds, or model units for dimensionless models).
    public internal(set) var time: Double = 0
    var step: Int64 = 0
    /// Every dt a run has used: recorded times lie on the grid they make.
    var timeSteps: Set<Double> = []
    public internal(set) var seed: UInt64 = 0
    var pendingInitialValues: [PendingInitialValue] = []
    /// The figure `export svg` writes.
    public internal(set) var lastFigure: Figure?
    var assignmentCount: UInt32 = 0
    /// `couple` statements, resolved: dense weight matrices inside populations.
    public internal(set) var couplings: [DenseCoupling] = []
    let cache: CodeCache
    /// Called between chunks of a run; return false to interrupt.
    public var progress: (@Sendable (Int64, Int64) -> Bool)?
    /// Steps per chunk (results do not depend on it; smaller keeps interrupts snappy).
    public var stepsPerChunk: Int64 = 2000
    /// The optimising tier's compiler and cache (`jit = cc | auto`); nil: none, every run uses tcc.
    public var nativeToolchain: NativeToolchain? = .system()

    struct PendingInitialValue {
        var population: Population
        var variable: String
        var value: Expr
        var stream: UInt32
    }

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
        let statements: [Statement]
        do {
            statements = try Parser.parse(source)
        } catch let list as DiagnosticList {
            return list.diagnostics.map(Output.error).forEach(emit)
        } catch {
            return emit(.error(Diagnostic("\(error)", at: SourceRange(SourcePosition(line: 1, column: 1, offset: 0)))))
        }
        for statement in statements {
            do {
                try execute(statement, source: source, emit: emit)
            } catch {
                return emit(.error(error as? Diagnostic ?? Diagnostic("\(error)", at: range(of: statement))))
            }
        }
    }

    func execute(_ statement: Statement, source: String, emit: (Output) -> Void) throws {
        switch statement {
        case .model(let declaration):
            try define(declaration)
        case .synapse(let declaration):
            try define(declaration)
        case .population(let declaration):
            try createPopulation(declaration)
        case .connect(let statement):
            try connect(statement)
        case .assign(let field, let value):
            try assign(field, value)
        case .record(let fields, let every, _):
            try record(fields, every: every)
        case .run(let run):
            try self.run(run, emit: emit)
        case .print(let expressions, _):
            try realizeInitialValues()
            for expression in expressions {
                emit(try PrintEvaluator(interpreter: self, source: source).output(for: expression))
            }
        case .plot(let request, _):
            let figure = try self.figure(for: request)
            lastFigure = figure
            emit(.figure(figure))
        case .export(_, let path, let range):
            emit(try exportSVG(to: path, at: range))
        case .couple(let declaration):
            try couple(declaration)
        case .fixedpoints(let request):
            try fixedPoints(request).forEach { emitRemembering($0, emit) }
        case .phaseplane(let request):
            let figure = try phasePlane(request)
            lastFigure = figure
            emit(.figure(figure))
        case .bifurcation(let request):
            let (figure, table) = try bifurcation(request)
            lastFigure = figure
            emit(.figure(figure))
            emit(.table(table))
        case .linearize(let request):
            try linearize(request).forEach { emitRemembering($0, emit) }
        }
    }

    /// Emits an output, keeping a figure as the one `export` writes.
    private func emitRemembering(_ output: Output, _ emit: (Output) -> Void) {
        if case .figure(let figure) = output { lastFigure = figure }
        emit(output)
    }

    func range(of statement: Statement) -> SourceRange {
        switch statement {
        case .model(let d): return d.range
        case .population(let d): return d.range
        case .synapse(let d): return d.range
        case .connect(let c): return c.range
        case .assign(let f, let v): return f.range.union(v.range)
        case .record(_, _, let r), .print(_, let r), .plot(_, let r), .export(_, _, let r): return r
        case .run(let r): return r.range
        case .fixedpoints(let r), .phaseplane(let r), .bifurcation(let r), .linearize(let r): return r.range
        case .couple(let d): return d.range
        }
    }

    public func population(named name: String) -> Population? {
        populations.first { $0.name == name }
    }

    func population(_ name: String, at range: SourceRange) throws -> Population {
        if let population = population(named: name) { return population }
        let known = populations.map(\.name)
        let hint = known.isEmpty ? "create one first: population \(name) = Model(N)"
            : "populations are " + known.joined(separator: ", ")
        throw Diagnostic("unknown population '\(name)'", at: range, hint: hint)
    }
}
