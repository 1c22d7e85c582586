import Foundation
import Language

/// Turns an SVG into a PDF with librsvg's `rsvg-convert`, which keeps the SVG's physical
/// size (`width="3.5in"` becomes a 252 pt page) and draws text as the SVG asks.
/// Soma does not typeset PDF itself: a library made for it does it better.
struct PDFConverter {
    var tool = "rsvg-convert"

    /// The PDF's bytes; a diagnostic at `range` when the tool is missing or fails.
    func pdf(fromSVG svg: String, at range: SourceRange) throws -> [UInt8] {
        guard let executable = Self.find(tool) else {
            throw Diagnostic(.missingTool(tool: tool, purpose: "to export PDF"), at: range,
                             hint: "install librsvg (Debian: apt-get install librsvg2-bin; macOS: brew install librsvg), or export svg")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("soma-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("figure.svg"), output = folder.appendingPathComponent("figure.pdf")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(svg.utf8).write(to: input)
            let reason = try run(executable, ["--format=pdf", "--output=\(output.path)", input.path])
            if let reason { throw Diagnostic(.toolFailed(tool: tool, reason: reason), at: range) }
            return Array(try Data(contentsOf: output))
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw Diagnostic(.toolFailed(tool: tool, reason: error.localizedDescription), at: range)
        }
    }

    /// Runs the tool; nil when it succeeded, else what it wrote to stderr.
    private func run(_ executable: URL, _ arguments: [String]) throws -> String? {
        let process = Process(), errors = Pipe()
        process.executableURL = executable
        process.arguments = arguments
        process.standardError = errors
        try process.run()
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus != 0 else { return nil }
        let text = String(decoding: said, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "exit status \(process.terminationStatus)" : text
    }

    /// `name` itself when it is a path, else the first executable of that name on PATH.
    static func find(_ name: String) -> URL? {
        let manager = FileManager.default
        if name.contains("/") { return manager.isExecutableFile(atPath: name) ? URL(fileURLWithPath: name) : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").lazy
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { manager.isExecutableFile(atPath: $0.path) }
    }
}
