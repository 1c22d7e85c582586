import ArgumentParser
import Foundation
import Kernel

extension NetworkCheck.Target: ExpressibleByArgument {}

/// `soma emit FILE [--target c|cuda]`: the code each run of the file compiles, as it is compiled
/// (CUDA: the source the GPU kernel hands NVRTC). `soma emit --precompile DIR FILE…`: that code built by cc
/// into DIR, the shipped kernels (`make release`).
struct EmitCommand: ParsableCommand {

    static let configuration = CommandConfiguration(
        commandName: "emit", _superCommandName: "soma",
        abstract: "Print the code the runs of a model file compile.",
        discussion: "One translation unit per run statement, headed by the line of the run and the notes a run prints. With --precompile, nothing is printed but a count: the C units of every file given (of the runs before and after an error too) are built by the C compiler (SOMA_CC, or cc) with the optimising tier's flags into the folder, under the keys runs look for, as `make release` does for the examples and sessions into .build/release/\(ShippedKernels.folderName) (read after the user's cache misses; SOMA_KERNELS names another folder, empty for none). Exit status: 1 when a file has errors (with --precompile: when a build fails), 2 when a file cannot be read."
    )

    @Argument(help: "A .soma model or session file (several with --precompile).")
    var files: [String]

    @Option(help: "The back end whose code to print.")
    var target: NetworkCheck.Target = .c

    @Option(help: ArgumentHelp("Build the C units into this folder instead of printing them.", valueName: "folder"))
    var precompile: String?

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give a .soma file") }
        guard precompile != nil || files.count == 1 else { throw ValidationError("several files go with --precompile FOLDER only") }
        guard precompile == nil || target == .c else { throw ValidationError("--precompile builds the C units (--target c)") }
    }

    func run() throws {
        var units: [String] = []
        var failed = false
        for file in files {
            let source = try SourceFile.read(file)
            let emitted = NetworkCheck.emit(source, target: target)
            if precompile != nil {
                units += emitted.units.map(\.source)
            } else {
                show(file: file, emitted)
            }
            let renderer = DiagnosticRenderer(fileName: file, source: source)
            emitted.diagnostics.forEach { FileHandle.standardError.write(Data((renderer.render($0) + "\n").utf8)) }
            // A shipped session may keep a cell that fails on purpose (sessions/exploration.soma); its other runs are built.
            failed = failed || (!emitted.diagnostics.isEmpty && precompile == nil)
        }
        if let precompile { failed = build(units, into: precompile) || failed }
        if failed { throw ExitCode(1) }
    }

    private func show(file: String, _ emitted: NetworkCheck.Emitted) {
        if emitted.units.isEmpty && emitted.diagnostics.isEmpty { print("/* \(file) has no run statement, so it compiles no code */") }
        for unit in emitted.units {
            print("/* soma emit: the run at line \(unit.line) of \(file) */")
            unit.notes.forEach { print("/* \($0) */") }
            print(unit.source, terminator: "")
        }
    }

    /// Whether a build failed.
    private func build(_ units: [String], into folder: String) -> Bool {
        guard let toolchain = NativeToolchain.system() else {
            FileHandle.standardError.write(Data("soma emit: no C compiler found (cc on PATH, or SOMA_CC): nothing precompiled\n".utf8))
            return true
        }
        let failures = ShippedKernels.precompile(units, into: URL(fileURLWithPath: folder), with: toolchain)
        failures.values.forEach { FileHandle.standardError.write(Data("soma emit: \($0.message)\n".utf8)) }
        print("\(units.count) units of \(files.count) files, \(Set(units).count) different, in \(folder) (\(failures.count) failed)")
        return !failures.isEmpty
    }
}
