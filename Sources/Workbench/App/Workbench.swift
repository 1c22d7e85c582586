import Foundation
import Kernel
import KernelClient
import Plot

/// The ncurses notebook: cells typed at the bottom with libedit, outputs
/// scrolling above, a status line, and a kernel process that runs the cells.
final class Workbench {
    let screen: Screen
    let editor: LineEditor
    var notebook = Notebook()
    var kernel: KernelProcess
    var sessionPath: String?
    /// The session as last opened or saved: saving keeps its header, titles and the lines between cells.
    var opened = SessionDocument()
    var device = "cpu"
    /// The precision of the last run, for the status line.
    var precision = Precision.f64
    var kernelState = KernelState.starting
    /// Cell index of each execution the kernel is working on, by request id.
    var executions: [Int: Int] = [:]
    /// The kernel's words as of the last finished cell; Tab completes from it without asking the kernel.
    var completionIndex = CompletionIndex(words: [])
    var completionRequest: Int?
    /// Lines scrolled up from the bottom of the outputs.
    var scrollBack = 0
    /// Cells above the view since `:clear`: still in the session, shown again by scrolling up.
    var clearedCellCount = 0
    var editingCell: Int?
    /// How many of the open lines a multi-line history recall put there; the next recall replaces them.
    var recalledLineCount = 0
    var zoomedFigure: Figure?
    var help: HelpView?
    var message: (String, TextStyle)?
    var lastInterrupt: Date?
    /// Every typed cell goes here first, so a killed terminal loses nothing.
    var journal: SessionJournal?
    /// Cells a killed workbench left in the journal, waiting for a yes or no.
    var pendingRecovery: (journal: URL, recovery: SessionJournal.Recovery)?
    var quitting = false
    /// The action just warned about; given again at once, it discards the unsaved changes.
    var pendingDiscard: DiscardingAction?
    let figureStyle: TerminalRenderer
    var layoutCache: [Int: (key: CellLayoutKey, lines: [NotebookLayout.Line])] = [:]

    enum KernelState: Equatable {
        case starting, idle
        /// `preparingFigure`: the kernel said the cell is building a figure, and no output has come since.
        /// `note`: what the progress is of beside the steps (a training's epoch and loss).
        case running(done: Int64, total: Int64, since: Date, preparingFigure: Bool = false, note: String? = nil)
        case dead(String)
    }

    init(sessionPath: String?) throws {
        let capabilities = TerminalCapabilities.detect(environment: ProcessInfo.processInfo.environment)
        figureStyle = TerminalRenderer(canvas: capabilities.canvas, colours: capabilities.colours == .truecolor ? .ansi256 : capabilities.colours)
        kernel = try KernelProcess(logPath: Workbench.stateFolder().appendingPathComponent("kernel.log").path)
        TerminalGuard.install()
        screen = Screen(colours: capabilities.colours)
        editor = LineEditor(historyPath: Workbench.stateFolder().appendingPathComponent("history").path)
        self.sessionPath = sessionPath
        editor.completer = { [unowned self] before, word in completions(for: word, after: before) }
    }

    /// XDG state folder for history, the journal and the kernel log.
    static func stateFolder() -> URL {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_STATE_HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/state")
        let folder = base.appendingPathComponent("soma")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func run() {
        if !offerRecovery(), let sessionPath { open(sessionPath, running: false) }
        while !quitting {
            draw()
            waitForInput()
            while let key = screen.readKey() { handle(key) }
            for event in kernel.poll() { handle(event) }
        }
        kernel.shutdown()
        removeJournal()
        screen.restore()
    }

    /// Sleeps until a key or a kernel event arrives (or a tick passes, to animate progress).
    private func waitForInput() {
        var descriptors = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: kernel.wakeDescriptor, events: Int16(POLLIN), revents: 0)]
        let tick: Int32
        if case .running = kernelState { tick = 200 } else { tick = 1000 }
        _ = poll(&descriptors, 2, tick)
    }

    func completions(for word: String, after before: String) -> [String] {
        completionIndex.candidates(for: word, after: before).filter { $0 != word }.sorted()
    }

    func show(_ text: String, _ style: TextStyle = .note) {
        message = (text, style)
    }
}

/// What a cell's screen lines depend on.
struct CellLayoutKey: Equatable {
    var number: Int
    var revision: Int
    var width: Int
    var figureHeight: Int
    var selected: Bool
}
