import Foundation
import Kernel
import KernelClient
import Plot

/// The `:` commands.
extension Workbench {
    func command(_ line: String) {
        let words = line.dropFirst().split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        // Only the same action given again confirms a discard; anything else in between cancels it.
        if !["quit", "q", "open"].contains(words.first ?? "") { pendingDiscard = nil }
        switch words.first ?? "" {
        case "help": help = HelpView(text: HelpText.matching(words.dropFirst().joined(separator: " ")))
        case "save": save(to: words.count > 1 ? words[1] : sessionPath)
        case "open" where words.count == 2:
            if confirmDiscarding(.open(path: words[1])) { open(words[1], running: true) }
        case "export": export(Array(words.dropFirst()))
        case "restart":
            restartKernel(rerun: false)
            show("kernel restarted: its state is gone (:rerun runs every cell again)")
        case "rerun": restartKernel(rerun: true)
        case "kernel" where words.count == 2: switchDevice(words[1])
        case "clear":
            clearedCellCount = notebook.cells.count
            scrollBack = 0
        case "quit", "q": requestQuit()
        default:
            show("unknown command '\(line)': try :help, :save FILE, :open FILE, :export svg FILE, :restart, :rerun, :kernel cpu, :clear, :quit", .error)
        }
    }

    func save(to path: String?) {
        guard let path else { return show("no file yet: :save FILE", .error) }
        do {
            let document = opened.updating(notebook.cells.map { cell in
                SessionCell(source: cell.source, recorded: cell.outputs.isEmpty ? cell.recorded : OutputRecord.lines(for: cell.outputs))
            })
            try document.save(to: path)
            opened = document
            sessionPath = path
            notebook.unsaved = false
            startJournal(with: document)
            show("saved \(path)")
        } catch {
            show("could not save \(path): \(error)", .error)
        }
    }

    /// Opens a session or model file; `running` runs its cells (`:open`), else its recorded outputs show (`soma FILE`).
    func open(_ path: String, running: Bool) {
        do {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            // A plain model file opens as one cell; saving it writes a session.
            let isSession = SessionDocument.isSession(text)
            let document = isSession ? try SessionDocument(parsing: text) : SessionDocument(cells: [SessionCell(source: text)])
            sessionPath = isSession ? path : nil
            load(document, saved: isSession, running: running)
            show(Self.openedNotice(path, cells: document.cells.count, isSession: isSession, running: running))
        } catch {
            show("could not open \(path): \(error)", .error)
        }
    }

    private static func openedNotice(_ path: String, cells: Int, isSession: Bool, running: Bool) -> String {
        switch (isSession, running) {
        case (true, true): return "opened \(path) (\(cells) cells): running them"
        case (true, false): return "opened \(path) (\(cells) cells, recorded outputs shown): :rerun runs them"
        case (false, true): return "opened the model \(path) as cell [1], running it (:save FILE keeps the session)"
        case (false, false): return "opened the model \(path) as cell [1] (:rerun runs it; :save FILE keeps the session)"
        }
    }

    /// Shows every cell of a document in a fresh kernel: run again (`running`), or with its recorded outputs until `:rerun`.
    func load(_ document: SessionDocument, saved: Bool, running: Bool) {
        notebook.removeAll()
        layoutCache = [:]
        clearedCellCount = 0
        for cell in document.cells { notebook.append(cell.source, recorded: cell.recorded) }
        opened = document
        restartKernel(rerun: running)
        notebook.unsaved = !saved
        startJournal(with: document)
    }

    private func export(_ arguments: [String]) {
        guard arguments.count >= 2, arguments[0] == "svg" else { return show("write :export svg FILE [N]", .error) }
        let figures = notebook.cells.flatMap { cell in cell.outputs.compactMap { if case .figure(let f) = $0 { return f } else { return nil } } }
        let number = arguments.count > 2 ? Int(arguments[2]) : figures.count
        guard let number, number >= 1, number <= figures.count else {
            return show(figures.isEmpty ? "no figure to export yet" : "figures are numbered 1 to \(figures.count)", .error)
        }
        do {
            try Data(SVGRenderer().render(figures[number - 1]).utf8).write(to: URL(fileURLWithPath: arguments[1]), options: .atomic)
            show("wrote figure \(number) to \(arguments[1])")
        } catch {
            show("could not write \(arguments[1]): \(error.localizedDescription)", .error)
        }
    }

    private func restartKernel(rerun: Bool) {
        do {
            try kernel.restart()
            executions = [:]
            kernelState = .starting
            guard rerun else { return }
            notebook.clearOutputs()
            for index in notebook.cells.indices { execute(index) }
        } catch {
            show("could not restart the kernel: \(error)", .error)
        }
    }

    /// Moves the session to another device's kernel; a fresh kernel has none of the old one's state, so it says so.
    private func switchDevice(_ name: String) {
        let current = kernel.device.rawValue
        guard let device = KernelDevice(rawValue: name) else {
            return show("devices: \(KernelDevice.allCases.map(\.rawValue).joined(separator: ", "))", .error)
        }
        if let reason = device.unavailability {
            return show("the \(name.uppercased()) kernel cannot start: \(reason); the session stays on \(current)", .error)
        }
        guard device != kernel.device else { return show("the kernel is already on \(name)") }
        do {
            kernel.shutdown()
            kernel = try KernelProcess(device: device, logPath: kernel.logPath)
            executions = [:]
            kernelState = .starting
            show("kernel on \(name): the state of the \(current) kernel is gone (:rerun runs every cell again)")
        } catch {
            show("could not start a \(name) kernel: \(error)", .error)
        }
    }
}
