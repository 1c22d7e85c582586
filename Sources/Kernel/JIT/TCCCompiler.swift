import CTCC
import Codegen
import Foundation
import Language

/// Compiles C text in memory with libtcc and hands back the entry point.
/// Compiler messages are collected (never printed: they would corrupt a
/// curses screen) and turned into diagnostics pointing at the model.
public enum TCCCompiler {
    /// tcc's run-time library and headers, from Debian's `tcc` package (in the multiarch folder).
    static let libraryPath: String = {
        var name = utsname()
        uname(&name)
        let machine = withUnsafeBytes(of: name.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return "/usr/lib/\(machine)-linux-gnu/tcc"
    }()

    public static func compile(_ unit: GeneratedUnit) throws -> CompiledChunk {
        guard let state = tcc_new() else {
            throw CompileFailure(message: "tcc_new failed", generatedLine: nil, unit: unit)
        }
        let messages = MessageBox()
        let box = Unmanaged.passRetained(messages)
        defer { box.release() }
        tcc_set_error_func(state, box.toOpaque(), collectMessage)
        tcc_set_lib_path(state, libraryPath)
        tcc_set_output_type(state, TCC_OUTPUT_MEMORY)
        func fail() -> CompileFailure {
            tcc_delete(state)
            return CompileFailure(message: messages.text, generatedLine: messages.firstLine, unit: unit)
        }
        guard tcc_compile_string(state, unit.source) == 0 else { throw fail() }
        guard soma_tcc_relocate_auto(state) >= 0 else { throw fail() }
        guard let symbol = tcc_get_symbol(state, GeneratedUnit.entryPoint) else { throw fail() }
        return CompiledChunk(owner: TCCOwner(state), function: unsafeBitCast(symbol, to: CompiledChunk.Function.self))
    }
}

/// Keeps the TCCState (which owns the code) alive while the function is in use.
final class TCCOwner: @unchecked Sendable {
    private let state: OpaquePointer
    init(_ state: OpaquePointer) { self.state = state }
    deinit { tcc_delete(state) }
}

private final class MessageBox {
    var lines: [String] = []
    var text: String { lines.joined(separator: "\n") }

    /// tcc writes `<string>:LINE: error: ...`.
    var firstLine: Int? {
        for line in lines {
            let parts = line.split(separator: ":")
            if parts.count > 2, let number = Int(parts[1]) { return number }
        }
        return nil
    }
}

private func collectMessage(_ opaque: UnsafeMutableRawPointer?, _ message: UnsafePointer<CChar>?) {
    guard let opaque, let message else { return }
    Unmanaged<MessageBox>.fromOpaque(opaque).takeUnretainedValue().lines.append(String(cString: message))
}

/// A compiled network: call it to run a chunk of steps.
public struct CompiledChunk: @unchecked Sendable {
    public typealias Function = @convention(c) (UnsafeMutablePointer<UnsafeMutableRawPointer?>, Int64, Int64) -> Int64
    let owner: AnyObject
    public let function: Function
}

/// tcc refused the generated code: carries the generated line and the model text it came from.
public struct CompileFailure: Error, Sendable {
    public var message: String
    public var generatedLine: Int?
    public var unit: GeneratedUnit

    public func diagnostic(fallback: SourceRange) -> Diagnostic {
        let lines = unit.source.split(separator: "\n", omittingEmptySubsequences: false)
        var notes: [String] = []
        if let n = generatedLine, n >= 1, n <= lines.count {
            notes.append("generated C line \(n): \(lines[n - 1].trimmingCharacters(in: .whitespaces))")
        }
        let origin = generatedLine.flatMap { unit.origins[$0] } ?? fallback
        return Diagnostic(.compilerRejected(output: message), at: origin, notes: notes)
    }
}
