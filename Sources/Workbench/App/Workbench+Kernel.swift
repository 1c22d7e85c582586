import Foundation
import Kernel
import KernelClient

/// Running cells in the kernel process and taking its messages.
extension Workbench {
    func execute(_ index: Int) {
        notebook.setState(.queued, of: index)
        let id = kernel.execute(notebook.cells[index].source)
        executions[id] = index
        if case .idle = kernelState { kernelState = .running(done: 0, total: 0, since: Date()) }
    }

    func handle(_ event: KernelEvent) {
        switch event {
        case .ready(_, let device):
            self.device = device
            kernelState = .idle
            refreshCompletions()
        case .progress(let id, let done, let total, let note):
            if let index = executions[id] { notebook.setState(.running, of: index) }
            kernelState = .running(done: done, total: total, since: runningSince, note: note)
        case .preparingFigure(let id):
            guard executions[id] != nil else { return }
            kernelState = .running(done: 0, total: 0, since: runningSince, preparingFigure: true)
        case .output(let id, let output):
            guard let index = executions[id] else { return }
            if case .running(let done, let total, let since, true, let note) = kernelState {
                kernelState = .running(done: done, total: total, since: since, note: note)
            }
            if case .run(let summary) = output { precision = summary.precision }
            notebook.setState(.running, of: index)
            notebook.record(output, in: index)
        case .done(let id, _):
            if let index = executions.removeValue(forKey: id) { notebook.setState(.done, of: index) }
            if message?.0 == Self.interruptingNotice { message = nil }
            if executions.isEmpty { kernelState = .idle }
            refreshCompletions()
        case .completions(let id, let index):
            if id == completionRequest { completionIndex = index }
        case .protocolError(let text):
            show("kernel: \(text)", .error)
        case .died(let exit, _):
            kernelDied(exit.description)
        }
    }

    /// When the cells running now started.
    private var runningSince: Date {
        if case .running(_, _, let start, _, _) = kernelState { return start }
        return Date()
    }

    private func refreshCompletions() {
        completionRequest = kernel.complete("")
    }

    /// The kernel died (a crash in JIT code, killed): say so, start a new one, offer to re-run.
    private func kernelDied(_ description: String) {
        for (_, index) in executions {
            notebook.record(.error(Diagnostic(.kernelDied(how: description),
                                              at: SourceRange(SourcePosition(line: 1, column: 1, offset: 0)))), in: index)
        }
        executions = [:]
        kernelState = .dead(description)
        do {
            try kernel.restart()
            kernelState = .starting
            show("the kernel died (\(description)); a new one is running — :rerun runs every cell again", .error)
        } catch {
            show("the kernel died (\(description)) and could not be restarted: \(error)", .error)
        }
    }
}
