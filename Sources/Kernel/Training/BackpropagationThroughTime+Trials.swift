/// Trials of a task (`Trial`): each one a run of the network from its initial state, its inputs read by one
/// coupling, its labels scored by cross-entropy; a batch's gradient is the mean of its trials'.
extension BackpropagationThroughTime {
    /// The problem of one trial: coupling `input` reads the trial's inputs, every step is in the window.
    public func trial(_ trial: Trial, input: Int) -> BackpropagationThroughTime {
        var problem = self
        problem.network.couplings[input].source = .recorded(values: trial.inputs, columns: trial.inputs.count / trial.steps)
        problem.loss = .crossEntropy(labels: trial.labels)
        problem.start = 0
        problem.samples = trial.steps
        problem.window = 0..<trial.steps
        return problem
    }

    /// The mean loss and gradient over `trials`.
    public func gradient(over trials: [Trial], input: Int) -> Gradient {
        var sum = trial(trials[0], input: input).gradient()
        for t in trials.dropFirst() {
            let g = trial(t, input: input).gradient()
            sum.loss += g.loss
            for k in sum.readout.indices { sum.readout[k] += g.readout[k] }
            for c in sum.couplings.indices { for k in sum.couplings[c].indices { sum.couplings[c][k] += g.couplings[c][k] } }
            for k in sum.parameters.indices { sum.parameters[k] += g.parameters[k] }
        }
        let scale = 1 / Double(trials.count)
        sum.loss *= scale
        sum.readout = sum.readout.map { $0 * scale }
        sum.couplings = sum.couplings.map { $0.map { $0 * scale } }
        sum.parameters = sum.parameters.map { $0 * scale }
        return sum
    }

    /// The readout's outputs at the trial's last step.
    public func answerOutputs(_ trial: Trial, input: Int) -> [Double] {
        let problem = self.trial(trial, input: input)
        var state = problem.network.initial
        for k in 0..<trial.steps - 1 { state = problem.stepped(state, sample: k) }
        return problem.outputs(state[...])
    }

    /// The fraction of `trials` whose largest output at the last step is the answer's.
    public func accuracy(_ trials: [Trial], input: Int) -> Double {
        let correct = trials.filter { t in
            let y = answerOutputs(t, input: input)
            return y.indices.max { y[$0] < y[$1] } == t.answer
        }
        return Double(correct.count) / Double(max(trials.count, 1))
    }
}
