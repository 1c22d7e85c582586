import Language
import Output

/// The text of outputs as recorded in a session file: what `soma run` prints,
/// minus what changes from one run to the next.
///
/// Run lines keep the duration and steps but drop the compile and simulate times;
/// what a definition built is left out (it follows from the code, and sessions saved
/// before those lines existed still check);
/// figures become a one-line digest (`FigureDigest`); errors keep their position in
/// the cell and their message, not the file name, so a renamed session still checks.
///
///     OutputRecord.lines(for: [.value(expression: "1 + 1", values: [2], isArray: false, unit: "")]).outputs
///     // ["1 + 1 = 2"]
///
/// Errors go to `RecordedLines.errors`, the `#!` lines that mark a failed cell; the
/// interpreter stops at a cell's first failing statement, so they follow every output.
public enum OutputRecord {
    public static func lines(for outputs: [Output]) -> RecordedLines {
        var lines = RecordedLines()
        for output in outputs {
            if case .defined = output { continue }
            let text = text(of: output).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if case .error = output { lines.errors += text } else { lines.outputs += text }
        }
        return lines
    }

    static func text(of output: Output) -> String {
        switch output {
        case .info, .defined, .value, .spikes, .table:
            return OutputFormat.text(output, renderer: DiagnosticRenderer(fileName: "", source: ""))
        case .run:
            // "ran 1 s in 10000 steps of 0.1 ms: compiled in 2.1 ms, simulated in 3.0 ms": the part before the colon.
            let line = OutputFormat.text(output, renderer: DiagnosticRenderer(fileName: "", source: ""))
            return line.firstIndex(of: ":").map { String(line[..<$0]) } ?? line
        case .figure(let figure):
            return FigureDigest(figure).line
        case .error(let diagnostic):
            let hint = diagnostic.hint.map { "\n  hint: " + $0 } ?? ""
            return "error at cell line \(diagnostic.line), column \(diagnostic.column): \(diagnostic.message)" + hint
        }
    }
}
