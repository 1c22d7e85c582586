/// A special point found by continuation, located to the corrector's tolerance.
public struct BifurcationPoint: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        /// Fold (limit point) of equilibria.
        case fold = "LP"
        case hopf = "H"
        /// Fold of periodic orbits.
        case cycleFold = "LPC"
        case cusp = "CP"
        case bogdanovTakens = "BT"
        /// Branch point of equilibria: another branch crosses (pitchfork, transcritical).
        case branchPoint = "BP"
        /// Period doubling: a Floquet multiplier of the cycle crosses −1.
        case periodDoubling = "PD"
        /// Torus (Neimark–Sacker) bifurcation of a cycle: a complex pair of multipliers crosses the unit circle.
        case torus = "TR"
        /// Generalized (Bautin) Hopf: the first Lyapunov coefficient vanishes on a Hopf curve.
        case generalizedHopf = "GH"
    }

    public var kind: Kind
    /// The varied parameters' values (one for a diagram in one parameter, two for a curve in two).
    public var parameters: [Double]
    /// The equilibrium; for a point on a cycle branch (LPC, PD, TR), the orbit's largest values.
    public var state: [Double]
    /// The Hopf frequency ω (the cycle is born with period 2π/ω).
    public var frequency: Double?
    /// The first Lyapunov coefficient: negative is supercritical, positive subcritical.
    public var firstLyapunov: Double?
    /// The period of the cycle at a point on a cycle branch (LPC, PD, TR).
    public var period: Double?

    public init(kind: Kind, parameters: [Double], state: [Double], frequency: Double? = nil,
                firstLyapunov: Double? = nil, period: Double? = nil) {
        self.kind = kind
        self.parameters = parameters
        self.state = state
        self.frequency = frequency
        self.firstLyapunov = firstLyapunov
        self.period = period
    }
}
