/// The syntax tree of model text, as written, with source positions.
/// Names are not resolved and units are not checked here (see Model/).

public struct Expression: Sendable, Hashable {
    public indirect enum Kind: Sendable, Hashable {
        case number(Double)
        /// A number with a unit written right after it: `20 ms`, `1 uF` (the rest of `1 uF/cm^2` is ordinary arithmetic).
        case quantity(Double, unit: String, power: Int)
        case string(String)
        case name(String)
        case member(Expression, String)                // Exc.V
        case index(Expression, Slice)                  // Exc.V[0:5], Exc.V[2]
        case call(String, [Expression])                // exp(x), rate(Exc)
        case unary(UnaryOperator, Expression)
        case binary(BinaryOperator, Expression, Expression)
    }

    public var kind: Kind
    public var range: SourceRange
    /// Levels of nesting below this node; the parser refuses trees that would exhaust the stack.
    public let depth: Int

    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
        depth = Expression.depth(of: kind)
    }

    private static func depth(of kind: Kind) -> Int {
        switch kind {
        case .number, .quantity, .string, .name: return 1
        case .member(let a, _): return a.depth + 1
        case .index(let a, let slice):
            switch slice {
            case .single(let i): return max(a.depth, i.depth) + 1
            case .range(let lo, let hi): return max(a.depth, lo?.depth ?? 0, hi?.depth ?? 0) + 1
            }
        case .call(_, let args): return (args.map(\.depth).max() ?? 0) + 1
        case .unary(_, let a): return a.depth + 1
        case .binary(_, let a, let b): return max(a.depth, b.depth) + 1
        }
    }
}

public enum UnaryOperator: String, Sendable, Hashable {
    case negate = "-"
    case not = "not"
}

public enum BinaryOperator: String, Sendable, Hashable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", power = "^"
    case less = "<", greater = ">", lessEqual = "<=", greaterEqual = ">=", equal = "==", notEqual = "!="
    case and = "and", or = "or"

    public var isComparison: Bool {
        switch self {
        case .less, .greater, .lessEqual, .greaterEqual, .equal, .notEqual: return true
        default: return false
        }
    }

    public var isLogical: Bool { self == .and || self == .or }
}

/// `[a]` or `[a:b]` (either bound may be left out: `[:5]`, `[2:]`).
public enum Slice: Sendable, Hashable {
    case single(Expression)
    case range(Expression?, Expression?)
}

/// `name = value`, as in `param tau = 10 ms` or a population override.
public struct Binding: Sendable, Hashable {
    public var name: String
    public var value: Expression
    public var range: SourceRange
}

/// `V = Vreset`, `u += d` inside `reset { }`.
public struct Assignment: Sendable, Hashable {
    public enum Operator: String, Sendable, Hashable { case set = "=", add = "+=", subtract = "-=", multiply = "*=", divide = "/=" }
    public var target: String
    public var op: Operator
    public var value: Expression
    public var range: SourceRange
}

public enum ModelKind: String, Sendable, Hashable { case neuron, system }

public enum ModelItem: Sendable, Hashable {
    case parameters([Binding])
    case variables([Binding])
    case inputs([Binding])
    case intermediate(Binding)
    case derivative(Binding)                 // the binding's name is the variable: dV/dt = ...
    case fractional(FractionalDerivative)    // d^alpha x/dt^alpha = ...
    /// `history x = expression of t`: x before the population's first step, for `x(t - d)`.
    case history(Binding)
    case spike(Expression)
    case reset([Assignment], SourceRange)
    case refractory(Expression)
    /// `use INa_HH1952, IK_HH1952(g_max = 30 mS/cm^2)`: channels whose currents the neuron sums (AST+Channel.swift).
    case use([ChannelUse])
}

public struct ModelDeclaration: Sendable, Hashable {
    public var kind: ModelKind
    public var name: String
    public var items: [ModelItem]
    public var range: SourceRange

    package init(kind: ModelKind, name: String, items: [ModelItem], range: SourceRange) {
        self.kind = kind
        self.name = name
        self.items = items
        self.range = range
    }
}

public struct PopulationDeclaration: Sendable, Hashable {
    public var name: String
    public var model: String
    public var modelRange: SourceRange
    public var size: Expression
    public var overrides: [Binding]
    public var range: SourceRange
}

/// `Exc.V`, `Exc.V[0:5]`, `Exc.spikes` as a statement target.
public struct FieldReference: Sendable, Hashable {
    public var population: String
    public var field: String
    public var slice: Slice?
    public var range: SourceRange
    /// `mean(P.V[0:5])`: the field reduced over its neurons (`record`, `plot` and `export` only).
    public var reduction: Reduction?
    /// `mean(E.V - E.El)`: an expression of one population's fields, reduced; `field` is then its
    /// text as `ExpressionText` writes it, by which `plot` and `export` find the recording.
    public var expression: Expression?

    package init(population: String, field: String, slice: Slice?, range: SourceRange, reduction: Reduction? = nil,
                 expression: Expression? = nil) {
        self.population = population
        self.field = field
        self.slice = slice
        self.range = range
        self.reduction = reduction
        self.expression = expression
    }
}

public struct RunStatement: Sendable, Hashable {
    public var duration: Expression
    public var options: [Binding]
    public var range: SourceRange
}

