/// Whose compiled code runs: `run ... jit = tcc | cc | auto`. tcc compiles in a millisecond;
/// the system's cc (the optimising tier) takes a tenth of a second or more and runs 3–7 times
/// faster; auto starts with tcc and switches to cc between chunks once a background build is
/// ready, when the run is long enough to pay for it, or at once when cc's library is cached.
public enum JITTier: String, Sendable, Codable, CaseIterable {
    case tcc, cc, auto
}
