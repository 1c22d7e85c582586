import XCTest
import Kernel

/// The trials the tasks generate: their periods, inputs, labels and answers.
final class TaskTrialTests: XCTestCase {
    /// With cue groups that always fire, the left and right cue channels spell out the cues; the answer is the side with
    /// more of them, scored only in the recall period, when the recall group fires; the background group never fires at 0.
    func testEvidenceTrialsAnswerTheSideWithMoreCues() {
        let task = EvidenceAccumulation(group: 2, cues: 5, cue: 3, gap: 2, delay: 4...4, recall: 3, rate: 1, background: 0)
        var random = CounterRandom(seed: 5, stream: 9)
        for t in 0..<20 {
            random.startNeuron(t)
            let trial = task.trial(&random)
            XCTAssertEqual(trial.steps, 5 * 5 + 4 + 3)
            let channels = task.channels
            func count(_ group: Int, in steps: Range<Int>) -> Double {
                var total = 0.0
                for k in steps { for c in 0..<2 { total += trial.inputs[k * channels + group * 2 + c] } }
                return total
            }
            let (left, right) = (count(0, in: 0..<trial.steps) / 6, count(1, in: 0..<trial.steps) / 6)
            XCTAssertEqual(left + right, 5)
            XCTAssertEqual(trial.answer, right > left ? 1 : 0)
            XCTAssertEqual(count(2, in: 29..<32), 6)
            XCTAssertEqual(count(2, in: 0..<29), 0)
            XCTAssertEqual(count(3, in: 0..<trial.steps), 0)
            XCTAssertEqual(trial.labels, Array(repeating: Trial.unscored, count: 29) + Array(repeating: trial.answer, count: 3))
        }
    }

    /// A decision trial: fixation input until the decision, the evidences' means (1 ± c)/2 without noise, labels fixate then the answer.
    func testDecisionTrialsGiveTheirCoherenceAndAnswer() {
        let task = PerceptualDecision(coherences: [0.5], fixation: 2, stimulus: 3...3, decision: 2, noise: 0)
        var random = CounterRandom(seed: 1, stream: 2)
        let trial = task.trial(&random)
        let side = trial.answer - 1
        XCTAssertEqual((0..<7).map { trial.inputs[$0 * 3] }, [1, 1, 1, 1, 1, 0, 0])
        XCTAssertEqual(trial.inputs[2 * 3 + 1 + side], 0.75)
        XCTAssertEqual(trial.inputs[2 * 3 + 2 - side], 0.25)
        XCTAssertEqual(trial.labels, [0, 0, 0, 0, 0, trial.answer, trial.answer])
    }

    /// A delay of 2 to 6 steps: each trial draws its own, every length is drawn, and the recall (its input and its
    /// scored labels) is always the last 3 steps.
    func testEvidenceDelaysVaryFromTrialToTrial() {
        let task = EvidenceAccumulation(group: 2, cues: 3, cue: 2, gap: 1, delay: 2...6, recall: 3, rate: 1, background: 0)
        var random = CounterRandom(seed: 3, stream: 4)
        var lengths = Set<Int>()
        for t in 0..<60 {
            random.startNeuron(t)
            let trial = task.trial(&random)
            lengths.insert(trial.steps)
            let recallStart = trial.steps - 3
            XCTAssertEqual(trial.labels, Array(repeating: Trial.unscored, count: recallStart) + Array(repeating: trial.answer, count: 3))
            XCTAssertEqual((0..<trial.steps).map { trial.inputs[$0 * task.channels + 4] }, (0..<trial.steps).map { $0 >= recallStart ? 1 : 0 })
        }
        XCTAssertEqual(lengths, Set((2...6).map { task.length(delay: $0) }))
    }

    /// A stimulus of 2 to 4 steps: the fixation input lasts until the decision period of each trial's own length.
    func testDecisionStimulusVariesFromTrialToTrial() {
        let task = PerceptualDecision(coherences: [0.5], fixation: 2, stimulus: 2...4, decision: 2, noise: 0)
        var random = CounterRandom(seed: 1, stream: 2)
        var lengths = Set<Int>()
        for t in 0..<30 {
            random.startNeuron(t)
            let trial = task.trial(&random)
            lengths.insert(trial.steps)
            XCTAssertEqual((0..<trial.steps).map { trial.inputs[$0 * 3] }, (0..<trial.steps).map { $0 < trial.steps - 2 ? 1 : 0 })
            XCTAssertEqual(trial.labels, Array(repeating: 0, count: trial.steps - 2) + [trial.answer, trial.answer])
        }
        XCTAssertEqual(lengths, [6, 7, 8])
    }
}
