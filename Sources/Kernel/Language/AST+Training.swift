/// The syntax of training: readouts, `train` and `forecast`, as written.

/// `readout Z = R.r` or `readout N = L.x, L.y, L.z features nvar(delays = 2, order = 2)`: a linear map,
/// with a bias, from recorded variables (or features made of them) to outputs that `train` fits.
public struct ReadoutDeclaration: Sendable, Hashable {
    public var name: String
    public var nameRange: SourceRange
    public var sources: [FieldReference]
    /// `features nvar(...)`: nil for the sources themselves.
    public var features: FeatureClause?
    public var range: SourceRange
}

/// `nvar(delays = 2, order = 2, skip = 1)` after `features`, as written.
public struct FeatureClause: Sendable, Hashable {
    public var name: String
    public var options: [Binding]
    public var range: SourceRange
}

/// `train Z to L.x, L.y, L.z ahead 0.05 in [5, 80] by ridge(alpha = 1e-6)`: the readout's weights fitted so that
/// its outputs at t match the targets at t + ahead, over the recorded samples in the window.
public struct TrainStatement: Sendable, Hashable {
    public var readout: String
    public var readoutRange: SourceRange
    public var targets: [FieldReference]
    public var ahead: Expression?
    /// `in [a, b]`: the training window; nil: every recorded sample.
    public var window: TimeWindow?
    /// `ridge(alpha = ...)` or `force(alpha = ...)`.
    public var method: FeatureClause
    public var range: SourceRange
}

/// `in [a, b]` of `train` and `forecast`: model times, as written.
public struct TimeWindow: Sendable, Hashable {
    public var low: Expression
    public var high: Expression
    public var range: SourceRange

    package init(low: Expression, high: Expression, range: SourceRange) {
        self.low = low
        self.high = high
        self.range = range
    }
}

/// `forecast N in [15, 25] lyapunov = 0.906`: the readout run on its own outputs from the window's start,
/// against what was recorded.
public struct ForecastStatement: Sendable, Hashable {
    public var readout: String
    public var readoutRange: SourceRange
    public var window: TimeWindow
    /// `lyapunov = λ` (the largest Lyapunov exponent, per time unit) and `threshold = 0.4`.
    public var options: [Binding]
    public var range: SourceRange
}

/// `task D = decision(coherences = [0, 6.4, 12.8, 25.6, 51.2], trials = 512, seed = 1)`: a generated set of
/// trials, each a series of inputs (`D.stimulus`) and the answer wanted in each period (`D.choice`).
public struct TaskDeclaration: Sendable, Hashable {
    public var name: String
    public var nameRange: SourceRange
    /// `decision` or `evidence`.
    public var kind: String
    public var kindRange: SourceRange
    public var options: [TaskOption]
    public var range: SourceRange
}

/// `stimulus = 800 ms` or `coherences = [0, 6.4, 12.8]`: one value, or a list written in brackets.
public struct TaskOption: Sendable, Hashable {
    public var name: String
    public var values: [Expression]
    public var isList: Bool
    public var range: SourceRange
}
