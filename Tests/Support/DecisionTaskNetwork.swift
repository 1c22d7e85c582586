/// Eight softplus rate units on short perceptual-decision trials, with input couplings and a readout `Z` of `R.r`,
/// ready for `train Z to D.choice by bptt(…)`: the small task network the interrupt tests train.
public func decisionTaskNetwork(trials: Int, test: Int) -> String {
    """
    system Rate {
      param tau = 100 ms
      input I = 0
      var r = 0
      dr/dt = (-r + log(1 + exp(I))) / tau
    }
    population R = Rate(8)
    couple R.r -> R.I weight = 0.5 * randn() / sqrt(N)
    task D = decision(coherences = [25.6, 51.2], fixation = 40 ms, stimulus = 200 ms, decision = 40 ms, trials = \(trials), test = \(test), seed = 3)
    couple D.stimulus -> R.I weight = randn()
    readout Z = R.r
    """
}
