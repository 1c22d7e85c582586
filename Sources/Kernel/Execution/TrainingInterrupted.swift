import Language
import Output
import Support

/// An interrupt stopped a training between batches. The training has already made the weights it kept the
/// session's; `outputs` are its summary and loss curve, and `diagnostic` (at the `train` statement) ends the cell.
struct TrainingInterrupted: Error {
    var outputs: [Output]
    var diagnostic: Diagnostic
}

extension Interpreter {
    /// Called after each batch: reports `done` of `total` batches as progress (the workbench's bar, the kernel's
    /// interrupt check) and says whether training goes on. Between batches is the only place training stops early.
    func continuesTraining(afterBatch done: Int, of total: Int) -> Bool {
        progress?(Int64(done), Int64(total)) ?? true
    }

    /// The note beside the progress bar while epoch `epoch` runs: which epoch, and the last whole epoch's loss.
    func noteTraining(epoch: Int, of epochs: Int, lastLoss: Double?, named loss: String) {
        progressNote = "epoch \(epoch) of \(epochs)" + (lastLoss.map { ", \(loss) \(NumberText.readable($0))" } ?? "")
    }
}
