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

/// The periodic orbits born at a Hopf point, in order of arclength, with their folds (LPC).
public struct CycleBranch: Sendable {
    public var points: [CyclePoint]
    public var special: [BifurcationPoint]
}
