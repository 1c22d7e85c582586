import Symbolic

/// The evidence accumulation task of Bellec et al. (2020), as BrainPy's example writes it: input spike trains
/// of four groups of `group` channels each (left cues, right cues, recall, background), a train of `cues`
/// cues each on the left or the right at random, a delay, then a recall period in which the network must say
/// which side had more cues (classes 0: left, 1: right; only the recall period is scored). A cue lasts `cue`
/// steps followed by `gap` quiet ones; its group fires with probability `rate` per step, the recall group
/// during the recall, the background group at `background` throughout. The delay may vary from trial to trial
/// (each trial's drawn uniformly from `delay`), so that the recall cannot be timed from the cues.
public struct EvidenceAccumulation: Sendable {
    public var group: Int
    public var cues: Int
    /// Steps of each period.
    public var cue: Int
    public var gap: Int
    public var delay: ClosedRange<Int>
    public var recall: Int
    /// Probabilities of a spike per channel and step.
    public var rate: Double
    public var background: Double

    public static let classes = 2

    public init(group: Int, cues: Int, cue: Int, gap: Int, delay: ClosedRange<Int>, recall: Int, rate: Double, background: Double) {
        self.group = group
        self.cues = cues
        self.cue = cue
        self.gap = gap
        self.delay = delay
        self.recall = recall
        self.rate = rate
        self.background = background
    }

    public var channels: Int { 4 * group }
    /// Steps of a trial with the delay `delay`.
    public func length(delay: Int) -> Int { cues * (cue + gap) + delay + recall }

    /// One trial from `random`: the cues' sides first, then its delay (where it varies), then each step's spikes
    /// channel by channel.
    public func trial(_ random: inout some RandomSource) -> Trial {
        let sides = (0..<cues).map { _ in random.uniform() < 0.5 ? 0 : 1 }
        let answer = sides.filter { $0 == 1 }.count * 2 > cues ? 1 : 0
        let steps = length(delay: delay.drawn(&random))
        let recallStart = steps - recall
        var inputs = [Double](repeating: 0, count: steps * channels)
        var labels = [Int](repeating: Trial.unscored, count: steps)
        for k in 0..<steps {
            let (slot, within) = (k / (cue + gap), k % (cue + gap))
            let cueing = slot < cues && within < cue ? sides[slot] : nil
            for g in 0..<4 {
                let p: Double
                switch g {
                case 0, 1: p = cueing == g ? rate : 0
                case 2: p = k >= recallStart ? rate : 0
                default: p = background
                }
                for c in 0..<group where random.uniform() < p { inputs[k * channels + g * group + c] = 1 }
            }
            if k >= recallStart { labels[k] = answer }
        }
        return Trial(inputs: inputs, labels: labels, answer: answer)
    }
}
