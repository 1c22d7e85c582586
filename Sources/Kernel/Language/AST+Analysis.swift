/// The syntax of the analysis statements (`fixedpoints`, `phaseplane`, `linearize`) and of
/// dense coupling (`couple`), as written.

/// `v = [a, b]` in `fixedpoints ... in v = [a, b]`, or `x = v in [a, b]` in `phaseplane`.
public struct VariableInterval: Sendable, Hashable {
    public var variable: String
    public var low: Expression
    public var high: Expression
    public var range: SourceRange
}

/// What an analysis statement asks about: the model (or population) and the clauses
/// after it, in any order: `with p = value, ...`, `fix v = value, ...`, the region
/// (`in v = [a, b], ...` or the axes `x = v in [a, b] y = w in [c, d]`) and the
/// starting points `from (v0, w0), ...`.
public struct AnalysisRequest: Sendable, Hashable {
    public var model: String
    public var modelRange: SourceRange
    public var with: [Binding] = []
    public var fix: [Binding] = []
    public var region: [VariableInterval] = []
    public var starts: [[Expression]] = []
    /// `vary P in [a, b], ...` of `bifurcation`: the parameters to continue in, with their ranges.
    public var vary: [VariableInterval] = []
    /// `show X` of `bifurcation`: the variable on the diagram's vertical axis.
    public var show: String?
    public var showRange: SourceRange?
    /// `intervals = N` and `degree = M` of `bifurcation`: the cycles' collocation mesh, as written.
    public var intervals: NumberClause?
    public var degree: NumberClause?
    /// `at ...` of `linearize`: where the Jacobian is taken.
    public var at: LinearizationPoint?
    /// `from ...` of `bifurcation`: where the continuation starts, other than the model's state.
    public var start: ContinuationStart?
    public var range: SourceRange
}

/// `word = number` in an analysis statement: the number as written, checked where it is used.
public struct NumberClause: Sendable, Hashable {
    public var value: Double
    public var range: SourceRange

    public init(value: Double, range: SourceRange) {
        self.value = value
        self.range = range
    }
}

/// Where `bifurcation` starts, as XPPAUT's "grab" does.
public enum ContinuationStart: Sendable, Hashable {
    /// `from branch N point M`: point M (from 1, in order along it) of branch N of the last diagram
    /// in one parameter of the same model (equilibrium branches first, then those of cycles).
    case point(branch: NumberClause, point: NumberClause)
    /// `from orbit`: the limit cycle that the analysed population's recorded run ends on.
    case orbit(range: SourceRange)
    /// `from P at I = 10`: the equilibrium near neuron 0's current state of population P, with the
    /// varied parameters named after `at` set there (the others at their values in the analysed system).
    case population(name: String, range: SourceRange, at: [Binding])
}

extension ContinuationStart {
    public var range: SourceRange {
        switch self {
        case .point(let branch, let point): return branch.range.union(point.range)
        case .orbit(let range): return range
        case .population(_, let range, let at): return at.reduce(range) { $0.union($1.range) }
        }
    }
}

/// Where `linearize` takes the Jacobian.
public enum LinearizationPoint: Sendable, Hashable {
    /// `at (v = -1.2, w = -0.6)`: variables not named keep their initial values.
    case state([Binding])
    /// `at fixedpoints`: every equilibrium that `fixedpoints` finds with the same clauses.
    case fixedPoints
}

/// `couple R.r -> R.I weight = (J0 + J1*cos(2*pi*(i - j)/N)) / N`: every neuron i of the
/// target adds sum over j of weight(i, j) * source variable of neuron j into its input.
public struct CouplingDeclaration: Sendable, Hashable {
    public var source: FieldReference
    public var target: FieldReference
    public var weight: Expression
    /// `p = 0.1`: each weight present with this probability, the others 0.
    public var probability: Expression?
    /// `delay = 5 ms`: the source variable read that long ago.
    public var delay: Expression?
    public var range: SourceRange
}
