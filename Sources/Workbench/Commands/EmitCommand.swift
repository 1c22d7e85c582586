import ArgumentParser
import Foundation
import Kernel

extension NetworkCheck.Target: ExpressibleByArgument {}

/// `soma emit FILE [--target c|cuda]`: the code each run of the file compiles, as it is compiled
/// (CUDA: the source the GPU kernel hands NVRTC).
struct EmitCommand: ParsableCommand {

    static let configuration = CommandConfiguration(
        commandName: "emit", _superCommandName: "soma",
        abstract: "Print the code the runs of a model file compile.",
        discussion: "One translation unit per run statement, headed by the line of the run and the notes a run prints. Exit status: 1 when the file has errors, 2 when it cannot be read."
    )

    @Argument(help: "A .soma model or session file.")
    var file: String

    @Option(help: "The back end whose code to print.")
    var target: NetworkCheck.Target = .c

    func run() throws {
        let source = try SourceFile.read(file)
        let emitted = NetworkCheck.emit(source, target: target)
        if emitted.units.isEmpty && emitted.diagnostics.isEmpty {
            print("/* \(file) has no run statement, so it compiles no code */")
        }
        for unit in emitted.units {
            print("/* soma emit: the run at line \(unit.line) of \(file) */")
            unit.notes.forEach { print("/* \($0) */") }
            print(unit.source, terminator: "")
        }
        let renderer = DiagnosticRenderer(fileName: file, source: source)
        emitted.diagnostics.forEach { FileHandle.standardError.write(Data((renderer.render($0) + "\n").utf8)) }
        if !emitted.diagnostics.isEmpty { throw ExitCode(1) }
    }
}
