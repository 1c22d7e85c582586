/// One equilibrium on a branch with its stability.
public struct EquilibriumPoint: Sendable, Equatable {
    public var state: [Double]
    public var parameter: Double
    public var eigenvalues: [LinearAlgebra.Complex]
    /// Every eigenvalue has a negative real part.
    public var stable: Bool { eigenvalues.allSatisfy { $0.re < 0 } }
}

/// A branch of equilibria in one parameter, in order of arclength, with its folds, Hopf
/// points and branch points.
public struct EquilibriumBranch: Sendable {
    public var points: [EquilibriumPoint]
    public var special: [BifurcationPoint]
    /// Where other branches cross this one, with what switching to them needs.
    public var branchPoints: [BranchPoint] = []
}

/// Why a continuation could not start.
public enum ContinuationFailure: Error, Sendable, Equatable {
    /// Newton found no equilibrium from the guess at the start value or either end of the range.
    case noEquilibrium
    case emptyRange
}
