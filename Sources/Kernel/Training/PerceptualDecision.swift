import Symbolic

/// The random-dot decision task of Song, Yang & Wang (2016), as neurogym's PerceptualDecisionMaking writes it:
/// three inputs (fixation, evidence for choice 1, evidence for choice 2) and three classes (0: fixate, 1 and 2:
/// the choices). The fixation input is 1 until the decision period. During the stimulus the correct side's
/// evidence is (1 + c)/2 and the other's (1 − c)/2, c the coherence drawn from `coherences` (fractions), each
/// sample with Gaussian noise of deviation `noise`. Every step is scored: fixate until the decision period,
/// then the correct choice. The stimulus may last a different number of steps in each trial (drawn uniformly
/// from `stimulus`), so that the network cannot answer by the clock.
public struct PerceptualDecision: Sendable {
    public var coherences: [Double]
    /// Steps of each period.
    public var fixation: Int
    public var stimulus: ClosedRange<Int>
    public var decision: Int
    public var noise: Double

    public static let channels = 3, classes = 3

    public init(coherences: [Double], fixation: Int, stimulus: ClosedRange<Int>, decision: Int, noise: Double) {
        self.coherences = coherences
        self.fixation = fixation
        self.stimulus = stimulus
        self.decision = decision
        self.noise = noise
    }

    /// One trial from `random`: its side first, then its coherence, then its stimulus's length (where it varies),
    /// then the noise of each sample.
    public func trial(_ random: inout some RandomSource) -> Trial {
        let side = random.uniform() < 0.5 ? 0 : 1
        let coherence = coherences[min(Int(random.uniform() * Double(coherences.count)), coherences.count - 1)]
        let stimulus = self.stimulus.drawn(&random), steps = fixation + stimulus + decision
        let c = PerceptualDecision.channels
        var inputs = [Double](repeating: 0, count: steps * c), labels = [Int](repeating: 0, count: steps)
        for k in 0..<steps {
            if k < fixation + stimulus { inputs[k * c] = 1 }
            if k >= fixation, k < fixation + stimulus {
                inputs[k * c + 1 + side] = (1 + coherence) / 2
                inputs[k * c + 2 - side] = (1 - coherence) / 2
                inputs[k * c + 1] += noise * random.normal()
                inputs[k * c + 2] += noise * random.normal()
            }
            if k >= fixation + stimulus { labels[k] = 1 + side }
        }
        return Trial(inputs: inputs, labels: labels, answer: 1 + side)
    }
}
