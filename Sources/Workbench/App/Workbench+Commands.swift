import Foundation
import Kernel
import KernelClient
import Plot

/// The `:` commands.
extension Workbench {
    func command(_ line: String) {
        let words = line.dropFirst().split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        switch words.first ?? "" {
        case "help": helpLines = HelpText.matching(words.dropFirst().joined(separator: " "))
        case "save": save(to: words.count > 1 ? words[1] : sessionPath)
        case "open" where words.count == 2: open(words[1])
        case "export": export(Array(words.dropFirst()))
        case "restart":
            restartKernel(rerun: false)
            show("kernel restarted: its state is gone (:rerun runs every cell again)")
        case "rerun": restartKernel(rerun: true)
        case "kernel" where words.count == 2 && ["cpu", "cuda"].contains(words[1]): switchDevice(words[1])
        case "clear":
            notebook.clearOutputs()
            scrollBack = 0
        case "quit", "q": requestQuit()
        default:
            show("unknown command '\(line)': try :help, :save FILE, :open FILE, :export svg FILE, :restart, :rerun, :kernel cpu|cuda, :clear, :quit", .error)
        }
    }

    func save(to path: String?) {
        guard let path else { return show("no file yet: :save FILE", .error) }
        do {
            let document = opened.updating(notebook.cells.map { cell in
                SessionCell(source: cell.source, outputs: cell.outputs.isEmpty ? cell.recorded : OutputRecord.lines(for: cell.outputs))
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

    func open(_ path: String) {
        do {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            // A plain model file opens as one cell; saving it writes a session.
            let isSession = SessionDocument.isSession(text)
            let document = isSession ? try SessionDocument(parsing: text) : SessionDocument(cells: [SessionCell(source: text)])
            sessionPath = isSession ? path : nil
            load(document, saved: isSession)
            show(isSession ? "opened \(path) (\(document.cells.count) cells, recorded outputs shown): :rerun runs them"
                           : "opened the model \(path) as cell [1] (:rerun runs it; :save FILE keeps the session)")
        } catch {
            show("could not open \(path): \(error)", .error)
        }
    }

    /// Shows every cell of a document with its recorded outputs, in a fresh kernel; `:rerun` runs them.
    func load(_ document: SessionDocument, saved: Bool) {
        restartKernel(rerun: false)
        notebook.removeAll()
        layoutCache = [:]
        for cell in document.cells { notebook.append(cell.source, recorded: cell.outputs) }
        opened = document
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

    private func switchDevice(_ name: String) {
        guard let device = KernelDevice(rawValue: name) else { return show("devices are cpu and cuda", .error) }
        do {
            kernel.shutdown()
            kernel = try KernelProcess(device: device, logPath: kernel.logPath)
            executions = [:]
            kernelState = .starting
            show("kernel on \(name)")
        } catch {
            show("could not start a \(name) kernel: \(error)", .error)
        }
    }
}
