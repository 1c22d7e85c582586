import ArgumentParser
import Foundation
import Kernel
import Plot

/// `soma`: the command line (DESIGN.md, "Command line").
struct Soma: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "soma",
        abstract: "A terminal workbench for brain dynamics programming.",
        subcommands: [RunCommand.self, ReplayCommand.self, KernelCommand.self],
        defaultSubcommand: RunCommand.self
    )
}

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run a model file headless and print its results.")

    @Argument(help: "A .soma model or session file.")
    var file: String

    @Flag(help: "Print one JSON object per result.")
    var json = false

    func run() throws {
        guard let source = try? String(contentsOfFile: file, encoding: .utf8) else {
            FileHandle.standardError.write(Data("soma: cannot read \(file)\n".utf8))
            throw ExitCode(2)
        }
        // A session runs cell by cell, as `soma replay` does, in the terminal too until the notebook opens it there.
        if SessionDocument.isSession(source) {
            let replay = try ReplayCommand.parse((json ? ["--json"] : []) + ["--", file])
            return try replay.run()
        }
        let renderer = DiagnosticRenderer(fileName: file, source: source)
        let figures = FigureStyle.forStandardOutput()
        var failed = false
        for output in Interpreter().execute(source) {
            if case .error = output { failed = true }
            print(json ? OutputFormat.json(output, cell: 1) : OutputFormat.text(output, renderer: renderer, figures: figures))
        }
        if failed { throw ExitCode(1) }
    }
}

Soma.main()
