/// How `g·xi` is read: as an Itô integral (the default, as in BrainPy and Brian2) or a
/// Stratonovich one (`run … noise = stratonovich`). The two differ by the drift ½·Σ_k L^k g_k,
/// which Lowering adds or takes away when a method's own calculus is the other one.
public enum NoiseCalculus: String, Sendable, Hashable, CaseIterable {
    case ito, stratonovich

    public var name: String { self == .ito ? "Itô" : "Stratonovich" }
}
