import Language
import Model
import Symbolic

/// Dense coupling inside a population (`couple P.r -> P.I weight = ...`): the
/// input of neuron i receives the sum over j of W[i, j] times the variable of neuron j.
public struct DenseCoupling: Sendable {
    public var population: String
    public var variable: String
    public var input: String
    /// The population's variable that holds W·x each step, added to the input (zero in analysis, where W·x is added exactly).
    public var accumulator: String
    /// N × N, row = target neuron i, column = source neuron j, in SI.
    public var weights: Matrix
    /// `delay = d`: x_j(t - d), from the population's history of the variable.
    public var delay: DelayedRead?
    public var range: SourceRange
}
