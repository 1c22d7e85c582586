/// One periodic orbit on a branch.
public struct CyclePoint: Sendable, Equatable {
    public var parameter: Double
    public var period: Double
    /// Per state variable, the largest and smallest value along the orbit.
    public var maxima: [Double]
    public var minima: [Double]
    /// The Floquet multipliers other than the trivial one (closest to 1).
    public var multipliers: [LinearAlgebra.Complex]
    /// Every nontrivial multiplier lies inside the unit circle.
    public var stable: Bool { multipliers.allSatisfy { $0.magnitude < 1 } }
}

/// A branch of periodic orbits, born at a Hopf point or switched onto at a branch point or
/// period doubling of another, in order of arclength, with its special points (LPC, BP, PD, TR).
public struct CycleBranch: Sendable {
    public var points: [CyclePoint]
    public var special: [BifurcationPoint]
}