public enum Statement: Sendable, Hashable {
    /// `reset`: model time back to 0 and every value back to its initial one; connections stay.
    case reset(SourceRange)
    /// `delete NAME`: a population and everything about it, or a model or synapse nothing uses.
    case delete(name: String, nameRange: SourceRange, SourceRange)
    /// `store [NAME]`: the network, its clock and every value, kept under NAME (`default` when left out).
    case store(name: String, SourceRange)
    /// `restore [NAME]`: back to what `store NAME` kept. `nameRange` is the keyword's when NAME is left out,
    /// so that an unknown name is shown where it was typed.
    case restore(name: String, nameRange: SourceRange, SourceRange)
    case model(ModelDeclaration)
    case synapse(SynapseDeclaration)
    case channel(ChannelDeclaration)
    case population(PopulationDeclaration)
    case connect(ConnectStatement)
    case assign(FieldReference, Expression)
    case record([FieldReference], every: Expression?, SourceRange)
    /// `record rate(P) window 5 ms`: P's spikes, and the bin width of its population rate.
    case recordRate(population: String, populationRange: SourceRange, window: Expression, SourceRange)
    case run(RunStatement)
    case print([Expression], SourceRange)
    /// `plot ...` and the options after it (none written: `PlotOptions()`).
    case plot(PlotRequest, PlotOptions, SourceRange)
    /// `export svg "file.svg"`: the last figure; `export csv "v.csv" P.V[0:5]`: a recording.
    case export(ExportRequest)
    /// `fixedpoints MODEL [with ...] [fix ...] [in v = [a, b], ...]`.
    case fixedpoints(AnalysisRequest)
    /// `phaseplane MODEL x = v in [a, b] [y = w in [c, d]] [fix ...] [from (v0, w0), ...] [with ...]`.
    case phaseplane(AnalysisRequest)
    /// `bifurcation MODEL vary P in [a, b][, Q in [c, d]] [show X] [with ...] [fix ...]`.
    case bifurcation(AnalysisRequest)
    /// `linearize MODEL at (v = ..., w = ...) | at fixedpoints [with ...] [fix ...] [in ...]`: the Jacobian's spectrum.
    case linearize(AnalysisRequest)
    /// `couple P.x -> P.I weight = expression of i, j, N`: dense coupling.
    case couple(CouplingDeclaration)
    /// `readout Z = R.r [features nvar(...)]`.
    case readout(ReadoutDeclaration)
    /// `train Z to P.x, ... [ahead T] [in [a, b]] by ridge(...) | force(...)`.
    case train(TrainStatement)
    /// `forecast Z in [a, b] [lyapunov = λ, threshold = e]`.
    case forecast(ForecastStatement)
    /// `task D = decision(coherences = [...], ...)`: trials that drive populations and targets to train them to.
    case task(TaskDeclaration)
    /// `network EI(NE = 3200) { ... }`: a reusable network (AST+NetworkDefinition).
    case networkDefinition(NetworkDefinition)
    /// `network V1 = EI(NE = 4000)`; `sweep W = EI(p in [...])` is one too, with its swept parameters.
    case networkInstance(NetworkInstance)
    /// `fi MODEL I in [a, b] n = 50 for 1 s`: an f–I curve (AST+Sweep).
    case fiCurve(FICurveRequest)
}

/// What a `plot` statement asks for.
public enum PlotRequest: Sendable, Hashable {
    /// `plot raster A, B[0:100]`: spikes, one colour per population; each a `P.spikes[slice]` reference.
    case raster([FieldReference], SourceRange)
    /// `plot A.V[0:5], A.w`: recorded state against time.
    case traces([FieldReference])
    /// `plot O.v vs O.w`: one recorded variable against another of the same neurons and samples.
    case xy(FieldReference, FieldReference)
    /// `plot rate E`: the population rate in the bins `record rate(E) window T` set.
    case rate(String, SourceRange)
    /// `plot isi E` or `plot cv E[0:10]`: a histogram of recorded spikes' statistics; a `P.spikes[slice]` reference.
    case spikeStatistic(SpikeStatistic, FieldReference)
    /// `plot hist AB.w` or `plot hist P.x density = EXPR`: the values of a projection's synapses or
    /// a population's neurons now, counted in bins; with a density (an expression of the field's
    /// name), drawn as a density beside that curve.
    case histogram(FieldReference, density: Expression?)
}

/// What `plot isi` and `plot cv` count.
public enum SpikeStatistic: String, Sendable, Hashable, CaseIterable {
    /// Inter-spike intervals, all neurons pooled.
    case isi
    /// The coefficient of variation of each neuron's intervals (std / mean), one value per neuron with two or more.
    case cv
}

extension Statement {
    /// Where the statement was written, for diagnostics that concern all of it.
    public var range: SourceRange {
        switch self {
        case .model(let d): return d.range
        case .population(let d): return d.range
        case .synapse(let d): return d.range
        case .channel(let d): return d.range
        case .connect(let c): return c.range
        case .assign(let f, let v): return f.range.union(v.range)
        case .record(_, _, let r), .recordRate(_, _, _, let r), .print(_, let r), .plot(_, _, let r): return r
        case .export(let request): return request.range
        case .run(let r): return r.range
        case .fixedpoints(let r), .phaseplane(let r), .bifurcation(let r), .linearize(let r): return r.range
        case .couple(let d): return d.range
        case .readout(let d): return d.range
        case .train(let t): return t.range
        case .forecast(let f): return f.range
        case .task(let t): return t.range
        case .networkDefinition(let d): return d.range
        case .networkInstance(let d): return d.range
        case .fiCurve(let r): return r.range
        case .reset(let r), .delete(_, _, let r), .store(_, let r), .restore(_, _, let r): return r
        }
    }
}
