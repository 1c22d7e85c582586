import Language
import Model
import Symbolic

/// Dense coupling (`couple S.x -> P.I weight = ...`): the input of target neuron i receives the sum
/// over source neurons j of W[i, j] times the source's variable of neuron j. Source and target may be
/// one population (a recurrent rate network) or two (a reservoir driven by another system).
public struct DenseCoupling: Sendable {
    /// The population whose variable is read.
    public var source: String
    /// The target: its input receives W·x; it holds the weights and the accumulator.
    public var population: String
    public var variable: String
    public var input: String
    /// The target's variable that holds W·x each step, added to the input (zero in analysis, where W·x is added exactly).
    public var accumulator: String
    public var weights: CouplingWeights
    /// `delay = d`: x_j(t - d), from the source's history of the variable.
    public var delay: DelayedRead?
    public var range: SourceRange

    public var isRecurrent: Bool { source == population }
}

/// A coupling's weight matrix, target size × source size (row i: target neuron i), in SI.
public enum CouplingWeights: Sendable {
    /// A deterministic expression of i and j, evaluated when the statement is built.
    case fixed(Matrix)
    /// An expression that draws random numbers: drawn with the values' seed, from the statement's own stream,
    /// row by row, when initial values are (`NetworkState.realizeInitialValues`).
    case random(RandomWeights)

    public var shape: (rows: Int, columns: Int) {
        switch self {
        case .fixed(let matrix): return (matrix.rows, matrix.columns)
        case .random(let random): return (random.rows, random.columns)
        }
    }
}

/// `weight = g * randn() / sqrt(N)`, `p = 0.1`: what a random weight matrix is drawn from.
public struct RandomWeights: Sendable {
    /// Over i, j, N (the source size) and constants.
    public var weight: Expr
    /// The probability that a weight is present (the others are 0); nil: all present.
    public var probability: Double?
    public var rows: Int
    public var columns: Int
    public var stream: UInt32
    /// The seed its draws use: the run's, or a sweep member's own, mixed with its instance's name hash.
    public var seed: DrawSeed = .run

    package init(weight: Expr, probability: Double?, rows: Int, columns: Int, stream: UInt32, seed: DrawSeed = .run) {
        self.weight = weight
        self.probability = probability
        self.rows = rows
        self.columns = columns
        self.stream = stream
        self.seed = seed
    }
}
