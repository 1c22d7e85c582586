/// One periodic orbit on a branch.
public struct CyclePoint: Sendable, Equatable {
    public var parameter: Double
    public var period: Double
    /// Per state variable, the largest and smallest value along the orbit.
    public var maxima: [Double]
    public var minima: [Double]
    /// The Floquet multipliers other than the trivial one (closest to 1).
    public var multipliers: [LinearAlgebra.Complex]
    /// The orbit as it was continued, from which `CycleContinuation.family(through:)` starts again.
    public var collocation: CollocationOrbit
    /// Every nontrivial multiplier lies inside the unit circle.
    public var stable: Bool { multipliers.allSatisfy { $0.magnitude < 1 } }
}

/// A branch of periodic orbits, born at a Hopf point or switched onto at a branch point or
/// period doubling of another, in order of arclength, with its special points (LPC, BP, PD, TR).
public struct CycleBranch: Sendable {
    public var points: [CyclePoint]
    public var special: [BifurcationPoint]
}

/// A periodic orbit as collocation holds it: what continuing from it needs.
public struct CollocationOrbit: Sendable, Equatable {
    /// The interval ends 0 = τ_0 < … < τ_N = 1 and the degree of the polynomial on each.
    public var mesh: [Double]
    public var degree: Int
    /// The period the unknowns are measured against (arclength weighs T / periodScale).
    public var periodScale: Double
    /// Each node's state in turn, then the period and the varied parameter, at their true size.
    public var values: [Double]
}
