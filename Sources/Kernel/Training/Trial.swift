/// One trial of a task: the inputs at each step and the class wanted there (what `train ... by
/// bptt(loss = cross_entropy)` fits and `accuracy` scores).
public struct Trial: Sendable, Equatable {
    /// steps × channels, row-major.
    public var inputs: [Double]
    /// The class wanted at each step; `Trial.unscored` where the step is not scored.
    public var labels: [Int]
    /// The class a correct trial answers at its last step.
    public var answer: Int

    public static let unscored = -1

    public init(inputs: [Double], labels: [Int], answer: Int) {
        self.inputs = inputs
        self.labels = labels
        self.answer = answer
    }

    public var steps: Int { labels.count }
}
