import Language

/// A sweep member whose value went non-finite: it stopped there, as its run alone would, while the other members of
/// its batch ran to the end. Named as a run alone's error names it: the member's population, variable, neuron and time.
public struct StoppedMember: Sendable, Codable, Equatable {
    /// `W2`.
    public var member: String
    /// The step at which it stopped, counted from the session's start as the run's steps are.
    public var step: Int64
    /// `W2.P`.
    public var population: String
    public var variable: String
    public var neuron: Int
    /// NaN, +Inf or -Inf.
    public var value: String
    /// The time of the step, in the model's time unit.
    public var time: String

    /// `W2.P.x[0] became +Inf at t = 0.8 ms (step 8); the other members ran on`.
    public var text: String {
        "member \(member) stopped: \(population).\(variable)[\(neuron)] became \(value) at t = \(time) (step \(step)); the other members ran on"
    }

    /// Why a later run, at `range`, does not run this member on.
    func refusal(at range: SourceRange, hint: String) -> Diagnostic {
        Diagnostic(.memberStopped(member: member, population: population, variable: variable, neuron: neuron, value: value, time: time,
                                  step: Int(step)),
                   at: range, hint: hint)
    }
}
