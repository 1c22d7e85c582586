import Language
import Plot
import Runtime

/// What executing a cell produces, in order. The command line prints these as
/// text or JSON lines; the workbench shows them; the kernel protocol carries them.
public enum Output: Sendable, Codable {
    /// A note such as the integration method chosen by default.
    case info(String)
    /// What a definition built (`neuron LIF: 1 variable (V), …`): it follows from the text, so a session
    /// file does not record it and `replay --check` does not compare it.
    case defined(String)
    /// `print` of a number or an array, in `unit`.
    case value(expression: String, values: [Double], isArray: Bool, unit: String)
    /// `print spikes(P)`: times in `unit` and neuron indices.
    case spikes(population: String, times: [Double], indices: [Int], unit: String)
    /// A finished run.
    case run(RunSummary)
    /// A figure for the terminal or SVG (from `plot`).
    case figure(Figure)
    /// Results of an analysis (fixed points, special points), printed as aligned columns.
    case table(Table)
    case error(Diagnostic)
}
