import ArgumentParser
import Foundation
import Kernel

/// `soma check FILE [--json]`: parse and build without running; print the network and every diagnostic.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", _superCommandName: "soma",
        abstract: "Build a model file without running it; print the network and every error.",
        discussion: "Definitions, populations, connections, values, recordings and the options of each run are checked; prints, plots and analyses are not run. Exit status: 1 when the file has errors, 2 when it cannot be read."
    )

    @Argument(help: "A .soma model or session file.")
    var file: String

    @Flag(help: "Print the network as one JSON object, then one per error.")
    var json = false

    func run() throws {
        let source = try SourceFile.read(file)
        let checked = NetworkCheck.check(source)
        let renderer = DiagnosticRenderer(fileName: file, source: source)
        if json {
            print(NetworkJSON.line(checked.network))
            checked.diagnostics.forEach { print(OutputFormat.json(.error($0), cell: 1)) }
        } else {
            print(NetworkText(checked.network, file: file).text, terminator: "")
            checked.diagnostics.forEach { print(renderer.render($0)) }
        }
        if !checked.diagnostics.isEmpty { throw ExitCode(1) }
    }
}
