import Model
import Network
import Symbolic

/// A Poisson input, lowered: per target neuron, the number of its sources that fire each step
/// (binomial in the rate) times what one source spike adds to each variable.
///
/// `rate` reads t, the target's parameters and its own constants (`PoissonRate.constant(k)`, values in the parameter
/// block); the increments read the target's names and `w`. Unlike the per-neuron expressions, these are read as
/// written (they are not made exprel-safe).
public struct PoissonInputProgram: Sendable, Hashable {
    public var target: Int
    public var rate: Expr
    public var rateConstants: Int
    public var increments: [SymbolicAssignment]
    /// The target's variables and parameters the increments read or write.
    public var targetVariables: [String]
    public var targetParameters: [String]
    /// Every state variable of the target, which is what names in the increments resolve to first.
    public var allTargetVariables: [String]
    /// The stream its draws come from.
    public var randomStream: UInt32
    /// The seed its draws use.
    public var randomSeed: DrawSeed

    init(plan: PoissonInputPlan, target model: NeuronModel) {
        let read = plan.increments.reduce(into: Set(plan.increments.map(\.variable))) { $0.formUnion($1.delta.symbols) }.union(plan.rate.symbols)
        target = plan.target
        rate = plan.rate
        rateConstants = plan.rateConstants
        increments = plan.increments.map { SymbolicAssignment($0.variable, $0.delta) }
        targetVariables = model.variables.map(\.name).filter(read.contains)
        targetParameters = model.parameters.map(\.name).filter(read.contains)
        allTargetVariables = model.variables.map(\.name)
        randomStream = plan.randomStream
        randomSeed = plan.randomSeed
    }
}
