import ArgumentParser
import Foundation
import Kernel
import Plot

/// `soma`: the command line (DESIGN.md, "Command line").
struct Soma: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "soma",
        abstract: "A terminal workbench for brain dynamics programming.",
        subcommands: [OpenCommand.self, RunCommand.self, CheckCommand.self, EmitCommand.self, ReplayCommand.self, KernelCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", _superCommandName: "soma",
        abstract: "Open the notebook (the default: `soma` or `soma FILE`).",
        discussion: "With no file, opens a new session. With a file and a terminal, opens it in the notebook; when standard output is not a terminal, runs the file like `soma run`."
    )

    @Argument(help: "A session or model file to open.")
    var file: String?

    @Flag(help: "Without a terminal: print one JSON object per result, as `soma run --json`.")
    var json = false

    func run() throws {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1, !json else {
            guard let file else { throw ValidationError("no terminal: give a file to run headless, or use soma run FILE") }
            return try RunCommand.parse((json ? ["--json"] : []) + ["--", file]).run()
        }
        try Workbench(sessionPath: file).run()
    }
}

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", _superCommandName: "soma", abstract: "Run a model file headless and print its results.")

    @Argument(help: "A .soma model or session file.")
    var file: String

    @Flag(help: "Print one JSON object per result.")
    var json = false

    @Option(help: "Where runs go: cpu, or cuda (an NVIDIA GPU, through NVRTC and the CUDA driver).")
    var device: KernelDevice = .cpu

    func run() throws {
        let source = try SourceFile.read(file)
        var gpu: CUDASession?
        switch device.gpu {
        case .success(let session)?: gpu = session
        case .failure(let error)?:
            FileHandle.standardError.write(Data("soma: the CUDA kernel cannot run here: \(error.summary)\n".utf8))
            throw ExitCode(1)
        case nil: break
        }
        // A session runs cell by cell, as `soma replay` does.
        if SessionDocument.isSession(source) {
            guard device == .cpu else { throw ValidationError("--device cuda runs model files; a session replays on the CPU") }
            let replay = try ReplayCommand.parse((json ? ["--json"] : []) + ["--", file])
            return try replay.run()
        }
        let renderer = DiagnosticRenderer(fileName: file, source: source)
        let figures = FigureStyle.forStandardOutput()
        var failed = false
        let interpreter = Interpreter()
        interpreter.gpu = gpu
        HeadlessInterrupt.install()
        interpreter.progress = { _, _ in !HeadlessInterrupt.raised }
        // Each result as soon as it exists, so a long training's earlier results show while it goes.
        interpreter.execute(source) { output in
            if case .error = output { failed = true }
            let text = json ? OutputFormat.json(output, cell: 1) : figures.text(output, renderer: renderer)
            FileHandle.standardOutput.write(Data((text + "\n").utf8))
        }
        if failed { throw ExitCode(1) }
    }
}

Soma.dispatch(Array(CommandLine.arguments.dropFirst()))
